import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '../domain/sla/contract-terms.js';
import {
  DEMO_FAQ,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  PHONE_DIRECTORY,
  TRAVEL_TIMES_EXAMPLE,
  type UserRole,
} from './demo-content.js';

// A copy of the center's attention guide is kept in docs/seed so CI's clean clone has it.
const SEED = new URL('../../docs/seed/000_d850e5639a20b3d9.txt', import.meta.url);
// The guide's one misspelt city; the directory shows the real name (see phone-directory.ts).
const SEED_TYPOS: Readonly<Record<string, string>> = { Ibaqué: 'Ibagué' };

/** The (city, phone) pairs of the guide's "Tabla 2", read from the seed's tab-separated rows. */
function seedCityTable(): { city: string; phone: string }[] {
  const lines = readFileSync(SEED, 'utf8').split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith('CIUDAD\tTELÉFONO'));
  const end = lines.findIndex((line) => line.startsWith('Tabla 2.'));
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const pairs: { city: string; phone: string }[] = [];
  for (const line of lines.slice(start + 1, end)) {
    const cells = line.split('\t').map((cell) => cell.trim());
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const [city, phone] = [cells[i] ?? '', cells[i + 1] ?? ''];
      if (city !== '') pairs.push({ city: SEED_TYPOS[city] ?? city, phone });
    }
  }
  return pairs;
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('demo organizations', () => {
  it('have unique keys, contract keys and e-mail domains', () => {
    expect(duplicates(DEMO_ORGANIZATIONS.map((o) => o.key))).toEqual([]);
    expect(duplicates(DEMO_ORGANIZATIONS.map((o) => o.contract.key))).toEqual([]);
    expect(duplicates(DEMO_ORGANIZATIONS.map((o) => o.emailDomain))).toEqual([]);
  });

  it('cover each modality once, with the services and on-site support of the brief', () => {
    const byModality = Object.fromEntries(
      DEMO_ORGANIZATIONS.map((o) => [o.contract.modality, o.contract]),
    );
    expect(byModality['5x8']).toMatchObject({ services: ['support'], onSite: null });
    expect(byModality['6x8']).toMatchObject({ services: ['support', 'monitoring'], onSite: null });
    expect(byModality['7x24']).toMatchObject({
      services: [...SERVICES],
      onSite: { city: 'Medellín' },
    });
    expect(DEMO_ORGANIZATIONS).toHaveLength(3);
  });

  it('have contracts valid through 2026 and 2027 that cover something', () => {
    for (const { contract } of DEMO_ORGANIZATIONS) {
      expect(contract).toMatchObject({ validFrom: '2026-01-01', validTo: '2027-12-31' });
      expect(contract.coveredPlatforms.length).toBeGreaterThan(0);
      expect(duplicates(contract.services)).toEqual([]);
    }
  });

  it('have a travel time for every on-site city', () => {
    const cities = TRAVEL_TIMES_EXAMPLE.entries.map((entry) => entry.city);
    for (const { contract } of DEMO_ORGANIZATIONS) {
      if (contract.onSite) expect(cities).toContain(contract.onSite.city);
    }
  });
});

describe('demo users', () => {
  it('have unique keys and e-mails (case-insensitively)', () => {
    expect(duplicates(DEMO_USERS.map((u) => u.key))).toEqual([]);
    expect(duplicates(DEMO_USERS.map((u) => u.email.toLowerCase()))).toEqual([]);
  });

  it('belong to existing organizations, with their domain; staff to none', () => {
    const organizations = new Map(DEMO_ORGANIZATIONS.map((o) => [o.key, o]));
    for (const user of DEMO_USERS) {
      const staff = user.role === 'agent' || user.role === 'supervisor' || user.role === 'admin';
      if (staff) {
        expect(user.organizationKey, user.key).toBeNull();
        expect(user.email, user.key).toMatch(/^[a-z.]+@demo\.mesa\.local$/);
      } else {
        const organization = organizations.get(user.organizationKey ?? '');
        expect(organization, user.key).toBeDefined();
        expect(user.email, user.key).toMatch(/^[a-z.]+@[a-z.]+\.example$/);
        expect(user.email.endsWith(`@${organization?.emailDomain}`), user.key).toBe(true);
      }
    }
  });

  it('are exactly a customer admin and a customer per organization, two agents, a supervisor and an admin', () => {
    const roles = (organizationKey: string | null): UserRole[] =>
      DEMO_USERS.filter((u) => u.organizationKey === organizationKey)
        .map((u) => u.role)
        .sort();
    for (const { key } of DEMO_ORGANIZATIONS) {
      expect(roles(key), key).toEqual(['customer', 'customer_admin']);
    }
    expect(roles(null)).toEqual(['admin', 'agent', 'agent', 'supervisor']);
  });

  it('speak Spanish, but for one English-speaking customer', () => {
    const english = DEMO_USERS.filter((u) => u.language === 'en');
    expect(english).toHaveLength(1);
    expect(english[0]?.role).toBe('customer');
    expect(DEMO_USERS.filter((u) => u.language !== 'es' && u.language !== 'en')).toEqual([]);
  });

  it('share a demo password that meets the admin password rule (12+ characters)', () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
  });
});

