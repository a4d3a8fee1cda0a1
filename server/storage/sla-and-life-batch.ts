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

// Column, SQL type for the cast. The lifecycle fields are those the scheduler's events touch
// (sla-scheduler.ts `act`: an automatic update or closure).
const COLUMNS: readonly (readonly [string, string])[] = [
  ['status', 'text'],
  ['resolution', 'text'],
  ['closed_at', 'bigint'],
  ['pauses', 'text'],
  ['paused_since', 'bigint'],
  ['waiting_since', 'bigint'],
  ['automatic_update_at', 'bigint'],
  ['updated_at', 'bigint'],
  ['calendar_id', 'text'],
  ['clock_starts_at', 'bigint'],
  ['first_response_due_at', 'bigint'],
  ['first_response_minutes_left', 'double precision'],
  ['first_response_near_at', 'bigint'],
  ['next_update_due_at', 'bigint'],
  ['warning_at', 'bigint'],
  ['auto_close_at', 'bigint'],
  ['first_response_breached', 'integer'],
  ['next_deadline_at', 'bigint'],
  ['call_the_center', 'integer'],
  ['sla_recorded', 'text'],
  ['sla_wake_at', 'bigint'],
  ['version', 'integer'],
];
// Far below SQLite's 32,766 parameters a statement.
const CHUNK = 1000;

/** The parameters of one ticket, in the order of `id, expected_version, COLUMNS`. */
function parametersOf(change: SlaAndLifeChange, expectedVersion: number): unknown[] {
  const { life, sla } = change;
  return [
    change.id,
    expectedVersion,
    life.status,
    life.resolution,
    life.closedAt,
    JSON.stringify(life.pauses),
    life.pausedSince,
    life.waitingSince,
    life.automaticUpdateAt,
    change.updatedAt,
    sla.calendarId,
    sla.clockStartsAt,
    sla.firstResponseDueAt,
    sla.firstResponseMinutesLeft,
    sla.firstResponseNearAt,
    sla.nextUpdateDueAt,
    sla.warningAt,
    sla.autoCloseAt,
    sla.firstResponseBreached ? 1 : 0,
    sla.nextDeadlineAt ?? NO_DEADLINE,
    sla.callTheCenter ? 1 : 0,
    JSON.stringify(change.slaRecorded),
    slaWakeAt(change) ?? NO_DEADLINE,
    change.version,
  ];
}

const statement = updateStatement(COLUMNS);

/**
 * What moves on a ticket whose lifecycle an SLA event left alone (a warning, a breach, an alert
 * to staff): the breach flag and the next deadline (ticket-sla.ts `slaAt`), the events recorded,
 * the wake instant, the version and the update instant. Each column set costs its indexes' upkeep
 * on every row, changed or not, so the scheduler writes these few for most tickets.
 */
const CLOCK_COLUMNS: readonly (readonly [string, string])[] = [
  ['updated_at', 'bigint'],
  ['first_response_breached', 'integer'],
  ['next_deadline_at', 'bigint'],
  ['sla_recorded', 'text'],
  ['sla_wake_at', 'bigint'],
  ['version', 'integer'],
];

/** The parameters of one ticket, in the order of `id, expected_version, CLOCK_COLUMNS`. */
function clockParametersOf(change: SlaAndLifeChange, expectedVersion: number): unknown[] {
  return [
    change.id,
    expectedVersion,
    change.updatedAt,
    change.sla.firstResponseBreached ? 1 : 0,
    change.sla.nextDeadlineAt ?? NO_DEADLINE,
    JSON.stringify(change.slaRecorded),
    slaWakeAt(change) ?? NO_DEADLINE,
    change.version,
  ];
}

const clockStatement = updateStatement(CLOCK_COLUMNS);

/** `update … from (values …)` of `columns`, each tuple the id, the version expected, then them. */
function updateStatement(columns: readonly (readonly [string, string])[]) {
  const names = ['id', 'expected_version', ...columns.map(([name]) => name)];
  return statementsBySize(
    (postgres, rows) =>
      `with v(${names.map((name) => `"${name}"`).join(', ')}) as (values ${valuesList(postgres, rows, names.length)}) ` +
      `update "tickets" set ${columns.map(([name, type]) => `"${name}" = cast(v."${name}" as ${type})`).join(', ')} ` +
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
  return updateMany(ex, changes, statement, parametersOf);
}

/**
 * Like `updateSlaAndLifeMany` for changes that leave the lifecycle and the stored deadlines as
 * they were: only what moves with time is written (CLOCK_COLUMNS).
 */
export function updateSlaClockMany(ex: Executor, changes: VersionedChanges): Promise<number> {
  return updateMany(ex, changes, clockStatement, clockParametersOf);
}

async function updateMany(
  ex: Executor,
  changes: VersionedChanges,
  statementFor: (postgres: boolean, rows: number) => string,
  parametersOfChange: (change: SlaAndLifeChange, expectedVersion: number) => unknown[],
): Promise<number> {
  const postgres = isPostgres(ex);
  let stored = 0;
  for (let start = 0; start < changes.length; start += CHUNK) {
    const slice = changes.slice(start, start + CHUNK);
    const parameters: unknown[] = [];
    for (const { change, expectedVersion } of slice) {
      for (const value of parametersOfChange(change, expectedVersion)) parameters.push(value);
    }
    const result = await ex.executeQuery(
      CompiledQuery.raw(statementFor(postgres, slice.length), parameters),
    );
    stored += Number(result.numAffectedRows ?? 0n);
  }
  return stored;
}
