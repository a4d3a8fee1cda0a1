/**
 * Demo data for a first look (MESA_DEMO=1 on an empty database): the three fictitious customer
 * organizations on 5x8, 6x8 and 7x24 with their contracts, their people and the center's staff
 * (all with DEMO_PASSWORD), and a few tickets at different points of their life, written through
 * the real use cases so their deadlines are what mesa would compute.
 */

import type { Actor } from '../app/actor.js';
import { OPERATOR } from '../app/identity/operator.js';
import { actorOf } from '../app/identity/user.js';
import type { Services } from '../app/services.js';
import { ReferenceContentStore } from '../storage/reference-content.store.js';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './demo-content.js';

export interface DemoAccount {
  readonly email: string;
  readonly role: string;
  readonly organization: string | null;
}

/** Loads the demo when no organization exists yet; returns the accounts (empty if skipped). */
export async function loadDemoData(services: Services): Promise<DemoAccount[]> {
  const { db } = services.deps;
  if (await new ReferenceContentStore().hasOrganizations(db.kysely)) return [];
  const organizationIds = new Map<string, string>();
  for (const demo of DEMO_ORGANIZATIONS) {
    const organization = await services.organizations.create(OPERATOR, { name: demo.name });
    organizationIds.set(demo.key, organization.id);
    const { contract } = demo;
    await services.organizations.addContract(OPERATOR, organization.id, {
      modality: contract.modality,
      services: contract.services,
      validFrom: contract.validFrom,
      validTo: contract.validTo,
      onSite: contract.onSite,
      coveredPlatforms: contract.coveredPlatforms,
    });
  }
  const actors = new Map<string, Actor>();
  for (const user of DEMO_USERS) {
    const organizationId =
      user.organizationKey === null ? null : organizationIds.get(user.organizationKey);
    const created = await services.users.create(OPERATOR, {
      email: user.email,
      name: user.name,
      password: DEMO_PASSWORD,
      role: user.role,
      organizationId: organizationId ?? null,
      language: user.language,
    });
    actors.set(user.key, actorOf(created));
  }
  await loadDemoTickets(services, (key) => {
    const actor = actors.get(key);
    if (!actor) throw new Error(`demo user ${key} is missing`);
    return actor;
  });
  return DEMO_USERS.map((user: DemoUser) => ({
    email: user.email,
    role: user.role,
    organization: DEMO_ORGANIZATIONS.find((o) => o.key === user.organizationKey)?.name ?? null,
  }));
}

/** A handful of tickets: new, diagnosed, waiting on the customer, solution proposed, closed. */
async function loadDemoTickets(services: Services, as: (key: string) => Actor): Promise<void> {
  const { tickets } = services;
  const agent = as(staffKey('agent'));
  const fresh = await tickets.register(as('guaduales-user'), {
    subject: 'Sin conexión a Internet en la sede principal',
    description:
      'Desde las 8 de la mañana ningún equipo de la sede principal navega. Los equipos están encendidos y el enrutador muestra luces normales.',
    impact: 'medium',
    checklist: [
      { item: 'infrastructure_changes', answer: 'no' },
      { item: 'equipment_powered_on', answer: 'yes' },
      { item: 'connectivity', answer: 'no', note: 'El ping a 8.8.8.8 no responde' },
    ],
  });
  await tickets.assign(agent, fresh.ticket.id, agent.userId);

  const waiting = await tickets.register(as('santa-brigida-user'), {
    subject: 'El correo no sincroniza en los celulares',
    description: 'Los usuarios del área comercial no reciben correo en sus celulares desde ayer.',
    impact: 'low',
  });
  await tickets.postMessage(agent, waiting.ticket.id, {
    kind: 'info_request',
    body: 'Por favor envíenos una captura del error y el modelo de los celulares afectados.',
  });

  const proposed = await tickets.register(as('aburra-norte-user'), {
    subject: 'Cambio de regla en el firewall para la VPN de proveedores',
    description:
      'Necesitamos habilitar el acceso VPN del proveedor de nómina a la red 10.20.0.0/24.',
    impact: 'change',
  });
  await tickets.postMessage(agent, proposed.ticket.id, {
    kind: 'diagnosis',
    body: 'La regla solicitada no existe; se creará una política específica para el proveedor.',
  });
  await tickets.postMessage(agent, proposed.ticket.id, {
    kind: 'solution',
    body: 'Se creó la política VPN-PROVEEDOR-NOMINA. Por favor confirme que el proveedor ya conecta.',
  });

  const closed = await tickets.register(as('guaduales-admin'), {
    subject: 'Impresora de facturación fuera de línea',
    description: 'La impresora de facturación aparece fuera de línea en todos los equipos.',
    impact: 'low',
  });
  await tickets.postMessage(agent, closed.ticket.id, {
    kind: 'diagnosis',
    body: 'La impresora perdió su dirección IP fija tras un corte de energía.',
  });
  await tickets.postMessage(agent, closed.ticket.id, {
    kind: 'solution',
    body: 'Se reasignó la IP 192.168.1.50 y se reservó en el DHCP.',
  });
  await tickets.accept(as('guaduales-admin'), closed.ticket.id);
}

function staffKey(role: 'agent'): string {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo ${role}`);
  return user.key;
}
