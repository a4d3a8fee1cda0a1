import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../../test/support/error-code.js';
import { contractCalendarDefinition } from '../sla/contract-calendars.js';
import { formatInstant, parseInstant } from '../time/instant.js';
import { BusinessCalendar } from './business-calendar.js';
import { type DayWindow, window } from './calendar-definition.js';
import { addBusinessMinutes, businessMinutesBetween, isOpen, nextOpening } from './clock.js';
import { explainSpan } from './explain.js';

const bogota = (local: string) => parseInstant(`${local}-05:00`);
const show = (t: number, zone = 'America/Bogota') => formatInstant(t, zone);
const code = errorCodeOf;

describe('admin exceptions (closures and openings)', () => {
  const calendar = new BusinessCalendar(
    contractCalendarDefinition('5x8', {
      exceptions: [
        { date: '2026-03-04', name: 'Día de la empresa', windows: [] },
        // A holiday an admin reopens (e.g. repealed by law) with morning hours only.
        { date: '2026-03-23', name: 'Festivo derogado', windows: [window('08:00', '12:00')] },
      ],
    }),
  );

  it('a closure skips the day and says why', () => {
    expect(show(addBusinessMinutes(calendar, bogota('2026-03-03T17:00:00'), 120))).toBe(
      '2026-03-05T09:00:00-05:00',
    );
    const why = explainSpan(calendar, bogota('2026-03-03T17:00:00'), bogota('2026-03-05T09:00:00'));
    expect(why.skipped.map((s) => [s.reason, s.name])).toEqual([
      ['outside_hours', undefined],
      ['closure', 'Día de la empresa'],
      ['outside_hours', undefined],
    ]);
  });

  it('an opening replaces a holiday with its own hours', () => {
    expect(isOpen(calendar, bogota('2026-03-23T09:00:00'))).toBe(true);
    expect(isOpen(calendar, bogota('2026-03-23T15:00:00'))).toBe(false);
    expect(show(addBusinessMinutes(calendar, bogota('2026-03-20T17:30:00'), 60))).toBe(
      '2026-03-23T08:30:00-05:00',
    );
  });

  it('two exceptions on one date are refused', () => {
    const twice = { date: '2026-03-04', name: 'x', windows: [] };
    expect(
      code(
        () =>
          new BusinessCalendar(contractCalendarDefinition('5x8', { exceptions: [twice, twice] })),
      ),
    ).toBe('INVALID_CALENDAR');
  });
});

describe('custom calendars', () => {
  const everyDay = (windows: DayWindow[]) => Array.from({ length: 7 }, () => windows);

  it('follow daylight saving in their own zone', () => {
    const newYork = new BusinessCalendar({
      id: 'ny-24x7',
      timeZone: 'America/New_York',
      weeklyHours: everyDay([window('00:00', '24:00')]),
    });
    const before = parseInstant('2026-03-08T01:30:00-05:00');
    expect(show(addBusinessMinutes(newYork, before, 60), 'America/New_York')).toBe(
      '2026-03-08T03:30:00-04:00',
    );
    const office = new BusinessCalendar({
      id: 'ny-office',
      timeZone: 'America/New_York',
      weeklyHours: everyDay([window('09:00', '17:00')]),
    });
    expect(
      show(nextOpening(office, parseInstant('2026-03-07T18:00:00-05:00')), 'America/New_York'),
    ).toBe('2026-03-08T09:00:00-04:00');
    expect(
      businessMinutesBetween(
        office,
        parseInstant('2026-03-07T09:00:00-05:00'),
        parseInstant('2026-03-09T09:00:00-04:00'),
      ),
    ).toBe(16 * 60);
  });

  it('reject bad definitions with a stable code', () => {
    const base = { id: 'x', timeZone: 'America/Bogota', weeklyHours: everyDay([]) };
    expect(code(() => new BusinessCalendar({ ...base, timeZone: 'Nowhere/City' }))).toBe(
      'INVALID_TIME_ZONE',
    );
    expect(code(() => new BusinessCalendar({ ...base, weeklyHours: [[]] }))).toBe(
      'INVALID_CALENDAR',
    );
    expect(
      code(
        () => new BusinessCalendar({ ...base, weeklyHours: everyDay([{ start: 600, end: 500 }]) }),
      ),
    ).toBe('INVALID_CALENDAR');
    expect(
      code(
        () =>
          new BusinessCalendar({
            ...base,
            weeklyHours: everyDay([window('08:00', '12:00'), window('11:00', '13:00')]),
          }),
      ),
    ).toBe('INVALID_CALENDAR');
    expect(code(() => window('25:00', '26:00'))).toBe('INVALID_CALENDAR');
  });

  it('a calendar that is never open says so instead of looping', () => {
    const never = new BusinessCalendar({
      id: 'never',
      timeZone: 'America/Bogota',
      weeklyHours: everyDay([]),
    });
    expect(code(() => addBusinessMinutes(never, bogota('2026-03-02T08:00:00'), 1))).toBe(
      'CALENDAR_NEVER_OPEN',
    );
  });
});

describe('bad input to the clock', () => {
  const calendar = new BusinessCalendar(contractCalendarDefinition('5x8'));
  const t = bogota('2026-03-02T08:00:00');

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %d minutes', (m) => {
    expect(code(() => addBusinessMinutes(calendar, t, m))).toBe('INVALID_DURATION');
  });

  it('refuses reversed intervals and pauses', () => {
    expect(code(() => businessMinutesBetween(calendar, t, t - 1))).toBe('INVALID_INTERVAL');
    expect(code(() => addBusinessMinutes(calendar, t, 10, [{ start: t + 5, end: t }]))).toBe(
      'INVALID_INTERVAL',
    );
  });

  it('refuses instants outside the supported years', () => {
    expect(code(() => isOpen(calendar, Date.UTC(1950, 0, 1)))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => addBusinessMinutes(calendar, Date.UTC(2199, 11, 31), 600))).toBe(
      'YEAR_OUT_OF_RANGE',
    );
    expect(code(() => isOpen(calendar, Number.NaN))).toBe('INVALID_INSTANT');
  });

  it('spans years and long durations in one step', () => {
    const due = addBusinessMinutes(calendar, bogota('2026-01-02T08:00:00'), 480 * 1000);
    expect(businessMinutesBetween(calendar, bogota('2026-01-02T08:00:00'), due)).toBe(480 * 1000);
    expect(show(due).slice(0, 4)).toBe('2030');
  });
});
