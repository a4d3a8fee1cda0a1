/**
 * `slaAt` moves stored SLA fields to a later instant without the calendar arithmetic: for any
 * lifecycle reached by legal steps, it must give exactly what `computeTicketSla` gives at that
 * later instant (the scheduler relies on it for events that leave the lifecycle as it was).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContractCalendars } from '../sla/contract-calendars.js';
import { CHANNELS, IMPACTS, MODALITIES } from '../sla/contract-terms.js';
import { DEFAULT_LEVEL_TABLE } from '../sla/level-table.js';
import type { Instant } from '../time/instant.js';
import {
  acceptSolution,
  agentReplies,
  customerAnswers,
  diagnose,
  proposeSolution,
  registerLifecycle,
  rejectSolution,
  requestFromCustomer,
  sendAutomaticUpdate,
  type TicketLifecycle,
} from './ticket-lifecycle.js';
import { computeTicketSla, slaAt, type TicketTerms } from './ticket-sla.js';

const options = { calendars: new ContractCalendars(), levels: DEFAULT_LEVEL_TABLE };
const STEPS: readonly ((life: TicketLifecycle, at: Instant) => TicketLifecycle)[] = [
  diagnose,
  requestFromCustomer,
  customerAnswers,
  agentReplies,
  proposeSolution,
  rejectSolution,
  acceptSolution,
  sendAutomaticUpdate,
];
const MINUTE = 60_000;
// 2026-01-05 00:00 Bogotá and the two years after it: holidays, weekends, 7x24 nights.
const FROM = Date.parse('2026-01-05T00:00:00-05:00');
const SPAN = 2 * 365 * 24 * 60;

/** A lifecycle from random legal steps (illegal ones are skipped), and when its last step was. */
function lifeFrom(start: number, steps: readonly { step: number; after: number }[]) {
  let at = FROM + start * MINUTE;
  let life = registerLifecycle(at);
  for (const { step, after } of steps) {
    const next = at + after * MINUTE;
    try {
      life = (STEPS[step] as (typeof STEPS)[number])(life, next);
      at = next;
    } catch {
      // A transition the lifecycle refuses in this state: the property is about legal lives.
    }
  }
  return { life, at };
}

describe('slaAt: the stored SLA fields at a later instant', () => {
  it('equals computing them afresh at that instant, for any legal life', () => {
    fc.assert(
      fc.property(
        fc.record({
          modality: fc.constantFrom(...MODALITIES),
          impact: fc.constantFrom(...IMPACTS),
          channel: fc.constantFrom(...CHANNELS),
        }),
        fc.integer({ min: 0, max: SPAN }),
        fc.array(
          fc.record({
            step: fc.integer({ min: 0, max: STEPS.length - 1 }),
            after: fc.integer({ min: 0, max: 3 * 24 * 60 }),
          }),
          { maxLength: 8 },
        ),
        fc.integer({ min: 0, max: 20 * 24 * 60 }),
        (contract, start, steps, later) => {
          const terms: TicketTerms = {
            ...contract,
            // `change` needs a managed service (SPEC §4).
            services: contract.impact === 'change' ? ['support', 'managed'] : ['support'],
          };
          const { life, at } = lifeFrom(start, steps);
          const then = at + later * MINUTE;
          const stored = computeTicketSla(terms, life, at, options);
          expect(slaAt(stored, life, then)).toEqual(computeTicketSla(terms, life, then, options));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
