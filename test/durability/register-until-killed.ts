/**
 * Child process of crash-durability.test.ts: registers tickets as fast as it can on the
 * database at argv[2] (SQLite path or postgres URL + schema in argv[3]) and prints each
 * acknowledged ticket number, until it is killed.
 */

import { TestClock } from '../../server/app/clock.js';
import { OPERATOR } from '../../server/app/identity/operator.js';
import { actorOf } from '../../server/app/identity/user.js';
import { createServices } from '../../server/app/services.js';
import { openDatabase } from '../../server/storage/db.js';
import { migrateToLatest } from '../../server/storage/migrate.js';

const [target = '', schema] = process.argv.slice(2);
const db = openDatabase(
  target.startsWith('postgres')
    ? { kind: 'postgres', url: target, ...(schema ? { schema } : {}) }
    : { kind: 'sqlite', path: target },
);
await migrateToLatest(db);
const clock = new TestClock();
clock.set(Date.parse('2026-03-16T15:00:00Z'));
const services = createServices({
  db,
  clock,
  dataDir: '/tmp',
  passwordCost: { N: 1024, r: 8, p: 1 },
});
const organization = await services.organizations.create(OPERATOR, { name: 'Durable S.A.S.' });
await services.organizations.addContract(OPERATOR, organization.id, {
  modality: '7x24',
  services: ['support'],
  validFrom: '2026-01-01',
});
const customer = actorOf(
  await services.users.create(OPERATOR, {
    email: 'durable@example.com',
    name: 'Durable',
    password: 'contraseña-larga-2026',
    role: 'customer',
    organizationId: organization.id,
  }),
);
process.stdout.write('ready\n');
// Eight writers at once, so acknowledged writes come from shared (group) commits too.
await Promise.all(
  Array.from({ length: 8 }, async () => {
    for (;;) {
      const { ticket } = await services.tickets.register(customer, {
        subject: 'Prueba de durabilidad',
        description: 'Escrito antes de un corte',
        impact: 'low',
      });
      process.stdout.write(`${ticket.number}\n`);
    }
  }),
);
