/** The visit lifecycle of SPEC §8, every status × every intent, and the planned arrival. */

import { describe, expect, it } from 'vitest';
import { parseInstant } from '../time/instant.js';
import {
  ACTIVE_VISIT_STATUSES,
  nextVisitStatus,
  plannedArrivalAt,
  VISIT_INTENTS,
  VISIT_STATUSES,
  type VisitIntent,
  type VisitStatus,
} from './visit-lifecycle.js';

/** Where each intent leads from each status; null: refused. */
const table: Record<VisitStatus, Record<VisitIntent, VisitStatus | null>> = {
  scheduled: { depart: 'on_the_way', arrive: null, complete: null, cancel: 'cancelled' },
  on_the_way: { depart: null, arrive: 'on_site', complete: null, cancel: 'cancelled' },
  on_site: { depart: null, arrive: null, complete: 'done', cancel: null },
  done: { depart: null, arrive: null, complete: null, cancel: null },
  cancelled: { depart: null, arrive: null, complete: null, cancel: null },
};

describe('the visit lifecycle', () => {
  it.each(
    VISIT_STATUSES.flatMap((status) =>
      VISIT_INTENTS.map((intent) => [status, intent, table[status][intent]] as const),
    ),
  )('%s + %s → %s', (status, intent, expected) => {
    expect(nextVisitStatus(status, intent)).toBe(expected);
  });

  it('calls active exactly the statuses some intent still leaves', () => {
    const leavable = VISIT_STATUSES.filter((s) => VISIT_INTENTS.some((i) => table[s][i] !== null));
    expect([...ACTIVE_VISIT_STATUSES].sort()).toEqual(leavable.sort());
  });
});

describe('plannedArrivalAt', () => {
  it('adds the travel time in wall-clock time, through nights, weekends and holidays', () => {
    // Friday 17:00 + 8 h is Saturday 01:00 — not Monday, as business time would say.
    expect(plannedArrivalAt(parseInstant('2026-03-20T17:00:00-05:00'), 8 * 60)).toBe(
      parseInstant('2026-03-21T01:00:00-05:00'),
    );
    // Sunday before San José + 36 h.
    expect(plannedArrivalAt(parseInstant('2026-03-22T10:30:15-05:00'), 36 * 60)).toBe(
      parseInstant('2026-03-23T22:30:15-05:00'),
    );
    expect(plannedArrivalAt(parseInstant('2026-03-16T10:00:00-05:00'), 0)).toBe(
      parseInstant('2026-03-16T10:00:00-05:00'),
    );
  });
});
