/** The demo and the reference content, loaded through the real use cases into a real database. */

import { expect, it } from 'vitest';
import { describeEachDatabase, useHarness } from '../../test/support/harness.js';
import { OPERATOR } from '../app/identity/operator.js';
import { DEMO_ORGANIZATIONS, DEMO_USERS, PHONE_DIRECTORY } from './demo-content.js';
import { loadDemoData } from './load-demo-data.js';
import { seedReferenceContent } from './seed-reference-content.js';

describeEachDatabase('demo data', (database) => {
  const harness = useHarness(database);

  it('seeds the directory and FAQ once, never over an admin’s edits', async () => {
    const h = harness();
    expect(await seedReferenceContent(h.db, h.clock.now())).toEqual(['directory', 'faq']);
    expect(await seedReferenceContent(h.db, h.clock.now())).toEqual([]);
    const directory = await h.services.directory.list();
    expect(directory).toHaveLength(PHONE_DIRECTORY.cities.length + 1);
    expect(directory[0]?.phone).toBe('(+57) 2 486 8080');
  });

  it('loads organizations, people and tickets in several states, once', async () => {
    const h = harness();
    const accounts = await loadDemoData(h.services);
    expect(accounts).toHaveLength(DEMO_USERS.length);
    const organizations = await h.services.organizations.list(OPERATOR, {});
    expect(organizations.items.map((o) => o.name).sort()).toEqual(
      DEMO_ORGANIZATIONS.map((o) => o.name).sort(),
    );
    const queue = await h.services.ticketQueries.list(
      { userId: 'operator', role: 'admin', organizationId: null, language: 'es' },
      { limit: 50 },
    );
    expect(new Set(queue.tickets.map((t) => t.life.status))).toEqual(
      new Set(['new', 'waiting_customer', 'solution_proposed', 'closed']),
    );
    expect(await loadDemoData(h.services)).toEqual([]);
  });
});
