/**
 * On-site support and preventive maintenance (SPEC §8): the travel times by city an admin
 * edits, visits to a ticket's customer, and the maintenance windows of covered equipment. One
 * definition for SQLite and PostgreSQL (partial indexes exist in both).
 */

import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

const instant = 'bigint' as const;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('travel_times')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('city', 'text', (c) => c.notNull())
    // matchKey(city): "Medellin" and "medellín" are one row.
    .addColumn('city_key', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    // 1 for the shipped example values, 0 once an admin has set the table.
    .addColumn('example', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('travel_times_city_unique')
    .on('travel_times')
    .column('city_key')
    .unique()
    .execute();

  await db.schema
    .createTable('visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('technician_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    // The city and travel time as they were when the visit was scheduled.
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('travel_minutes', 'integer', (c) => c.notNull())
    .addColumn('travel_time_example', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('scheduled_by', 'text', (c) => c.references('users.id'))
    .addColumn('scheduled_at', instant, (c) => c.notNull())
    .addColumn('planned_arrival_at', instant, (c) => c.notNull())
    .addColumn('departed_at', instant)
    .addColumn('arrived_at', instant)
    .addColumn('completed_at', instant)
    .addColumn('cancelled_at', instant)
    .addColumn('outcome', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('visits_by_ticket')
    .on('visits')
    .columns(['ticket_id', 'scheduled_at'])
    .execute();
  await db.schema
    .createIndex('visits_by_organization')
    .on('visits')
    .columns(['organization_id', 'scheduled_at'])
    .execute();
  await db.schema
    .createIndex('visits_by_technician')
    .on('visits')
    .columns(['technician_id', 'scheduled_at'])
    .execute();
  await db.schema.createIndex('visits_by_time').on('visits').column('scheduled_at').execute();
  // At most one visit under way per ticket, even when two agents schedule at once.
  await db.schema
    .createIndex('visits_one_active_per_ticket')
    .on('visits')
    .column('ticket_id')
    .unique()
    .where(sql.ref('status'), 'in', ['scheduled', 'on_the_way', 'on_site'])
    .execute();

  await db.schema
    .createTable('maintenance_windows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    // As the contract lists it; the key (matchKey) is what lookups compare.
    .addColumn('equipment', 'text', (c) => c.notNull())
    .addColumn('equipment_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('starts_at', instant, (c) => c.notNull())
    .addColumn('ends_at', instant, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('cancelled_at', instant)
    .addColumn('cancelled_by', 'text', (c) => c.references('users.id'))
    .addColumn('cancel_reason', 'text')
    // Set once when the day-before reminder is queued, so it is queued once.
    .addColumn('reminder_queued_at', instant)
    .execute();
  // The calendar of an organization, and the equipment lookups (overlaps, monitoring alerts).
  await db.schema
    .createIndex('maintenance_windows_by_organization')
    .on('maintenance_windows')
    .columns(['organization_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('maintenance_windows_by_equipment')
    .on('maintenance_windows')
    .columns(['organization_id', 'equipment_key', 'starts_at'])
    .execute();
  // The reminder sweep and the center-wide calendar.
  await db.schema
    .createIndex('maintenance_windows_by_start')
    .on('maintenance_windows')
    .column('starts_at')
    .execute();
  // Monitoring alerts for equipment inside a window in force: recorded here instead of
  // opening a ticket (SPEC §8); the alert as the monitoring system sent it.
  await db.schema
    .createTable('maintenance_window_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('window_id', 'text', (c) => c.notNull().references('maintenance_windows.id'))
    .addColumn('alert_key', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('equipment', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('received_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('maintenance_window_alerts_by_window')
    .on('maintenance_window_alerts')
    .columns(['window_id', 'received_at'])
    .execute();
  // One row per equipment, bumped by every window write of it: two requests for the same
  // equipment serialize on it (a row lock on PostgreSQL, the writer lock on SQLite), so the
  // overlap check cannot race.
  await db.schema
    .createTable('maintenance_equipment_locks')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('equipment_key', 'text', (c) => c.notNull())
    .addColumn('writes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('maintenance_equipment_locks_pk', ['organization_id', 'equipment_key'])
    .execute();
}
