import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../../test/support/error-code.js';
import { parseIsoDate } from './civil-date.js';
import { formatInstant, parseInstant } from './instant.js';
import { utcToWallTime, wallTimeToUtc } from './time-zone.js';

const code = errorCodeOf;

describe('parseInstant', () => {
  it.each([
    ['2026-03-20T17:30:00-05:00', Date.UTC(2026, 2, 20, 22, 30)],
    ['2026-03-20T22:30:00Z', Date.UTC(2026, 2, 20, 22, 30)],
    ['2026-03-20T22:30Z', Date.UTC(2026, 2, 20, 22, 30)],
    ['2026-03-20T17:30:00.250-0500', Date.UTC(2026, 2, 20, 22, 30, 0, 250)],
    ['2026-03-21T03:30:00+05:30', Date.UTC(2026, 2, 20, 22, 0)],
    ['2026-03-20T17:30:00-05', Date.UTC(2026, 2, 20, 22, 30)],
  ])('reads %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([
    ['2026-03-20T17:30:00', 'INSTANT_WITHOUT_OFFSET'],
    ['2026-03-20', 'INVALID_INSTANT'],
    ['yesterday', 'INVALID_INSTANT'],
    ['2026-02-30T10:00:00-05:00', 'INVALID_INSTANT'],
    ['2026-13-01T10:00:00-05:00', 'INVALID_INSTANT'],
    ['2026-03-20T24:00:00-05:00', 'INVALID_INSTANT'],
    ['2026-03-20T10:60:00-05:00', 'INVALID_INSTANT'],
    ['2026-03-20T10:00:00-25:00', 'INVALID_INSTANT'],
    ['1900-01-01T10:00:00-05:00', 'YEAR_OUT_OF_RANGE'],
    ['2300-01-01T10:00:00-05:00', 'YEAR_OUT_OF_RANGE'],
  ])('refuses %s with %s', (text, expected) => {
    expect(code(() => parseInstant(text))).toBe(expected);
  });
});

describe('formatInstant', () => {
  it('prints Bogota time with its offset', () => {
    expect(formatInstant(Date.UTC(2026, 2, 20, 22, 30), 'America/Bogota')).toBe(
      '2026-03-20T17:30:00-05:00',
    );
    expect(formatInstant(Date.UTC(2026, 2, 20, 22, 30, 5, 7), 'America/Bogota')).toBe(
      '2026-03-20T17:30:05.007-05:00',
    );
  });

  it('follows daylight saving in other zones', () => {
    expect(formatInstant(Date.UTC(2026, 6, 1, 12), 'Europe/Madrid')).toBe(
      '2026-07-01T14:00:00+02:00',
    );
    expect(formatInstant(Date.UTC(2026, 0, 1, 12), 'Europe/Madrid')).toBe(
      '2026-01-01T13:00:00+01:00',
    );
  });

  it('gives the same text for every day of decades, before and after its memo of days fills', () => {
    // Bogotá is UTC-5 all year since 1993: the expected text is UTC shifted by five hours.
    const expected = (instant: number) =>
      `${new Date(instant - 5 * 3_600_000).toISOString().slice(0, 19)}-05:00`;
    const first = Date.UTC(1994, 0, 1, 3, 4, 5);
    const days = 20_000; // more than the memo keeps, so it is cleared and filled again
    for (let pass = 0; pass < 2; pass++) {
      for (let d = 0; d < days; d += 1) {
        const instant = first + d * 86_400_000 + (d % 1_440) * 60_000;
        const text = formatInstant(instant, 'America/Bogota');
        if (text !== expected(instant)) expect(text).toBe(expected(instant));
      }
    }
    // Another zone's offsets on the same days are not mixed up with Bogotá's.
    expect(formatInstant(Date.UTC(2026, 6, 1, 12), 'Europe/Madrid')).toBe(
      '2026-07-01T14:00:00+02:00',
    );
    expect(formatInstant(Date.UTC(2026, 6, 1, 12), 'America/Bogota')).toBe(
      '2026-07-01T07:00:00-05:00',
    );
  });

  it('round-trips through parseInstant', () => {
    for (const t of [0, 1, 999, 86_399_999]) {
      const instant = Date.UTC(2026, 10, 26) + t;
      expect(parseInstant(formatInstant(instant, 'America/Bogota'))).toBe(instant);
    }
  });
});

describe('wall time in a zone', () => {
  const day = parseIsoDate('2026-03-08'); // the US springs forward at 02:00

  it('maps wall time to UTC and back', () => {
    const t = wallTimeToUtc('America/Bogota', parseIsoDate('2026-03-20'), 17 * 60 + 30);
    expect(t).toBe(Date.UTC(2026, 2, 20, 22, 30));
    expect(utcToWallTime('America/Bogota', t)).toEqual({
      day: parseIsoDate('2026-03-20'),
      msOfDay: (17 * 60 + 30) * 60_000,
    });
  });

  it('moves a nonexistent time forward by the gap', () => {
    expect(formatInstant(wallTimeToUtc('America/New_York', day, 150), 'America/New_York')).toBe(
      '2026-03-08T03:30:00-04:00',
    );
  });

  it('takes the earlier of two ambiguous times', () => {
    const fallBack = parseIsoDate('2026-11-01');
    expect(formatInstant(wallTimeToUtc('America/New_York', fallBack, 90), 'America/New_York')).toBe(
      '2026-11-01T01:30:00-04:00',
    );
  });

  it('refuses unknown zones and impossible dates', () => {
    expect(code(() => wallTimeToUtc('Mars/Olympus', day, 0))).toBe('INVALID_TIME_ZONE');
    expect(code(() => parseIsoDate('2026-02-29'))).toBe('INVALID_DATE');
  });
});
