/** Reused queries compile once per dialect and answer exactly what the builder would. */

import { expect, it } from 'vitest';
import { describeEachDatabase, useHarness } from '../../test/support/harness.js';
import { reusedQuery } from './reused-query.js';

describeEachDatabase('reusedQuery', (database) => {
  const harness = useHarness(database);

  it('answers like the builder, call after call, with new parameters', async () => {
    const h = harness();
    const ex = h.db.kysely;
    await ex
      .insertInto('organizations')
      .values([
        { id: 'o1', name: 'Uno', created_at: 1, updated_at: 1 },
        { id: 'o2', name: 'Dos', created_at: 2, updated_at: 2 },
      ])
      .execute();
    let builds = 0;
    const byName = reusedQuery((kysely, name: string, limit: number) => {
      builds += 1;
      return kysely
        .selectFrom('organizations')
        .select(['id', 'name'])
        .where('name', '=', name)
        .limit(limit);
    });
    expect(await byName(ex, 'Uno', 1)).toEqual([{ id: 'o1', name: 'Uno' }]);
    expect(await byName(ex, 'Dos', 1)).toEqual([{ id: 'o2', name: 'Dos' }]);
    expect(await byName(ex, 'Tres', 1)).toEqual([]);
    expect(builds).toBe(1);
  });

  it('keeps compiling a builder whose parameters are not its arguments', async () => {
    const h = harness();
    let builds = 0;
    const inlined = reusedQuery((kysely, name: string) => {
      builds += 1;
      return kysely.selectFrom('organizations').select('id').where('name', 'in', [name, 'Dos']);
    });
    expect(await inlined(h.db.kysely, 'Uno')).toHaveLength(2);
    expect(await inlined(h.db.kysely, 'Nadie')).toHaveLength(1);
    expect(builds).toBe(2);
  });
});
