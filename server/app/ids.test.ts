import { describe, expect, it } from 'vitest';
import { isId, newId } from './ids.js';

describe('newId', () => {
  it('makes UUIDv7 ids that sort in creation order, also within one millisecond', () => {
    const at = Date.parse('2026-03-20T14:00:00Z');
    const ids = Array.from({ length: 1000 }, (_, i) => newId(at + Math.floor(i / 100)));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 5)) {
      expect(isId(id)).toBe(true);
      expect(id[14]).toBe('7');
    }
  });

  it('keeps increasing when the clock goes back (a test clock, a leap)', () => {
    const first = newId(Date.parse('2030-01-01T00:00:00Z'));
    const second = newId(Date.parse('2020-01-01T00:00:00Z'));
    expect(second > first).toBe(true);
  });
});
