/**
 * SPEC §8 maintenance windows against SPEC §3's calendars (5x8 and 6x8: Mon–Fri / Mon–Sat
 * 08:00–12:00 and 14:00–18:00, Colombian holidays excluded; 7x24: any time), as tables, then
 * against a minute-by-minute brute force on random short windows.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minuteCounts } from '../../../test/reference/minute-by-minute-clock.js';
import { specCalendars } from '../../../test/reference/spec-calendars.js';
import { DomainError } from '../errors.js';
import { ContractCalendars } from '../sla/contract-calendars.js';
import type { Modality } from '../sla/contract-terms.js';
import { formatInstant, parseInstant } from '../time/instant.js';
import { checkMaintenanceWindow, maintenanceCalendarId } from './maintenance-window.js';

const calendars = new ContractCalendars();
const at = (local: string) => parseInstant(`${local}:00-05:00`);
const bogota = (instant: number) => formatInstant(instant, 'America/Bogota').slice(0, 16);

/** The verdict as local times: [] when the window fits, else [start, end, reason, name?]. */
function outsideParts(modality: Modality, from: string, to: string, lookup = calendars) {
  const check = checkMaintenanceWindow(lookup, modality, at(from), at(to));
  if (check.ok) return [];
  return check.outside.map((part) => [
    bogota(part.start),
    bogota(part.end),
    part.reason,
    ...(part.name === undefined ? [] : [part.name]),
  ]);
}

// 2026-03-16 is a Monday; 2026-03-21/22 a weekend; 2026-03-23 is San José (a Monday holiday).
describe('checkMaintenanceWindow on SPEC §3 calendars', () => {
  it.each([
    ['5x8', '2026-03-16T09:00', '2026-03-16T11:00'],
    ['5x8', '2026-03-16T08:00', '2026-03-16T12:00'],
    ['5x8', '2026-03-16T14:00', '2026-03-16T18:00'],
    ['5x8', '2026-03-20T17:00', '2026-03-20T18:00'],
    ['6x8', '2026-03-21T08:00', '2026-03-21T12:00'],
    ['6x8', '2026-03-16T14:30', '2026-03-16T17:45'],
    ['7x24', '2026-03-22T02:00', '2026-03-22T05:00'],
    ['7x24', '2026-03-23T00:00', '2026-03-24T00:00'],
    ['7x24', '2026-03-16T23:00', '2026-03-17T01:00'],
    ['7x24', '2026-03-16T12:00', '2026-03-16T14:00'],
  ] as const)('accepts a %s window %s → %s', (modality, from, to) => {
    expect(outsideParts(modality, from, to)).toEqual([]);
  });

  it.each([
    [
      'over lunch: exactly the lunch part',
      '5x8',
      '2026-03-16T11:00',
      '2026-03-16T15:00',
      [['2026-03-16T12:00', '2026-03-16T14:00', 'lunch']],
    ],
    [
      'over lunch on a 6x8 Saturday',
      '6x8',
      '2026-03-21T11:30',
      '2026-03-21T14:30',
      [['2026-03-21T12:00', '2026-03-21T14:00', 'lunch']],
    ],
    [
      'starting before opening',
      '5x8',
      '2026-03-16T07:30',
      '2026-03-16T09:00',
      [['2026-03-16T07:30', '2026-03-16T08:00', 'outside_hours']],
    ],
    [
      'ending after closing',
      '6x8',
      '2026-03-17T17:00',
      '2026-03-17T19:15',
      [['2026-03-17T18:00', '2026-03-17T19:15', 'outside_hours']],
    ],
    [
      'crossing midnight: one part from closing to opening',
      '5x8',
      '2026-03-16T17:00',
      '2026-03-17T09:00',
      [['2026-03-16T18:00', '2026-03-17T08:00', 'outside_hours']],
    ],
    [
      'a whole working day: both gaps of the split shift',
      '5x8',
      '2026-03-17T07:00',
      '2026-03-17T19:00',
      [
        ['2026-03-17T07:00', '2026-03-17T08:00', 'outside_hours'],
        ['2026-03-17T12:00', '2026-03-17T14:00', 'lunch'],
        ['2026-03-17T18:00', '2026-03-17T19:00', 'outside_hours'],
      ],
    ],
    [
      'on a Colombian holiday (San José, moved to Monday)',
      '5x8',
      '2026-03-23T09:00',
      '2026-03-23T11:00',
      [['2026-03-23T09:00', '2026-03-23T11:00', 'holiday', 'San José']],
    ],
    [
      'on a holiday for 6x8 too',
      '6x8',
      '2026-03-23T14:00',
      '2026-03-23T16:00',
      [['2026-03-23T14:00', '2026-03-23T16:00', 'holiday', 'San José']],
    ],
    [
      'on a Saturday for 5x8',
      '5x8',
      '2026-03-21T09:00',
      '2026-03-21T11:00',
      [['2026-03-21T09:00', '2026-03-21T11:00', 'weekend']],
    ],
    [
      'on a Sunday for 6x8',
      '6x8',
      '2026-03-22T09:00',
      '2026-03-22T11:00',
      [['2026-03-22T09:00', '2026-03-22T11:00', 'weekend']],
    ],
    [
      'over a long weekend: every reason in order',
      '5x8',
      '2026-03-20T17:00',
      '2026-03-24T09:00',
      [
        ['2026-03-20T18:00', '2026-03-21T00:00', 'outside_hours'],
        ['2026-03-21T00:00', '2026-03-23T00:00', 'weekend'],
        ['2026-03-23T00:00', '2026-03-24T00:00', 'holiday', 'San José'],
        ['2026-03-24T00:00', '2026-03-24T08:00', 'outside_hours'],
      ],
    ],
    [
      'over the Saturday-to-Monday gap of 6x8',
      '6x8',
      '2026-03-28T17:00',
      '2026-03-30T09:00',
      [
        ['2026-03-28T18:00', '2026-03-29T00:00', 'outside_hours'],
        ['2026-03-29T00:00', '2026-03-30T00:00', 'weekend'],
        ['2026-03-30T00:00', '2026-03-30T08:00', 'outside_hours'],
      ],
    ],
  ] as const)('refuses a window %s', (_case, modality, from, to, expected) => {
    expect(outsideParts(modality, from, to)).toEqual(expected);
  });

  it('keeps seconds: 11:59:30–12:00:30 is refused with the 30 s after noon', () => {
    const check = checkMaintenanceWindow(
      calendars,
      '5x8',
      parseInstant('2026-03-16T11:59:30-05:00'),
      parseInstant('2026-03-16T12:00:30-05:00'),
    );
    expect(check).toEqual({
      ok: false,
      outside: [
        {
          start: parseInstant('2026-03-16T12:00:00-05:00'),
          end: parseInstant('2026-03-16T12:00:30-05:00'),
          reason: 'lunch',
        },
      ],
    });
  });

  it('refuses an admin closure by name on 5x8 and 6x8, and ignores it on 7x24', () => {
    const withClosure = new ContractCalendars({
      exceptions: [{ date: '2026-03-18', name: 'Día de la familia', windows: [] }],
    });
    for (const modality of ['5x8', '6x8'] as const) {
      expect(outsideParts(modality, '2026-03-18T09:00', '2026-03-18T10:00', withClosure)).toEqual([
        ['2026-03-18T09:00', '2026-03-18T10:00', 'closure', 'Día de la familia'],
      ]);
    }
    expect(outsideParts('7x24', '2026-03-18T09:00', '2026-03-18T10:00', withClosure)).toEqual([]);
  });

  it.each([
    ['an empty window', '2026-03-16T09:00', '2026-03-16T09:00'],
    ['a reversed window', '2026-03-16T10:00', '2026-03-16T09:00'],
  ])('refuses %s with INVALID_INTERVAL, whatever the modality', (_case, from, to) => {
    for (const modality of ['5x8', '6x8', '7x24'] as const) {
      const attempt = () => checkMaintenanceWindow(calendars, modality, at(from), at(to));
      expect(attempt).toThrow(DomainError);
      expect(attempt).toThrow(expect.objectContaining({ code: 'INVALID_INTERVAL' }));
    }
  });

  it('names the calendar each modality must fit in (none for 7x24)', () => {
    expect(maintenanceCalendarId('5x8')).toBe('5x8');
    expect(maintenanceCalendarId('6x8')).toBe('6x8');
    expect(maintenanceCalendarId('7x24')).toBeNull();
  });
});

