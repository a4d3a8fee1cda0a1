/** The people e-mails go to, as the notifier needs them. */

import type { Language } from '../../domain/errors.js';
import type { Role } from '../actor.js';

export interface MailRecipient {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly language: Language;
  readonly role: Role;
  readonly active: boolean;
  readonly organizationId: string | null;
}

/**
 * The users an event's e-mails may go to, loaded before the notifier runs (one query for the
 * named users, the active staff from a short cache), so building e-mails needs no I/O and a
 * sweep of thousands of tickets loads its people once.
 */
export interface RecipientDirectory {
  user(id: string | null): MailRecipient | undefined;
  /** Active staff of these roles, in a stable order. */
  staff(roles: readonly Role[]): MailRecipient[];
}
