/**
 * Runs the schema migrations with Kysely's migrator (it takes a lock, so several app
 * instances starting at once on PostgreSQL migrate exactly once).
 */

import { type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Db, DialectName } from './db.js';
import * as initial from './migrations/0001-initial.js';
import * as notifications from './migrations/0002-notifications.js';
import * as monitoringAlerts from './migrations/0003-monitoring-alerts.js';
import * as onsiteMaintenance from './migrations/0004-onsite-maintenance.js';
import * as portal from './migrations/0005-portal.js';
import * as inboundMail from './migrations/0006-inbound-mail.js';
import * as satisfaction from './migrations/0007-satisfaction.js';
import * as passwordReset from './migrations/0008-password-reset.js';
import * as faqRetirement from './migrations/0009-faq-retirement.js';
import * as outboxUnusedIndex from './migrations/0010-outbox-unused-index.js';
import * as messagesInOrder from './migrations/0011-messages-in-order.js';

/** Every migration, in order; each `up` receives the dialect for its few dialect-specific objects. */
function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-initial': { up: (db) => initial.up(db, dialect) },
    '0002-notifications': { up: (db) => notifications.up(db) },
    '0003-monitoring-alerts': { up: (db) => monitoringAlerts.up(db) },
    '0004-onsite-maintenance': { up: (db) => onsiteMaintenance.up(db) },
    '0005-portal': { up: (db) => portal.up(db) },
    '0006-inbound-mail': { up: (db) => inboundMail.up(db) },
    '0007-satisfaction': { up: (db) => satisfaction.up(db) },
    '0008-password-reset': { up: (db) => passwordReset.up(db) },
    '0009-faq-retirement': { up: (db) => faqRetirement.up(db) },
    '0010-outbox-unused-index': { up: (db) => outboxUnusedIndex.up(db) },
    '0011-messages-in-order': { up: (db) => messagesInOrder.up(db) },
  };
}

class InCodeMigrations implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrationsFor(this.dialect);
  }
}

/** Applies every pending migration; returns the names applied now. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: new InCodeMigrations(db.dialect),
    migrationTableName: 'mesa_migrations',
    migrationLockTableName: 'mesa_migrations_lock',
    // Kysely looks for its tables in any schema unless told which: name the schema we write to,
    // or a mesa in another schema of the same database would look already migrated.
    ...(db.dialect === 'postgres' ? { migrationTableSchema: await currentSchema(db) } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

async function currentSchema(db: Db): Promise<string> {
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(
    db.kysely,
  );
  const schema = result.rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema (check search_path)');
  return schema;
}
