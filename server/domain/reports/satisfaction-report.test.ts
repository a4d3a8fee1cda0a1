import { describe, expect, it } from 'vitest';
import { satisfactionRows } from './satisfaction-report.js';

describe('satisfaction per organization', () => {
  it('counts invitations and ratings, averages and spreads the scores, then totals', () => {
    const rows = satisfactionRows([
      { organizationId: 'b', score: 5 },
      { organizationId: 'a', score: 4 },
      { organizationId: 'a', score: null },
      { organizationId: 'a', score: 1 },
      { organizationId: 'a', score: 4 },
      { organizationId: 'c', score: null },
    ]);
    expect(rows).toEqual([
      { organizationId: 'a', invited: 4, rated: 3, average: 3, distribution: [1, 0, 0, 2, 0] },
      { organizationId: 'b', invited: 1, rated: 1, average: 5, distribution: [0, 0, 0, 0, 1] },
      { organizationId: 'c', invited: 1, rated: 0, average: null, distribution: [0, 0, 0, 0, 0] },
      // (4 + 1 + 4 + 5) / 4 = 3.5
      { organizationId: null, invited: 6, rated: 4, average: 3.5, distribution: [1, 0, 0, 2, 1] },
    ]);
  });

  it('rounds the average to two decimals', () => {
    const rows = satisfactionRows([
      { organizationId: 'a', score: 5 },
      { organizationId: 'a', score: 4 },
      { organizationId: 'a', score: 4 },
    ]);
    expect(rows[0]?.average).toBe(4.33);
  });
});
