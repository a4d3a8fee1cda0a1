/**
 * The day-before reminder of a maintenance window (SPEC §8): once per window, to who asked for
 * it and the organization's customer admins, whatever the number of passes; not before the day.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  useHarness,
} from '../../test/support/harness.js';
import { OPERATOR } from '../app/identity/operator.js';
import { actorOf } from '../app/identity/user.js';
import { parseInstant } from '../domain/time/instant.js';

const at = (local: string) => parseInstant(`${local}-05:00`);

describeEachDatabase('maintenance reminders', (database) => {
  const harness = useHarness(database, { start: '2026-03-16T10:00:00-05:00' });
  let adminEmail: string;
  let colleagueEmail: string;

  beforeAll(async () => {
    harness().clock.freeze();
  });

  it('reminds once, the day before, the requester and the customer admins', async () => {
    const h = harness();
    const org = await createOrganization(h, 'Clínica del Norte');
    await createContract(h, org.id, { modality: '5x8', coveredPlatforms: ['Firewall perimetral'] });
    const admin = await createUser(h, { role: 'customer_admin', organizationId: org.id });
    const colleague = await createUser(h, { role: 'customer_admin', organizationId: org.id });
    adminEmail = admin.email;
    colleagueEmail = colleague.email;
    const window = await h.services.maintenanceWindows.request(actorOf(admin), {
      equipment: 'Firewall perimetral',
      title: 'Actualización de firmware',
      startsAt: at('2026-03-18T09:00:00'),
      endsAt: at('2026-03-18T11:00:00'),
    });
    const reminders = async () =>
      (await h.services.outbox.list(OPERATOR, {}, { limit: 100 })).items.filter(
        (m) => m.kind === 'maintenance_reminder',
      );

    h.clock.set(at('2026-03-17T08:59:00'));
    expect(await h.services.maintenanceReminders.remindDue()).toBe(0);
    expect(await reminders()).toHaveLength(0);

    h.clock.set(at('2026-03-17T09:00:00'));
    expect(await h.services.maintenanceReminders.remindDue()).toBe(1);
    h.clock.set(at('2026-03-17T12:00:00'));
    expect(await h.services.maintenanceReminders.remindDue()).toBe(0);
    const sent = await reminders();
    expect(sent.map((m) => m.recipient.email).sort()).toEqual([adminEmail, colleagueEmail].sort());
    expect(sent.every((m) => m.ticketId === null)).toBe(true);
    const eml = (await h.services.outbox.eml(OPERATOR, sent[0]?.id ?? '')).toString('utf8');
    expect(eml).toContain(window.id);
  });
});
