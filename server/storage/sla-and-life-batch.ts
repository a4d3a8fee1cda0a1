/**
 * The SLA scheduler's and the deadline recompute's write-back, many tickets a statement: one
 * `update … from` a list of values instead of one statement a ticket. On PostgreSQL that is one
 * round trip instead of hundreds; on SQLite it spares the per-statement work of the driver and
 * the query builder (≈ 8 µs a ticket, for 100,000 tickets a sweep). The same SQL text serves
 * both databases (SQLite ≥ 3.33 has `update … from`); the values arrive untyped, so each is cast
 * to its column's type.
 */

import { CompiledQuery } from 'kysely';
import type { Ticket } from '../app/tickets/ticket.js';
import type { Executor } from './db.js';
import { NO_DEADLINE, slaWakeAt } from './ticket-row.js';
import { isPostgres, statementsBySize, valuesList } from './values-statement.js';

/** What the scheduler and the recompute write back: a Ticket has it all. */
export type SlaAndLifeChange = Pick<
  Ticket,
  'id' | 'life' | 'sla' | 'slaRecorded' | 'updatedAt' | 'version'
>;

/** A column the write-back sets: its name, its SQL type for the cast, and its value. */
interface WrittenColumn {
  readonly name: string;
  readonly type: string;
  readonly valueOf: (change: SlaAndLifeChange) => unknown;
}

// The lifecycle fields are those the scheduler's events touch (sla-scheduler.ts `act`: an
// automatic update or closure).
const COLUMNS: readonly WrittenColumn[] = [
  { name: 'status', type: 'text', valueOf: (c) => c.life.status },
  { name: 'resolution', type: 'text', valueOf: (c) => c.life.resolution },
  { name: 'closed_at', type: 'bigint', valueOf: (c) => c.life.closedAt },
  { name: 'pauses', type: 'text', valueOf: (c) => JSON.stringify(c.life.pauses) },
  { name: 'paused_since', type: 'bigint', valueOf: (c) => c.life.pausedSince },
  { name: 'waiting_since', type: 'bigint', valueOf: (c) => c.life.waitingSince },
  { name: 'automatic_update_at', type: 'bigint', valueOf: (c) => c.life.automaticUpdateAt },
  { name: 'updated_at', type: 'bigint', valueOf: (c) => c.updatedAt },
  { name: 'calendar_id', type: 'text', valueOf: (c) => c.sla.calendarId },
  { name: 'clock_starts_at', type: 'bigint', valueOf: (c) => c.sla.clockStartsAt },
  { name: 'first_response_due_at', type: 'bigint', valueOf: (c) => c.sla.firstResponseDueAt },
  {
    name: 'first_response_minutes_left',
    type: 'double precision',
    valueOf: (c) => c.sla.firstResponseMinutesLeft,
  },
  { name: 'first_response_near_at', type: 'bigint', valueOf: (c) => c.sla.firstResponseNearAt },
  { name: 'next_update_due_at', type: 'bigint', valueOf: (c) => c.sla.nextUpdateDueAt },
  { name: 'warning_at', type: 'bigint', valueOf: (c) => c.sla.warningAt },
  { name: 'auto_close_at', type: 'bigint', valueOf: (c) => c.sla.autoCloseAt },
  {
    name: 'first_response_breached',
    type: 'integer',
    valueOf: (c) => (c.sla.firstResponseBreached ? 1 : 0),
  },
  { name: 'next_deadline_at', type: 'bigint', valueOf: (c) => c.sla.nextDeadlineAt ?? NO_DEADLINE },
  { name: 'call_the_center', type: 'integer', valueOf: (c) => (c.sla.callTheCenter ? 1 : 0) },
  { name: 'sla_recorded', type: 'text', valueOf: (c) => JSON.stringify(c.slaRecorded) },
  { name: 'sla_wake_at', type: 'bigint', valueOf: (c) => slaWakeAt(c) ?? NO_DEADLINE },
  { name: 'version', type: 'integer', valueOf: (c) => c.version },
];

/**
 * What moves on a ticket whose lifecycle an SLA event left alone (a warning, a breach, an alert
 * to staff): the breach flag and the next deadline (ticket-sla.ts `slaAt`), the events recorded,
 * the wake instant, the version and the update instant. Each column set costs its indexes' upkeep
 * on every row, changed or not, so the scheduler writes these few for most tickets.
 */
const MOVING_WITH_TIME = new Set([
  'updated_at',
  'first_response_breached',
  'next_deadline_at',
  'sla_recorded',
  'sla_wake_at',
  'version',
]);
const CLOCK_COLUMNS = COLUMNS.filter((column) => MOVING_WITH_TIME.has(column.name));

// Far below SQLite's 32,766 parameters a statement.
const CHUNK = 1000;

const statement = updateStatement(COLUMNS);
const clockStatement = updateStatement(CLOCK_COLUMNS);

/** `update … from (values …)` of `columns`, each tuple the id, the version expected, then them. */
function updateStatement(columns: readonly WrittenColumn[]) {
  const names = ['id', 'expected_version', ...columns.map(({ name }) => name)];
  return statementsBySize(
    (postgres, rows) =>
      `with v(${names.map((name) => `"${name}"`).join(', ')}) as (values ${valuesList(postgres, rows, names.length)}) ` +
      `update "tickets" set ${columns.map(({ name, type }) => `"${name}" = cast(v."${name}" as ${type})`).join(', ')} ` +
      `from v where "tickets"."id" = v."id" and "tickets"."version" = cast(v."expected_version" as integer)`,
  );
}

type VersionedChanges = readonly {
  readonly change: SlaAndLifeChange;
  readonly expectedVersion: number;
}[];

/**
 * Stores each change if its ticket still has `expectedVersion` (nobody changed it meanwhile);
 * resolves with how many were stored.
 */
export function updateSlaAndLifeMany(ex: Executor, changes: VersionedChanges): Promise<number> {
  return updateMany(ex, changes, COLUMNS, statement);
}

/**
 * Like `updateSlaAndLifeMany` for changes that leave the lifecycle and the stored deadlines as
 * they were: only what moves with time is written (CLOCK_COLUMNS).
 */
export function updateSlaClockMany(ex: Executor, changes: VersionedChanges): Promise<number> {
  return updateMany(ex, changes, CLOCK_COLUMNS, clockStatement);
}

async function updateMany(
  ex: Executor,
  changes: VersionedChanges,
  columns: readonly WrittenColumn[],
  statementFor: (postgres: boolean, rows: number) => string,
): Promise<number> {
  const postgres = isPostgres(ex);
  let stored = 0;
  for (let start = 0; start < changes.length; start += CHUNK) {
    const slice = changes.slice(start, start + CHUNK);
    const parameters: unknown[] = [];
    for (const { change, expectedVersion } of slice) {
      parameters.push(change.id, expectedVersion);
      for (const column of columns) parameters.push(column.valueOf(change));
    }
    const result = await ex.executeQuery(
      CompiledQuery.raw(statementFor(postgres, slice.length), parameters),
    );
    stored += Number(result.numAffectedRows ?? 0n);
  }
  return stored;
}
