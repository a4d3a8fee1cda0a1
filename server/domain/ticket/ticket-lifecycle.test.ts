import { describe, expect, it } from 'vitest';
import { parseInstant } from '../time/instant.js';
import {
  acceptSolution,
  agentReplies,
  closeAsOutOfScope,
  closeForNoResponse,
  customerAnswers,
  diagnose,
  proposeSolution,
  registerLifecycle,
  rejectSolution,
  requestFromCustomer,
  type TicketLifecycle,
} from './ticket-lifecycle.js';
import { TICKET_STATUSES, type TicketStatus } from './ticket-vocabulary.js';

const at = (local: string) => parseInstant(`2026-03-02T${local}-05:00`);
const registered = registerLifecycle(at('08:00:00'));
const diagnosed = diagnose(registered, at('08:30:00'));

/** A lifecycle in each status, reached through legal steps only. */
const inStatus: Record<TicketStatus, TicketLifecycle> = {
  new: registered,
  in_progress: diagnosed,
  waiting_customer: requestFromCustomer(diagnosed, at('09:00:00')),
  solution_proposed: proposeSolution(diagnosed, at('09:00:00')),
  closed: acceptSolution(proposeSolution(diagnosed, at('09:00:00')), at('10:00:00')),
};

const t = at('11:00:00');
const intents = {
  diagnose: (l: TicketLifecycle) => diagnose(l, t),
  requestFromCustomer: (l: TicketLifecycle) => requestFromCustomer(l, t),
  customerAnswers: (l: TicketLifecycle) => customerAnswers(l, t),
  agentReplies: (l: TicketLifecycle) => agentReplies(l, t),
  proposeSolution: (l: TicketLifecycle) => proposeSolution(l, t),
  acceptSolution: (l: TicketLifecycle) => acceptSolution(l, t),
  rejectSolution: (l: TicketLifecycle) => rejectSolution(l, t),
  closeAsOutOfScope: (l: TicketLifecycle) => closeAsOutOfScope(l, t, 'Falla del proveedor'),
  closeForNoResponse: (l: TicketLifecycle) => closeForNoResponse(l, t),
};

// The status each intent leads to from each status; absent = refused with ILLEGAL_TRANSITION.
const allowed: Record<keyof typeof intents, Partial<Record<TicketStatus, TicketStatus>>> = {
  diagnose: { new: 'in_progress', in_progress: 'in_progress', waiting_customer: 'in_progress' },
  requestFromCustomer: {
    new: 'waiting_customer',
    in_progress: 'waiting_customer',
    waiting_customer: 'waiting_customer',
  },
  customerAnswers: {
    new: 'new',
    in_progress: 'in_progress',
    waiting_customer: 'in_progress',
    solution_proposed: 'solution_proposed',
  },
  agentReplies: {
    new: 'in_progress',
    in_progress: 'in_progress',
    waiting_customer: 'waiting_customer',
    solution_proposed: 'solution_proposed',
  },
  proposeSolution: { in_progress: 'solution_proposed', waiting_customer: 'solution_proposed' },
  acceptSolution: { solution_proposed: 'closed' },
  rejectSolution: { solution_proposed: 'in_progress' },
  closeAsOutOfScope: {
    new: 'closed',
    in_progress: 'closed',
    waiting_customer: 'closed',
    solution_proposed: 'closed',
  },
  closeForNoResponse: { waiting_customer: 'closed', solution_proposed: 'closed' },
};

describe('every transition of SPEC §5, allowed and refused', () => {
  const cases = Object.keys(intents).flatMap((intent) =>
    TICKET_STATUSES.map((status) => [intent as keyof typeof intents, status] as const),
  );
  it.each(cases)('%s from %s', (intent, status) => {
    const expected = allowed[intent][status];
    const run = () => intents[intent](inStatus[status]);
    if (expected === undefined) {
      expect(run).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }));
    } else {
      expect(run().status).toBe(expected);
    }
  });
});

describe('what the lifecycle records for the SLA clock', () => {
  it('pauses the first response while waiting before the diagnosis, and resumes on the answer', () => {
    const waiting = requestFromCustomer(registered, at('08:10:00'));
    expect(waiting.pausedSince).toBe(at('08:10:00'));
    const answered = customerAnswers(waiting, at('09:00:00'));
    expect(answered).toMatchObject({
      status: 'in_progress',
      pausedSince: null,
      pauses: [{ start: at('08:10:00'), end: at('09:00:00') }],
      heldSince: at('09:00:00'),
      waitingSince: null,
    });
  });

  it('does not pause after the diagnosis, but the no-response clock runs', () => {
    const waiting = requestFromCustomer(diagnosed, at('09:00:00'));
    expect(waiting.pausedSince).toBeNull();
    expect(waiting.waitingSince).toBe(at('09:00:00'));
  });

  it('keeps the first diagnosis as the first response', () => {
    expect(diagnose(diagnosed, at('12:00:00')).firstRespondedAt).toBe(at('08:30:00'));
  });

  it('a customer answer on a proposed solution resets the no-response clock', () => {
    const proposed = proposeSolution(diagnosed, at('09:00:00'));
    expect(customerAnswers(proposed, at('10:00:00')).waitingSince).toBe(at('10:00:00'));
  });

  it('closes with the resolution and the instant', () => {
    expect(inStatus.closed).toMatchObject({ resolution: 'accepted', closedAt: at('10:00:00') });
    expect(closeForNoResponse(inStatus.waiting_customer, t).resolution).toBe('no_response');
    expect(closeAsOutOfScope(registered, t, 'Equipo no cubierto').resolution).toBe('out_of_scope');
  });

  it('refuses a solution before any diagnosis and an out-of-scope closure without reason', () => {
    const waiting = requestFromCustomer(registered, at('08:10:00'));
    expect(() => proposeSolution(waiting, t)).toThrow(
      expect.objectContaining({ code: 'DIAGNOSIS_REQUIRED' }),
    );
    expect(() => closeAsOutOfScope(registered, t, '   ')).toThrow(
      expect.objectContaining({ code: 'REASON_REQUIRED' }),
    );
  });
});
