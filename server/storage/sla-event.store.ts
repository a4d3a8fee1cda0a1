/**
 * The SLA event rows (schema.ts SlaEventsTable): an event is acted on only by the transaction
 * that inserted its row, so sweeping twice — or two instances at once — never acts twice.
 */

import type { SlaEvent } from '../domain/ticket/sla-events.js';
import type { Instant } from '../domain/time/instant.js';
import { bulkInserter } from './bulk-insert.js';
import type { Executor } from './db.js';

const insertEventRows = bulkInserter<'sla_events', { ticket_id: string; key: string }>(
  'sla_events',
  { ticket_id: true, key: true, kind: true, due_at: true, recorded_at: true },
  'on conflict ("ticket_id", "key") do nothing returning "ticket_id", "key"',
);

export class SlaEventStore {
  /** Records the events; returns the `ticketId key` pairs that were new (the ones to act on). */
  async record(
    ex: Executor,
    events: readonly (SlaEvent & { readonly ticketId: string })[],
    at: Instant,
  ): Promise<Set<string>> {
    const rows = await insertEventRows(
      ex,
      events.map((event) => ({
        ticket_id: event.ticketId,
        key: event.key,
        kind: event.kind,
        due_at: event.dueAt,
        recorded_at: at,
      })),
    );
    const recorded = new Set<string>();
    for (const row of rows) recorded.add(eventId(row.ticket_id, row.key));
    return recorded;
  }

  async listForTicket(
    ex: Executor,
    ticketId: string,
  ): Promise<{ key: string; kind: string; dueAt: Instant; recordedAt: Instant }[]> {
    const rows = await ex
      .selectFrom('sla_events')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .orderBy('recorded_at')
      .execute();
    return rows.map((row) => ({
      key: row.key,
      kind: row.kind,
      dueAt: row.due_at,
      recordedAt: row.recorded_at,
    }));
  }
}

/** How `record` names an event in its result. */
export function eventId(ticketId: string, key: string): string {
  return `${ticketId} ${key}`;
}
