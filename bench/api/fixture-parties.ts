/**
 * The organizations, contracts and people of the benchmark's dataset: twenty customer
 * organizations on the three modalities (one "big" one holding a third of the tickets, the
 * others sharing the rest by a Zipf law), their customers, and the center's agents. Rows are
 * shaped exactly as the schema stores them (schema.ts).
 */

import { newId } from '../../server/app/ids.js';
import type { Modality, Service } from '../../server/domain/sla/contract-terms.js';
import type {
  ContractsTable,
  OrganizationsTable,
  UsersTable,
} from '../../server/storage/schema.js';
import { ZipfSampler } from './vocabulary.js';

const ORGANIZATION_NAMES = [
  'Clínica Santa Brígida del Eje S.A.S.',
  'Transportes Los Guaduales S.A.S.',
  'Confecciones Aburrá Norte S.A.',
  'Cooperativa Cafetera del Quindío',
  'Alcaldía de San Jerónimo',
  'Colegio Nuestra Señora de la Candelaria',
  'Distribuidora Andina de Alimentos S.A.S.',
  'Laboratorios Farmacéuticos del Valle',
  'Hotel Campestre La Ceiba',
  'Constructora Bahía Solano S.A.',
  'Fondo de Empleados Santa Marta',
  'Agroindustrias El Porvenir S.A.S.',
  'Universidad Tecnológica del Sinú',
  'Centro Médico Los Almendros',
  'Inversiones Montecristo Ltda.',
  'Notaría Cuarta de Manizales',
  'Ferretería El Tornillo Feliz',
  'Cooperativa de Ahorro Tequendama',
  'Textiles Río Negro S.A.',
  'Fundación Semillas del Magdalena',
] as const;

const MODALITIES: readonly Modality[] = ['5x8', '6x8', '7x24'];
const SERVICE_SETS: readonly (readonly Service[])[] = [
  ['support'],
  ['support', 'monitoring'],
  ['support', 'administration', 'monitoring', 'managed'],
];
/** Share of all tickets held by the first organization. */
const BIG_ORGANIZATION_SHARE = 1 / 3;
const AGENT_COUNT = 14;

export interface BenchOrganization {
  readonly row: OrganizationsTable;
  readonly contract: ContractsTable;
  readonly modality: Modality;
  readonly services: readonly Service[];
  readonly customerIds: readonly string[];
}

export interface BenchParties {
  readonly organizations: readonly BenchOrganization[];
  readonly users: readonly UsersTable[];
  readonly agentIds: readonly string[];
  /** Picks an organization for a ticket by its share of tickets. */
  pickOrganization(u: number): BenchOrganization;
}

/** Builds the parties; `createdAt` is when they were registered (before every ticket). */
export function buildParties(createdAt: number, random: () => number): BenchParties {
  const users: UsersTable[] = [];
  const organizations = ORGANIZATION_NAMES.map((name, index): BenchOrganization => {
    const id = newId(createdAt);
    const modality = MODALITIES[index % MODALITIES.length] as Modality;
    const services = SERVICE_SETS[index % SERVICE_SETS.length] as readonly Service[];
    const customerCount = index === 0 ? 60 : 4 + Math.floor(random() * 16);
    const domain = `${slug(name)}.example`;
    const customerIds: string[] = [];
    for (let i = 0; i < customerCount; i++) {
      const user = userRow(createdAt, {
        email: `cliente${i + 1}@${domain}`,
        name: `Cliente ${i + 1} de ${name}`,
        role: i === 0 ? 'customer_admin' : 'customer',
        organizationId: id,
      });
      users.push(user);
      customerIds.push(user.id);
    }
    return {
      row: { id, name, created_at: createdAt, updated_at: createdAt },
      contract: {
        id: newId(createdAt),
        organization_id: id,
        modality,
        services: JSON.stringify(services),
        on_site: services.includes('managed') ? 1 : 0,
        on_site_city: services.includes('managed') ? 'Medellín' : null,
        covered_platforms: JSON.stringify(['Firewall Fortinet', 'Red LAN', 'Servidores']),
        // Valid since before the oldest ticket and open-ended, so the POST benchmark can register.
        valid_from: '2020-01-01',
        valid_to: null,
        created_at: createdAt,
      },
      modality,
      services,
      customerIds,
    };
  });
  const agentIds: string[] = [];
  for (let i = 0; i < AGENT_COUNT; i++) {
    const user = userRow(createdAt, {
      email: `agente${i + 1}@mesa.example`,
      name: `Agente ${i + 1}`,
      role: i < 2 ? 'supervisor' : 'agent',
      organizationId: null,
    });
    users.push(user);
    agentIds.push(user.id);
  }
  const others = new ZipfSampler(organizations.slice(1), 1.0);
  const big = organizations[0] as BenchOrganization;
  return {
    organizations,
    users,
    agentIds,
    pickOrganization: (u) =>
      u < BIG_ORGANIZATION_SHARE
        ? big
        : others.pick((u - BIG_ORGANIZATION_SHARE) / (1 - BIG_ORGANIZATION_SHARE)),
  };
}

function userRow(
  createdAt: number,
  user: { email: string; name: string; role: string; organizationId: string | null },
): UsersTable {
  return {
    id: newId(createdAt),
    email: user.email,
    name: user.name,
    role: user.role,
    organization_id: user.organizationId,
    // The dataset's people never sign in; the benchmark's own accounts get tokens (accounts.ts).
    password_hash: null,
    active: 1,
    language: 'es',
    created_at: createdAt,
    updated_at: createdAt,
  };
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
