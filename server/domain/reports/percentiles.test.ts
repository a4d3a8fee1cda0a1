import { describe, expect, it } from 'vitest';
import { median, percentile } from './percentiles.js';

describe('percentiles (linear between closest ranks)', () => {
  it('agrees with hand-worked samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([45, 60, 90, 120, 120], 90)).toBe(120);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90)).toBe(91);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2], 0)).toBe(1);
    expect(percentile([1, 2], 100)).toBe(2);
  });

  it('is null for an empty sample and does not reorder its input', () => {
    expect(median([])).toBeNull();
    const values = [3, 1, 2];
    percentile(values, 90);
    expect(values).toEqual([3, 1, 2]);
  });
});
