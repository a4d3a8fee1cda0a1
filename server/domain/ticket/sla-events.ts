/**
 * The SLA events of a ticket (SPEC §4–§5): the instants at which mesa must act on its own — warn
 * staff that the first response is near or breached, send the periodic status update, warn a
 * silent customer, close for no response. Each event has a key that names it for good, so the
 * scheduler records it once (a unique row) and recomputed deadlines never make it fire again:
 * the keys come from what started the clock (the waiting since, the interval's start), not from
 * the computed instant.
 */

import type { Instant } from '../time/instant.js';
import type { TicketLifecycle } from './ticket-lifecycle.js';
import type { TicketSla } from './ticket-sla.js';

export const SLA_EVENT_KINDS = [
  'first_response_near',
  'first_response_breached',
  'status_update',
  'no_response_warning',
  'auto_close',
] as const;
export type SlaEventKind = (typeof SLA_EVENT_KINDS)[number];

export interface SlaEvent {
  readonly kind: SlaEventKind;
  /** Unique per ticket for the life of the ticket: the scheduler's once-only guard. */
  readonly key: string;
  readonly dueAt: Instant;
}

/** Every SLA event the ticket's current state calls for, fired or not, earliest first. */
export function slaEventsOf(life: TicketLifecycle, sla: TicketSla): SlaEvent[] {
  if (life.status === 'closed') return [];
  const events: SlaEvent[] = [];
  if (life.firstRespondedAt === null) {
    if (sla.firstResponseNearAt !== null) {
      events.push({
        kind: 'first_response_near',
        key: 'first_response_near',
        dueAt: sla.firstResponseNearAt,
      });
    }
    if (sla.firstResponseDueAt !== null) {
      events.push({
        kind: 'first_response_breached',
        key: 'first_response_breached',
        dueAt: sla.firstResponseDueAt,
      });
    }
  }
  if (sla.nextUpdateDueAt !== null) {
    const intervalStart = Math.max(
      sla.clockStartsAt,
      life.lastAgentUpdateAt ?? 0,
      life.heldSince ?? 0,
      life.automaticUpdateAt ?? 0,
    );
    events.push({
      kind: 'status_update',
      key: `status_update:${intervalStart}`,
      dueAt: sla.nextUpdateDueAt,
    });
  }
  if (life.waitingSince !== null) {
    if (sla.warningAt !== null) {
      events.push({
        kind: 'no_response_warning',
        key: `no_response_warning:${life.waitingSince}`,
        dueAt: sla.warningAt,
      });
    }
    if (sla.autoCloseAt !== null) {
      events.push({
        kind: 'auto_close',
        key: `auto_close:${life.waitingSince}`,
        dueAt: sla.autoCloseAt,
      });
    }
  }
  return events.sort((a, b) => a.dueAt - b.dueAt);
}

/** The events due at `now` that have not been recorded yet, earliest first. */
export function dueSlaEvents(
  events: readonly SlaEvent[],
  recorded: ReadonlySet<string>,
  now: Instant,
): SlaEvent[] {
  return events.filter((event) => event.dueAt <= now && !recorded.has(event.key));
}

/** When the scheduler must look at the ticket next: its earliest unrecorded event, if any. */
export function nextWakeAt(
  events: readonly SlaEvent[],
  recorded: ReadonlySet<string>,
): Instant | null {
  let wake: Instant | null = null;
  for (const event of events) {
    if (recorded.has(event.key)) continue;
    if (wake === null || event.dueAt < wake) wake = event.dueAt;
  }
  return wake;
}

/**
 * The recorded keys still worth remembering on the ticket: the once-per-ticket ones (they may
 * come back after a pause) and those of its current events. Keys of a past waiting period or
 * an earlier interval can never come back, since their starting instants are in the past; the
 * event table keeps them anyway.
 */
export function keysStillRelevant(
  events: readonly SlaEvent[],
  recorded: Iterable<string>,
): string[] {
  const current = new Set(events.map((event) => event.key));
  return [...recorded].filter((key) => !key.includes(':') || current.has(key));
}
