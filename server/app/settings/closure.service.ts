/**
 * The closures admins add without a new release (SPEC §3): a new holiday or a company day off,
 * at most one per date. Like holidays, they stop the 5x8 and 6x8 clocks; 7x24 counts them
 * (contract-calendars.ts). Every signed-in user reads them; admins add and remove them. A
 * change reaches this instance's SLA policy at once (other instances within its cache's
 * lifetime) and counts for tickets from their next write.
 */

import { civilDateOf, formatIsoDate, parseIsoDate } from '../../domain/time/civil-date.js';
import { assertSupportedYear } from '../../domain/time/instant.js';
import type { Closure, ClosureStore } from '../../storage/closure.store.js';
import type { Db } from '../../storage/db.js';
import { isUniqueViolation } from '../../storage/unique-violation.js';
import type { Actor } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { OPERATOR } from '../identity/operator.js';
import { isId, newId } from '../ids.js';
import { requireAdmin } from './require-admin.js';
import type { SlaSettingsEdits } from './sla-settings-edits.js';

export type { Closure } from '../../storage/closure.store.js';

/** A closure as an admin sends it. */
export interface NewClosure {
  /** `YYYY-MM-DD` (America/Bogota). */
  readonly date: string;
  readonly name: string;
}

/** A trimmed, single-spaced, non-empty name (INVALID_NAME): it is shown in explanations. */
function normalizeClosureName(value: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name === '') throw new AppError('INVALID_NAME');
  return name;
}

function closureNotFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'el cierre', whatEn: 'closure' });
}

export class ClosureService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: ClosureStore,
    /** Records the edit so open tickets' deadlines are recomputed (jobs/deadline-recompute.ts). */
    private readonly edits: SlaSettingsEdits,
  ) {}

  /** The closures of `year` (YEAR_OUT_OF_RANGE outside 1984–2199), or all, by date. */
  async list(year?: number): Promise<Closure[]> {
    if (year !== undefined) assertSupportedYear(year);
    return this.store.list(this.db.kysely, year);
  }

  /**
   * Closes a date (admins): INVALID_DATE unless a real `YYYY-MM-DD`, YEAR_OUT_OF_RANGE outside
   * the supported years, INVALID_NAME for a blank name, CLOSURE_DATE_TAKEN for a date already
   * closed.
   */
  async add(actor: Actor, input: NewClosure): Promise<Closure> {
    requireAdmin(actor);
    const day = parseIsoDate(input.date);
    assertSupportedYear(civilDateOf(day).year);
    const now = this.clock.now();
    const closure: Closure = {
      id: newId(now),
      date: formatIsoDate(day),
      name: normalizeClosureName(input.name),
      // The CLI's operator is no user: created_by references users.
      createdBy: actor.userId === OPERATOR.userId ? null : actor.userId,
      createdAt: now,
    };
    try {
      await this.db.transaction(async (trx) => {
        await this.store.insert(trx, closure);
        await this.edits.recordEdit(trx);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('CLOSURE_DATE_TAKEN', { date: closure.date });
      }
      throw error;
    }
    this.edits.edited();
    return closure;
  }

  /** Reopens a closed date (admins); NOT_FOUND for an unknown id. */
  async remove(actor: Actor, id: string): Promise<void> {
    requireAdmin(actor);
    const removed =
      isId(id) &&
      (await this.db.transaction(async (trx) => {
        const deleted = await this.store.delete(trx, id);
        if (deleted) await this.edits.recordEdit(trx);
        return deleted;
      }));
    if (!removed) throw closureNotFound();
    this.edits.edited();
  }
}
