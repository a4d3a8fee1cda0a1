import { expect, it } from 'vitest';
import { describeEachDatabase, useHarness } from '../../../../test/support/harness.js';

describeEachDatabase('GET /api/v1/directory', (database) => {
  const harness = useHarness(database);

  it('is empty until the directory is loaded', async () => {
    const response = await harness().app.inject({ method: 'GET', url: '/api/v1/directory' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [], nextCursor: null });
  });

  it('lists the entries in the guide’s order, without signing in', async () => {
    const h = harness();
    await h.db.kysely
      .insertInto('directory_entries')
      .values([
        {
          id: 'cali',
          position: 2,
          kind: 'city',
          label: 'Cali',
          label_en: null,
          phone: '(+57) 2 486 8080',
        },
        {
          id: 'nacional',
          position: 1,
          kind: 'national',
          label: 'Línea nacional',
          label_en: 'National line',
          phone: '(+57) 2 486 8080 opción 2',
        },
      ])
      .execute();
    const response = await h.app.inject({ method: 'GET', url: '/api/v1/directory' });
    expect(response.json().items).toEqual([
      {
        id: 'nacional',
        kind: 'national',
        label: 'Línea nacional',
        labelEn: 'National line',
        phone: '(+57) 2 486 8080 opción 2',
      },
      { id: 'cali', kind: 'city', label: 'Cali', labelEn: null, phone: '(+57) 2 486 8080' },
    ]);
  });
});
