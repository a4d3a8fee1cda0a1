import { describe, expect, it } from 'vitest';
import { ContractCalendars } from '../sla/contract-calendars.js';
import { DEFAULT_LEVEL_TABLE } from '../sla/level-table.js';
import { formatInstant, parseInstant } from '../time/instant.js';
import {
  acceptSolution,
  customerAnswers,
  diagnose,
  proposeSolution,
  registerLifecycle,
  requestFromCustomer,
} from './ticket-lifecycle.js';
import { computeTicketSla, type TicketTerms } from './ticket-sla.js';

const at = (local: string) => parseInstant(`${local}-05:00`);
const show = (t: number | null) =>
  t === null ? null : formatInstant(t, 'America/Bogota').slice(0, 19);
const options = { calendars: new ContractCalendars(), levels: DEFAULT_LEVEL_TABLE };
const medium5x8: TicketTerms = {
  modality: '5x8',
  services: ['support'],
  impact: 'medium',
  channel: 'web',
};

describe('the SLA fields stored on a ticket', () => {
  const registered = registerLifecycle(at('2026-03-02T08:00:00'));

  it('a new ticket: first response and next update due, sorted by the nearest', () => {
    const sla = computeTicketSla(medium5x8, registered, at('2026-03-02T08:00:00'), options);
    expect(show(sla.firstResponseDueAt)).toBe('2026-03-02T12:00:00');
    expect(show(sla.nextUpdateDueAt)).toBe('2026-03-02T16:00:00');
    expect(show(sla.nextDeadlineAt)).toBe('2026-03-02T12:00:00');
    expect(sla.firstResponseBreached).toBe(false);
    expect(sla.warningAt).toBeNull();
  });

  it('waiting before the diagnosis: the first response is suspended with its minutes left', () => {
    const waiting = requestFromCustomer(registered, at('2026-03-02T09:00:00'));
    const sla = computeTicketSla(medium5x8, waiting, at('2026-03-02T09:00:00'), options);
    expect(sla.firstResponseDueAt).toBeNull();
    expect(sla.firstResponseMinutesLeft).toBe(180);
    expect(sla.nextUpdateDueAt).toBeNull();
    expect([show(sla.warningAt), show(sla.autoCloseAt)]).toEqual([
      '2026-03-02T17:00:00',
      '2026-03-03T15:00:00',
    ]);
    expect(show(sla.nextDeadlineAt)).toBe('2026-03-02T17:00:00');
    const answered = customerAnswers(waiting, at('2026-03-02T11:00:00'));
    const resumed = computeTicketSla(medium5x8, answered, at('2026-03-02T11:00:00'), options);
    expect(show(resumed.firstResponseDueAt)).toBe('2026-03-02T16:00:00');
    expect(show(resumed.nextUpdateDueAt)).toBe('2026-03-03T09:00:00');
  });

  it('a late diagnosis is a breach; an overdue one too, while open', () => {
    const late = diagnose(registered, at('2026-03-02T14:30:00'));
    expect(
      computeTicketSla(medium5x8, late, at('2026-03-02T14:30:00'), options).firstResponseBreached,
    ).toBe(true);
    expect(
      computeTicketSla(medium5x8, registered, at('2026-03-02T12:00:01'), options)
        .firstResponseBreached,
    ).toBe(true);
  });

  it('a closed ticket has nothing pending', () => {
    const closed = acceptSolution(
      proposeSolution(diagnose(registered, at('2026-03-02T09:00:00')), at('2026-03-02T10:00:00')),
      at('2026-03-02T11:00:00'),
    );
    const sla = computeTicketSla(medium5x8, closed, at('2026-03-02T11:00:00'), options);
    expect([sla.nextUpdateDueAt, sla.warningAt, sla.autoCloseAt, sla.nextDeadlineAt]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(show(sla.firstRespondedAt)).toBe('2026-03-02T09:00:00');
  });
});
