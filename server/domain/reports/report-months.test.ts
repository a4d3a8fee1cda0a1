import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { parseInstant } from '../time/instant.js';
import { addMonths, monthOf, monthSpan } from './report-months.js';

const BOGOTA = 'America/Bogota';

describe('report months (Bogotá)', () => {
  it('puts an instant in the month of Bogotá, not of UTC', () => {
    // 1 April 03:00 UTC is still 31 March 22:00 in Bogotá.
    expect(monthOf(parseInstant('2026-04-01T03:00:00Z'), BOGOTA)).toBe('2026-03');
    expect(monthOf(parseInstant('2026-04-01T05:00:00Z'), BOGOTA)).toBe('2026-04');
  });

  it('spans whole months from midnight to midnight in Bogotá, across a year', () => {
    const span = monthSpan('2025-11', '2026-02', BOGOTA);
    expect(span.months).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(span.start).toBe(parseInstant('2025-11-01T00:00:00-05:00'));
    expect(span.end).toBe(parseInstant('2026-03-01T00:00:00-05:00'));
  });

  it('refuses a malformed month, a reversed span and one over 24 months', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof DomainError ? error.code : 'other';
      }
      return 'none';
    };
    expect(code(() => monthSpan('2026-13', '2026-12', BOGOTA))).toBe('INVALID_MONTH');
    expect(code(() => monthSpan('2026-3', '2026-12', BOGOTA))).toBe('INVALID_MONTH');
    expect(code(() => monthSpan('2026-05', '2026-04', BOGOTA))).toBe('INVALID_INTERVAL');
    expect(code(() => monthSpan('2024-01', '2025-12', BOGOTA))).toBe('none');
    expect(code(() => monthSpan('2024-01', '2026-01', BOGOTA))).toBe('REPORT_PERIOD_TOO_LONG');
  });

  it('moves by months across years', () => {
    expect(addMonths('2026-03', -5)).toBe('2025-10');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
  });
});
