/**
 * Monitoring alerts (issue 4, SPEC §6 "Monitoring"): one row per alert key of an organization,
 * the ticket the key currently feeds, and the counters shown to agents. The unique
 * (organization_id, key) row is also the lock that makes concurrent firings of a new key open
 * one ticket (see monitoring-alert.service.ts).
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

const instant = 'bigint' as const;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('monitoring_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('equipment', 'text')
    .addColumn('ticket_id', 'text', (c) => c.references('tickets.id'))
    .addColumn('previous_ticket_id', 'text', (c) => c.references('tickets.id'))
    .addColumn('tickets_opened', 'integer', (c) => c.notNull())
    .addColumn('fire_count', 'integer', (c) => c.notNull())
    .addColumn('total_fire_count', 'integer', (c) => c.notNull())
    .addColumn('claim_id', 'text')
    .addColumn('claimed_until', instant)
    .addColumn('first_seen_at', instant, (c) => c.notNull())
    .addColumn('last_seen_at', instant, (c) => c.notNull())
    .addColumn('last_fired_at', instant)
    .addColumn('resolved_at', instant)
    .execute();
  await db.schema
    .createIndex('monitoring_alerts_key_unique')
    .on('monitoring_alerts')
    .columns(['organization_id', 'key'])
    .unique()
    .execute();
  // "Which alerts feed this ticket?" (the ticket view, and issue 5's maintenance windows).
  await db.schema
    .createIndex('monitoring_alerts_by_ticket')
    .on('monitoring_alerts')
    .column('ticket_id')
    .execute();
}
