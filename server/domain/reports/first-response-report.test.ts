/**
 * First responses on time, checked against hand-worked tables: business minutes to diagnosis
 * on the 5x8 calendar (lunch, nights, a weekend and the San José holiday of Monday 23 March
 * 2026 skipped; pauses taken out), how each ticket is classified, and the grouped figures.
 */

import { describe, expect, it } from 'vitest';
import { ContractCalendars } from '../sla/contract-calendars.js';
import { parseInstant } from '../time/instant.js';
import {
  businessMinutesToDiagnosis,
  type FirstResponseFact,
  type FirstResponseTicket,
  firstResponseOutcome,
  firstResponseRows,
} from './first-response-report.js';

const at = (text: string) => parseInstant(`${text}-05:00`);
const fiveByEight = new ContractCalendars().get('5x8');

describe('business minutes to diagnosis (5x8, Bogotá)', () => {
  const cases: [string, string, string, [string, string][], number][] = [
    ['inside one morning', '2026-03-16T09:00:00', '2026-03-16T10:30:00', [], 90],
    ['across lunch', '2026-03-16T11:00:00', '2026-03-16T15:00:00', [], 120],
    ['across the night', '2026-03-16T17:00:00', '2026-03-17T09:00:00', [], 120],
    [
      'a pause taken out',
      '2026-03-16T09:00:00',
      '2026-03-16T11:00:00',
      [['2026-03-16T09:30:00', '2026-03-16T10:30:00']],
      60,
    ],
    [
      'weekend and the San José holiday skipped',
      '2026-03-20T17:30:00',
      '2026-03-24T08:15:00',
      [],
      45,
    ],
    ['seconds carry through', '2026-03-16T09:00:00', '2026-03-16T09:01:30', [], 1.5],
  ];
  for (const [name, start, responded, pauses, minutes] of cases) {
    it(`${name}: ${minutes} min`, () => {
      expect(
        businessMinutesToDiagnosis(fiveByEight, {
          clockStartsAt: at(start),
          firstRespondedAt: at(responded),
          pauses: pauses.map(([s, e]) => ({ start: at(s), end: at(e) })),
        }),
      ).toBe(minutes);
    });
  }

  it('is null without a diagnosis', () => {
    expect(
      businessMinutesToDiagnosis(fiveByEight, {
        clockStartsAt: at('2026-03-16T09:00:00'),
        firstRespondedAt: null,
        pauses: [],
      }),
    ).toBeNull();
  });
});

describe('how a first response stands', () => {
  const now = at('2026-03-18T12:00:00');
  const due = at('2026-03-17T10:00:00');
  const base: FirstResponseTicket = {
    clockStartsAt: at('2026-03-16T09:00:00'),
    firstResponseDueAt: due,
    firstRespondedAt: null,
    pauses: [],
    closedAt: null,
  };
  const cases: [string, Partial<FirstResponseTicket>, string][] = [
    ['diagnosed before the deadline', { firstRespondedAt: at('2026-03-17T09:59:59') }, 'on_time'],
    ['diagnosed exactly at the deadline', { firstRespondedAt: due }, 'on_time'],
    ['diagnosed after it', { firstRespondedAt: at('2026-03-17T10:00:01') }, 'late'],
    ['open, undiagnosed, past it', {}, 'overdue'],
    [
      'open, undiagnosed, still in time',
      { firstResponseDueAt: at('2026-03-19T10:00:00') },
      'pending',
    ],
    ['open and paused (no deadline)', { firstResponseDueAt: null }, 'pending'],
    ['closed undiagnosed in time', { closedAt: at('2026-03-16T15:00:00') }, 'closed_undiagnosed'],
    ['closed undiagnosed after it', { closedAt: at('2026-03-17T11:00:00') }, 'overdue'],
  ];
  for (const [name, change, outcome] of cases) {
    it(`${name}: ${outcome}`, () => {
      expect(firstResponseOutcome({ ...base, ...change }, now)).toBe(outcome);
    });
  }
});

describe('the grouped figures', () => {
  const fact = (
    organizationId: string,
    impact: string,
    outcome: FirstResponseFact['outcome'],
    minutesToDiagnosis: number | null,
    month = '2026-03',
  ): FirstResponseFact => ({ organizationId, month, impact, outcome, minutesToDiagnosis });

  it('counts, shares on time, median and 90th percentile per organization, month and impact', () => {
    const rows = firstResponseRows([
      fact('b', 'high', 'on_time', 5),
      fact('a', 'medium', 'on_time', 10),
      fact('a', 'high', 'late', 90),
      fact('a', 'medium', 'on_time', 40),
      fact('a', 'high', 'on_time', 30),
      fact('a', 'medium', 'late', 100),
      fact('a', 'high', 'overdue', null),
      fact('a', 'medium', 'on_time', 20),
      fact('a', 'high', 'pending', null),
      fact('a', 'high', 'closed_undiagnosed', null),
      fact('a', 'high', 'on_time', 12, '2026-04'),
    ]);
    expect(rows).toEqual([
      // on time 1 of 3 decided; minutes [30, 90]: median 60, p90 30 + 0.9 × 60 = 84
      {
        organizationId: 'a',
        month: '2026-03',
        impact: 'high',
        tickets: 5,
        onTime: 1,
        breaches: 2,
        pending: 1,
        percentOnTime: 33.3,
        medianMinutes: 60,
        p90Minutes: 84,
      },
      // minutes [10, 20, 40, 100]: median 30; p90 at rank 2.7: 40 + 0.7 × 60 = 82
      {
        organizationId: 'a',
        month: '2026-03',
        impact: 'medium',
        tickets: 4,
        onTime: 3,
        breaches: 1,
        pending: 0,
        percentOnTime: 75,
        medianMinutes: 30,
        p90Minutes: 82,
      },
      {
        organizationId: 'a',
        month: '2026-04',
        impact: 'high',
        tickets: 1,
        onTime: 1,
        breaches: 0,
        pending: 0,
        percentOnTime: 100,
        medianMinutes: 12,
        p90Minutes: 12,
      },
      {
        organizationId: 'b',
        month: '2026-03',
        impact: 'high',
        tickets: 1,
        onTime: 1,
        breaches: 0,
        pending: 0,
        percentOnTime: 100,
        medianMinutes: 5,
        p90Minutes: 5,
      },
    ]);
  });

  it('has no share or minutes when nothing is decided or diagnosed', () => {
    expect(firstResponseRows([fact('a', 'low', 'pending', null)])).toEqual([
      {
        organizationId: 'a',
        month: '2026-03',
        impact: 'low',
        tickets: 1,
        onTime: 0,
        breaches: 0,
        pending: 1,
        percentOnTime: null,
        medianMinutes: null,
        p90Minutes: null,
      },
    ]);
  });
});
