/**
 * The life of an on-site visit (SPEC §8): an agent schedules it when a case cannot be solved
 * remotely; the technician goes on the way, arrives on site and finishes. **Decision:** a visit
 * can be cancelled while scheduled or on the way (the customer solved it meanwhile, the trip
 * was called off); once the technician is on site the visit ends as done, with its outcome.
 */

import { MS_PER_MINUTE } from '../time/civil-date.js';
import type { Instant } from '../time/instant.js';

/** scheduled → on_the_way → on_site → done; cancelled from the first two. */
export const VISIT_STATUSES = ['scheduled', 'on_the_way', 'on_site', 'done', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** What staff do to a visit: each intent moves it one step. */
export const VISIT_INTENTS = ['depart', 'arrive', 'complete', 'cancel'] as const;
export type VisitIntent = (typeof VISIT_INTENTS)[number];

const MOVES: Readonly<
  Record<VisitIntent, { readonly from: readonly VisitStatus[]; readonly to: VisitStatus }>
> = {
  depart: { from: ['scheduled'], to: 'on_the_way' },
  arrive: { from: ['on_the_way'], to: 'on_site' },
  complete: { from: ['on_site'], to: 'done' },
  cancel: { from: ['scheduled', 'on_the_way'], to: 'cancelled' },
};

/** Visits still under way: a ticket has at most one of them at a time. */
export const ACTIVE_VISIT_STATUSES: readonly VisitStatus[] = ['scheduled', 'on_the_way', 'on_site'];

/** Where `intent` takes a visit in `status`, or null when the lifecycle forbids it. */
export function nextVisitStatus(status: VisitStatus, intent: VisitIntent): VisitStatus | null {
  const move = MOVES[intent];
  return move.from.includes(status) ? move.to : null;
}

/**
 * When the technician should arrive: the scheduling instant plus the city's travel time, in
 * wall-clock time. **Decision:** the technician travels by the wall clock — a road trip does
 * not stop at 18:00, at lunch or on a holiday — so business time would put an 8-hour trip
 * scheduled on a Friday afternoon on the next Monday, which says nothing about when someone
 * actually reaches the customer. Attention hours still decide the SLA clocks, not the trip.
 */
export function plannedArrivalAt(scheduledAt: Instant, travelMinutes: number): Instant {
  return scheduledAt + travelMinutes * MS_PER_MINUTE;
}
