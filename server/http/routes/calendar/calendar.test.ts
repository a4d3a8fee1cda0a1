import { expect, it } from 'vitest';
import { describeEachDatabase, useHarness } from '../../../../test/support/harness.js';
import { newId } from '../../../app/ids.js';

describeEachDatabase('GET /api/v1/calendar/holidays', (database) => {
  const harness = useHarness(database);

  it('lists Colombia’s holidays of the year with the admins’ closures, public', async () => {
    const h = harness();
    await h.db.kysely
      .insertInto('closures')
      .values([
        {
          id: newId(),
          date: '2026-12-24',
          name: 'Cierre de fin de año',
          created_by: null,
          created_at: 0,
        },
        { id: newId(), date: '2027-01-02', name: 'Otro año', created_by: null, created_at: 0 },
      ])
      .execute();
    const response = await h.app.inject({
      method: 'GET',
      url: '/api/v1/calendar/holidays?year=2026',
    });
    expect(response.statusCode).toBe(200);
    const { items, nextCursor } = response.json() as {
      items: { date: string; name: string; nameEn: string; kind: string }[];
      nextCursor: null;
    };
    expect(nextCursor).toBeNull();
    expect(items.map((d) => d.date)).toEqual([...items.map((d) => d.date)].sort());
    expect(items).toContainEqual({
      date: '2026-01-01',
      name: 'Año Nuevo',
      nameEn: "New Year's Day",
      kind: 'holiday',
    });
    // Ley 2578 de 2026: 9 July, moved to Monday the 13th.
    expect(items.some((d) => d.date === '2026-07-13' && d.kind === 'holiday')).toBe(true);
    expect(items).toContainEqual({
      date: '2026-12-24',
      name: 'Cierre de fin de año',
      nameEn: 'Cierre de fin de año',
      kind: 'closure',
    });
    expect(items.some((d) => d.date.startsWith('2027'))).toBe(false);
  });

  it.each([
    ['year=1900', 'YEAR_OUT_OF_RANGE'],
    ['year=abc', 'VALIDATION_FAILED'],
    ['year=2026.5', 'VALIDATION_FAILED'],
    ['', 'VALIDATION_FAILED'],
  ])('refuses ?%s with %s', async (query, code) => {
    const response = await harness().app.inject({
      method: 'GET',
      url: `/api/v1/calendar/holidays?${query}`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe(code);
  });
});
