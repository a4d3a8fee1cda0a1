import { describe, expect, it } from 'vitest';
import { countBy } from './count-rows.js';

describe('counting by keys', () => {
  it('tallies each key once, sorted by its parts', () => {
    const closed = [
      { org: 'b', resolution: 'accepted' },
      { org: 'a', resolution: 'out_of_scope' },
      { org: 'a', resolution: 'accepted' },
      { org: 'a', resolution: 'out_of_scope' },
    ];
    expect(countBy(closed, (c) => [c.org, c.resolution])).toEqual([
      { key: ['a', 'accepted'], count: 1 },
      { key: ['a', 'out_of_scope'], count: 2 },
      { key: ['b', 'accepted'], count: 1 },
    ]);
  });

  it('keeps keys whose joined text would collide apart', () => {
    expect(countBy(['x', 'y'], (v) => (v === 'x' ? ['a,b', 'c'] : ['a', 'b,c']))).toHaveLength(2);
    expect(countBy([], () => ['a'])).toEqual([]);
  });
});
