import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatInstant, formatSpan } from './format-instant.js';

// ICU writes no-break spaces around "a. m." / "AM"; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const monday10 = Date.UTC(2026, 2, 16, 15, 0); // 10:00 in Bogotá
const mondayNight = Date.UTC(2026, 2, 17, 3, 30); // 22:30 in Bogotá, already Tuesday in UTC and Tokyo

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('formatInstant', () => {
  it('writes the Bogotá date and time, naming the zone, in es-CO and English', () => {
    expect(plain(formatInstant(monday10, 'es'))).toBe(
      'lunes, 16 de marzo de 2026, 10:00 a. m. (hora de Colombia)',
    );
    expect(plain(formatInstant(monday10, 'en'))).toBe(
      'Monday, March 16, 2026, 10:00 AM (Colombia time)',
    );
  });

  it('uses the Bogotá day, not the UTC or host day', () => {
    expect(plain(formatInstant(mondayNight, 'es'))).toBe(
      'lunes, 16 de marzo de 2026, 10:30 p. m. (hora de Colombia)',
    );
    expect(plain(formatInstant(mondayNight, 'en'))).toBe(
      'Monday, March 16, 2026, 10:30 PM (Colombia time)',
    );
  });

  it('gives the same text whatever the host time zone is', () => {
    const seen = new Set<string>();
    const hostHours = new Set<number>();
    for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/Madrid']) {
      process.env.TZ = tz;
      hostHours.add(new Date(mondayNight).getHours());
      seen.add(formatInstant(mondayNight, 'es') + formatInstant(mondayNight, 'en'));
    }
    // The host zone really changed (Node applies TZ at once), and the text did not.
    expect(hostHours.size).toBeGreaterThan(1);
    expect(seen.size).toBe(1);
  });
});

describe('formatDate and formatSpan', () => {
  it('write a span on one day once, and the end day when it differs', () => {
    expect(plain(formatDate(monday10, 'es'))).toBe('lunes, 16 de marzo de 2026');
    expect(plain(formatSpan(monday10, monday10 + 2 * 3_600_000, 'en'))).toBe(
      'Monday, March 16, 2026, 10:00 AM – 12:00 PM (Colombia time)',
    );
    expect(plain(formatSpan(mondayNight, mondayNight + 3 * 3_600_000, 'es'))).toBe(
      'lunes, 16 de marzo de 2026, 10:30 p. m. – martes, 17 de marzo de 2026, 1:30 a. m. (hora de Colombia)',
    );
  });
});
