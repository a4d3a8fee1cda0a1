import { describe, expect, it } from 'vitest';
import { colombianHolidayDatesByLaw } from '../../../../test/reference/colombian-holiday-law.js';
import { DomainError } from '../../errors.js';
import { colombianHolidays } from './colombia.js';

describe('Colombian holidays (SPEC §3)', () => {
  it.each(Array.from({ length: 16 }, (_, i) => 2020 + i))('match the law in %i', (year) => {
    const dates = colombianHolidays.holidaysOf(year).map((h) => h.date);
    expect(dates).toEqual(colombianHolidayDatesByLaw(year));
  });

  it('do not include Easter Sunday nor Palm Sunday', () => {
    const dates = colombianHolidays.holidaysOf(2026).map((h) => h.date);
    expect(dates).not.toContain('2026-04-05');
    expect(dates).not.toContain('2026-03-29');
  });

  it('include the 9 July holiday of Ley 2578 de 2026 on Monday, from 2026 only', () => {
    const on = (year: number, date: string) =>
      colombianHolidays.holidaysOf(year).find((h) => h.date === date);
    expect(on(2026, '2026-07-13')?.name).toBe('La virgen de Chiquinquirá');
    expect(on(2027, '2027-07-12')).toBeDefined();
    expect(colombianHolidays.holidaysOf(2025).map((h) => h.date)).not.toContain('2025-07-14');
  });

  it('name each holiday in Spanish and English', () => {
    const holidays = colombianHolidays.holidaysOf(2026);
    expect(holidays[0]).toEqual({
      date: '2026-01-01',
      name: 'Año Nuevo',
      nameEn: "New Year's Day",
    });
    const ascension = holidays.find((h) => h.date === '2026-05-18');
    expect(ascension).toMatchObject({ name: 'Ascensión del Señor', nameEn: 'Ascension Day' });
    for (const h of holidays) {
      expect(h.name.length).toBeGreaterThan(2);
      expect(h.nameEn.length).toBeGreaterThan(2);
    }
  });

  it('keep both names, in both languages, when two holidays share a date', () => {
    const june30 = colombianHolidays.holidaysOf(2025).find((h) => h.date === '2025-06-30');
    expect(june30).toEqual({
      date: '2025-06-30',
      name: 'Sagrado Corazón de Jesús / San Pedro y San Pablo',
      nameEn: expect.stringMatching(/Sacred Heart.* \/ .*Peter and Paul/),
    });
  });

  it('refuse years outside the supported range', () => {
    expect(() => colombianHolidays.holidaysOf(1900)).toThrow(DomainError);
    expect(() => colombianHolidays.holidaysOf(2200)).toThrow(
      expect.objectContaining({ code: 'YEAR_OUT_OF_RANGE' }),
    );
  });
});