describe('checkMaintenanceWindow against a minute-by-minute brute force', () => {
  const MINUTE = 60_000;
  const seed = Number(process.env.FC_SEED ?? 20_260_316);
  // Minute-aligned starts in 2025–2027, half of them near a window edge of the split shift.
  const start = fc.oneof(
    fc
      .integer({ min: Date.UTC(2025, 0, 1, 5) / MINUTE, max: Date.UTC(2027, 11, 25) / MINUTE })
      .map((m) => m * MINUTE),
    fc
      .record({
        day: fc.integer({ min: 0, max: 3 * 365 - 10 }),
        hour: fc.constantFrom(0, 8, 12, 14, 18),
        delta: fc.integer({ min: -90, max: 90 }),
      })
      .map(({ day, hour, delta }) => Date.UTC(2025, 0, 1 + day, hour + 5) + delta * MINUTE),
  );
  const length = fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 3 * 1440 }));

  it.each(['5x8', '6x8'] as const)(
    'on %s: ok exactly when every minute is attended, and the parts are exactly the others',
    (modality) => {
      fc.assert(
        fc.property(start, length, (from, minutes) => {
          const to = from + minutes * MINUTE;
          const expected: number[] = [];
          for (let t = from; t < to; t += MINUTE) {
            if (!minuteCounts(specCalendars[modality], t)) expected.push(t);
          }
          const check = checkMaintenanceWindow(calendars, modality, from, to);
          expect(check.ok).toBe(expected.length === 0);
          const actual: number[] = [];
          let previousEnd = from;
          for (const part of check.ok ? [] : check.outside) {
            // Sorted, disjoint, inside the window, never empty.
            expect(part.start).toBeGreaterThanOrEqual(previousEnd);
            expect(part.end).toBeGreaterThan(part.start);
            expect(part.end).toBeLessThanOrEqual(to);
            previousEnd = part.end;
            for (let t = part.start; t < part.end; t += MINUTE) actual.push(t);
          }
          expect(actual).toEqual(expected);
        }),
        { seed, numRuns: 400 },
      );
    },
  );

  it('on 7x24: every window is ok', () => {
    fc.assert(
      fc.property(start, length, (from, minutes) => {
        expect(checkMaintenanceWindow(calendars, '7x24', from, from + minutes * MINUTE)).toEqual({
          ok: true,
        });
      }),
      { seed, numRuns: 300 },
    );
  });
});
