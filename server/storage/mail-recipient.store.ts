/**
 * Who e-mails go to: users by id and the active staff, with the address, name and language
 * each e-mail needs (app/notifications/mail-recipient.ts).
 */

import type { Role } from '../app/actor.js';
import type { MailRecipient, RecipientDirectory } from '../app/notifications/mail-recipient.js';
import type { Language } from '../domain/errors.js';
import type { Executor } from './db.js';
import { reusedQuery } from './reused-query.js';

const COLUMNS = ['id', 'email', 'name', 'language', 'role', 'active', 'organization_id'] as const;
const STAFF_ROLES = ['agent', 'supervisor', 'admin'] as const satisfies readonly Role[];

// Read for every e-mail a change writes (a registration: the requester and the staff), so
// compiled once (reused-query.ts).
const userById = reusedQuery((ex, id: string) =>
  ex.selectFrom('users').select(COLUMNS).where('id', '=', id),
);
const activeStaffRows = reusedQuery(
  (ex, agent: Role, supervisor: Role, admin: Role, active: number) =>
    ex
      .selectFrom('users')
      .select(COLUMNS)
      .where('role', 'in', [agent, supervisor, admin])
      .where('active', '=', active)
      .orderBy('id'),
);

export class MailRecipientStore {
  /** The named users and the active staff. */
  async load(ex: Executor, userIds: readonly (string | null)[]): Promise<RecipientDirectory> {
    const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
    const users = new Map<string, MailRecipient>();
    const [only] = ids;
    if (ids.length === 1 && only !== undefined) {
      for (const row of await userById(ex, only)) users.set(row.id, toRecipient(row));
    }
    for (let i = 0; ids.length > 1 && i < ids.length; i += 500) {
      const rows = await ex
        .selectFrom('users')
        .select(COLUMNS)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const row of rows) users.set(row.id, toRecipient(row));
    }
    const staff = await this.activeStaff(ex);
    return {
      user: (id) => (id === null ? undefined : users.get(id)),
      staff: (roles) => staff.filter((member) => roles.includes(member.role)),
    };
  }

  /** The active customer admins of an organization (its platform administrators, SPEC §8). */
  async customerAdminsOf(ex: Executor, organizationId: string): Promise<MailRecipient[]> {
    const rows = await ex
      .selectFrom('users')
      .select(COLUMNS)
      .where('organization_id', '=', organizationId)
      .where('role', '=', 'customer_admin')
      .where('active', '=', 1)
      .orderBy('id')
      .execute();
    return rows.map(toRecipient);
  }

  async byEmail(ex: Executor, email: string): Promise<MailRecipient | null> {
    const row = await ex
      .selectFrom('users')
      .select(COLUMNS)
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
    return row ? toRecipient(row) : null;
  }

  // Not cached: a staff member added a moment ago must hear of the next ticket, and the table
  // of staff is small. A sweep loads it once per batch.
  private async activeStaff(ex: Executor): Promise<MailRecipient[]> {
    const rows = await activeStaffRows(ex, ...STAFF_ROLES, 1);
    return rows.map(toRecipient);
  }
}

function toRecipient(row: {
  id: string;
  email: string;
  name: string;
  language: string;
  role: string;
  active: number;
  organization_id: string | null;
}): MailRecipient {
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    language: row.language as Language,
    role: row.role as Role,
    active: row.active === 1,
    organizationId: row.organization_id,
  };
}
