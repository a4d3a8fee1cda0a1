/**
 * PUT /api/v1/directory through inject(), on both databases: admins replace the phone
 * directory (national lines first), everyone else is refused, and bad entries are problems.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  describeEachDatabase,
  type SignedInClient,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';
import { seedReferenceContent } from '../../../demo/seed-reference-content.js';

describeEachDatabase('PUT /api/v1/directory', (database) => {
  const harness = useHarness(database);
  let admin: SignedInClient;
  let agent: SignedInClient;

  beforeAll(async () => {
    const h = harness();
    await seedReferenceContent(h.db, h.clock.now());
    admin = await signIn(h, { role: 'admin' });
    agent = await signIn(h, { role: 'agent' });
  });

  const put = (who: SignedInClient | null, payload: object) =>
    harness().app.inject({
      method: 'PUT',
      url: '/api/v1/directory',
      headers: who?.headers ?? {},
      payload,
    });
  const entries = [
    { kind: 'city', label: '  Cali ', labelEn: null, phone: '486 8080' },
    {
      kind: 'national_line',
      label: 'Línea nacional',
      labelEn: 'National line',
      phone: '(+57) 2 486 8080',
    },
    { kind: 'city', label: 'Bogotá', labelEn: '', phone: '745 6928' },
  ];

  it('is replaced by admins only, national lines first', async () => {
    expect((await put(null, { entries })).statusCode).toBe(401);
    expect((await put(agent, { entries })).json().code).toBe('FORBIDDEN');
    const replaced = await put(admin, { entries });
    expect(replaced.statusCode).toBe(200);
    const shown = (await harness().app.inject({ url: '/api/v1/directory' })).json().items;
    expect(replaced.json().items).toEqual(shown);
    expect(
      shown.map((e: { kind: string; label: string; labelEn: string | null }) => [
        e.kind,
        e.label,
        e.labelEn,
      ]),
    ).toEqual([
      ['national_line', 'Línea nacional', 'National line'],
      ['city', 'Cali', null],
      ['city', 'Bogotá', null],
    ]);
  });

  it('refuses blank labels or phones, unknown kinds and an empty directory', async () => {
    const blankLabel = await put(admin, { entries: [{ ...entries[0], label: '   ' }] });
    expect(blankLabel.json().code).toBe('INVALID_NAME');
    const blankPhone = await put(admin, { entries: [{ ...entries[0], phone: ' ' }] });
    expect(blankPhone.json().code).toBe('VALIDATION_FAILED');
    const badKind = await put(admin, { entries: [{ ...entries[0], kind: 'fax' }] });
    expect(badKind.json().code).toBe('VALIDATION_FAILED');
    expect((await put(admin, { entries: [] })).json().code).toBe('VALIDATION_FAILED');
    // Nothing of the refused tables was kept.
    const shown = (await harness().app.inject({ url: '/api/v1/directory' })).json().items;
    expect(shown).toHaveLength(3);
  });
});