describe('the phone directory', () => {
  it('has the national line of the guide', () => {
    const seed = readFileSync(SEED, 'utf8');
    const { number, option } = PHONE_DIRECTORY.nationalLine;
    expect(seed).toContain(`${number} opción ${option}`);
  });

  it('has every city of the guide with its number, and nothing else', () => {
    const table = seedCityTable();
    expect(table).toHaveLength(21);
    expect([...PHONE_DIRECTORY.cities].sort(byCity)).toEqual(table.sort(byCity));
  });

  it('lists cities alphabetically, once each', () => {
    const cities = PHONE_DIRECTORY.cities.map((c) => c.city);
    expect(cities).toEqual([...cities].sort((a, b) => a.localeCompare(b, 'es')));
    expect(duplicates(cities)).toEqual([]);
  });
});

describe('the example travel times', () => {
  it('say they are examples and cover the directory cities with positive hours', () => {
    expect(TRAVEL_TIMES_EXAMPLE.example).toBe(true);
    expect(TRAVEL_TIMES_EXAMPLE.note).toMatch(/ejemplo/i);
    expect(TRAVEL_TIMES_EXAMPLE.noteEn).toMatch(/example/i);
    const cities = TRAVEL_TIMES_EXAMPLE.entries.map((e) => e.city);
    expect(cities).toEqual(PHONE_DIRECTORY.cities.map((c) => c.city));
    for (const { city, hours } of TRAVEL_TIMES_EXAMPLE.entries) {
      expect(Number.isFinite(hours) && hours > 0, city).toBe(true);
    }
  });
});

describe('the demo FAQ', () => {
  it('has 8 to 10 articles with unique, URL-safe slugs', () => {
    expect(DEMO_FAQ.length).toBeGreaterThanOrEqual(8);
    expect(DEMO_FAQ.length).toBeLessThanOrEqual(10);
    expect(duplicates(DEMO_FAQ.map((a) => a.slug))).toEqual([]);
    for (const { slug } of DEMO_FAQ) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has a title, a body and tags in every article', () => {
    for (const article of DEMO_FAQ) {
      expect(article.title.trim(), article.slug).not.toBe('');
      expect(article.body.trim().length, article.slug).toBeGreaterThan(100);
      expect(article.tags.length, article.slug).toBeGreaterThan(0);
    }
  });

  it('keeps accented words, precomposed (NFC), for accent-insensitive search to fold', () => {
    const text = DEMO_FAQ.map((a) => `${a.title}\n${a.body}\n${a.tags.join(' ')}`).join('\n');
    expect(text).toContain('conexión');
    expect(text).toContain('configuración');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('quotes the guide: levels, hours and the national line', () => {
    const text = DEMO_FAQ.map((a) => a.body).join('\n');
    for (const fact of [
      '1 hora',
      '4 horas',
      '6 horas',
      'cada 3 horas',
      'cada 8 horas',
      '5x8',
      '6x8',
      '7x24',
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).toContain(`${PHONE_DIRECTORY.nationalLine.number}, opción 2`);
  });
});

function byCity(a: { city: string }, b: { city: string }): number {
  return a.city.localeCompare(b.city, 'es');
}
