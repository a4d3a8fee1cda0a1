import { expect, it } from 'vitest';
import { describeEachDatabase, useHarness } from '../../test/support/harness.js';
import { findActiveContract } from '../app/identity/organization.service.js';
import { newId } from '../app/ids.js';
import { parseInstant } from '../domain/time/instant.js';
import { OrganizationStore } from './organization.store.js';
import { isUniqueViolation } from './unique-violation.js';

const store = new OrganizationStore();

describeEachDatabase('OrganizationStore', (database) => {
  const harness = useHarness(database);

  async function organizationWithContracts(
    name: string,
    periods: readonly (readonly [string, string | null])[],
  ): Promise<{ id: string; contractIds: string[] }> {
    const h = harness();
    const at = h.clock.now();
    const id = newId(at);
    await store.insert(h.db.kysely, { id, name, createdAt: at, updatedAt: at });
    const contractIds: string[] = [];
    for (const [index, [validFrom, validTo]] of periods.entries()) {
      const contractId = newId(at + index);
      contractIds.push(contractId);
      await store.insertContract(h.db.kysely, {
        id: contractId,
        organizationId: id,
        modality: '5x8',
        services: ['support', 'managed'],
        onSiteCity: index === 0 ? 'Cali' : null,
        coveredPlatforms: ['firewall'],
        validFrom,
        validTo,
        createdAt: at + index,
      });
    }
    return { id, contractIds };
  }

  it('reads back contracts with their lists and on-site city', async () => {
    const h = harness();
    const { id } = await organizationWithContracts('Lectura', [['2026-01-01', null]]);
    const [contract] = await store.listContracts(h.db.kysely, id, null, 10);
    expect(contract).toMatchObject({
      organizationId: id,
      services: ['support', 'managed'],
      onSiteCity: 'Cali',
      coveredPlatforms: ['firewall'],
      validTo: null,
    });
  });

  it('finds the contract in force on the Bogotá date, the most recently started first', async () => {
    const h = harness();
    const { id, contractIds } = await organizationWithContracts('Vigencias', [
      ['2025-01-01', '2025-12-31'],
      ['2026-01-01', null],
      ['2026-03-01', '2026-03-31'],
      ['2027-01-01', null],
    ]);
    const at = (text: string) => parseInstant(text);
    const active = (text: string) =>
      findActiveContract(h.db.kysely, id, at(text)).then((c) => c?.id ?? null);
    expect(await active('2025-06-01T12:00:00-05:00')).toBe(contractIds[0]);
    expect(await active('2026-02-15T12:00:00-05:00')).toBe(contractIds[1]);
    expect(await active('2026-03-15T12:00:00-05:00')).toBe(contractIds[2]);
    // Both ends are inclusive, in Bogotá's calendar: 23:30 on 31 March is still March there
    // (04:30 UTC on 1 April).
    expect(await active('2026-03-31T23:30:00-05:00')).toBe(contractIds[2]);
    expect(await active('2026-04-01T00:00:00-05:00')).toBe(contractIds[1]);
    expect(await active('2024-12-31T23:59:59-05:00')).toBeNull();
  });

  it('answers null for an organization without contracts', async () => {
    const h = harness();
    const { id } = await organizationWithContracts('Sin contrato', []);
    expect(await findActiveContract(h.db.kysely, id, h.clock.now())).toBeNull();
  });

  it('pages contracts by (validFrom, id) descending', async () => {
    const h = harness();
    const { id, contractIds } = await organizationWithContracts('Páginas', [
      ['2024-01-01', '2024-12-31'],
      ['2026-01-01', null],
      ['2025-01-01', '2025-12-31'],
    ]);
    const first = await store.listContracts(h.db.kysely, id, null, 2);
    expect(first.map((c) => c.id)).toEqual([contractIds[1], contractIds[2]]);
    const last = first[1];
    if (last === undefined) throw new Error('expected two contracts');
    const rest = await store.listContracts(h.db.kysely, id, last, 2);
    expect(rest.map((c) => c.id)).toEqual([contractIds[0]]);
  });

  it('refuses a duplicate name with a recognizable unique violation', async () => {
    const h = harness();
    await organizationWithContracts('Única', []);
    const error = await organizationWithContracts('Única', []).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await store.findByName(h.db.kysely, 'Única')).not.toBeNull();
  });
});
