/**
 * The first schema: one definition for SQLite and PostgreSQL. Column types are the portable
 * subset (text, integer, bigint); the full-text index is the one dialect-specific object and
 * comes from `search-dialect.ts`.
 */

import type { Kysely } from 'kysely';
import type { DialectName } from '../db.js';
import { createSearchIndex } from '../search-dialect.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

const instant = 'bigint' as const;

export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('organizations_name_unique')
    .on('organizations')
    .column('name')
    .unique()
    .execute();

  await db.schema
    .createTable('contracts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('on_site', 'integer', (c) => c.notNull())
    .addColumn('on_site_city', 'text')
    .addColumn('covered_platforms', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contracts_by_organization')
    .on('contracts')
    .column('organization_id')
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('password_hash', 'text')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_email_unique').on('users').column('email').unique().execute();
  await db.schema
    .createIndex('users_by_organization')
    .on('users')
    .column('organization_id')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('last_used_at', instant)
    .addColumn('revoked_at', instant)
    .execute();
  await db.schema
    .createIndex('api_tokens_hash_unique')
    .on('api_tokens')
    .column('token_hash')
    .unique()
    .execute();

  await db.schema
    .createTable('impact_levels')
    .addColumn('impact', 'text', (c) => c.primaryKey())
    .addColumn('first_response_minutes', 'integer', (c) => c.notNull())
    .addColumn('notification_interval_minutes', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('closures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('closures_date_unique')
    .on('closures')
    .column('date')
    .unique()
    .execute();

  await db.schema
    .createTable('ticket_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('requester_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assignee_id', 'text', (c) => c.references('users.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('close_cause', 'text')
    .addColumn('checklist', 'text')
    .addColumn('previous_ticket_id', 'text', (c) => c.references('tickets.id'))
    .addColumn('reported_at', instant, (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('closed_at', instant)
    .addColumn('first_responded_at', instant)
    .addColumn('pauses', 'text', (c) => c.notNull())
    .addColumn('paused_since', instant)
    .addColumn('last_agent_update_at', instant)
    .addColumn('held_since', instant)
    .addColumn('waiting_since', instant)
    .addColumn('calendar_id', 'text', (c) => c.notNull())
    .addColumn('clock_starts_at', instant, (c) => c.notNull())
    .addColumn('first_response_due_at', instant)
    .addColumn('first_response_minutes_left', 'double precision')
    .addColumn('next_update_due_at', instant)
    .addColumn('warning_at', instant)
    .addColumn('auto_close_at', instant)
    .addColumn('first_response_breached', 'integer', (c) => c.notNull())
    .addColumn('next_deadline_at', instant)
    .addColumn('call_the_center', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tickets_seq_unique').on('tickets').column('seq').unique().execute();
  await db.schema
    .createIndex('tickets_number_unique')
    .on('tickets')
    .column('number')
    .unique()
    .execute();
  // The queue: open tickets by nearest deadline, globally and per organization or assignee.
  // Closed tickets store the farthest instant and sort last, so a status filter on the open
  // states stops early in these same orders; every index more is paid by every write.
  await db.schema
    .createIndex('tickets_queue')
    .on('tickets')
    .columns(['next_deadline_at', 'seq'])
    .execute();
  await db.schema
    .createIndex('tickets_queue_by_organization')
    .on('tickets')
    .columns(['organization_id', 'next_deadline_at', 'seq'])
    .execute();
  await db.schema
    .createIndex('tickets_queue_by_assignee')
    .on('tickets')
    .columns(['assignee_id', 'next_deadline_at', 'seq'])
    .execute();
  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('messages_by_ticket')
    .on('messages')
    .columns(['ticket_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('message_id', 'text', (c) => c.references('messages.id'))
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attachments_by_ticket')
    .on('attachments')
    .column('ticket_id')
    .execute();

  await db.schema
    .createTable('ticket_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ticket_history_by_ticket')
    .on('ticket_history')
    .columns(['ticket_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute();

  await db.schema
    .createTable('search_queue')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey())
    .addColumn('queued_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('faq_articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('faq_slug_unique')
    .on('faq_articles')
    .column('slug')
    .unique()
    .execute();

  await db.schema
    .createTable('directory_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text')
    .addColumn('phone', 'text', (c) => c.notNull())
    .execute();

  await createSearchIndex(db, dialect);
}
