/**
 * The notifications schema (issue 4): the transactional outbox, the once-only SLA event rows,
 * the state of deadline recomputation, and the ticket columns the scheduler sweeps.
 */

import { type Kysely, sql } from 'kysely';
import { newReplyToken } from '../../app/tickets/reply-token.js';
import { NO_DEADLINE } from '../ticket-row.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

const instant = 'bigint' as const;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('tickets').addColumn('first_response_near_at', instant).execute();
  await db.schema.alterTable('tickets').addColumn('automatic_update_at', instant).execute();
  await db.schema
    .alterTable('tickets')
    .addColumn('sla_recorded', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('tickets')
    .addColumn('sla_wake_at', instant, (c) => c.notNull().defaultTo(NO_DEADLINE))
    .execute();
  // Nullable only because SQLite cannot add a NOT NULL column without a default; every
  // ticket gets one (below for existing ones, at registration for new ones).
  await db.schema.alterTable('tickets').addColumn('reply_token', 'text').execute();
  const tickets = await db.selectFrom('tickets').select('id').execute();
  for (const { id } of tickets) {
    await db
      .updateTable('tickets')
      .set({ reply_token: newReplyToken() })
      .where('id', '=', id)
      .execute();
  }
  // An inbound reply names its ticket by this token (mail/inbound).
  await db.schema
    .createIndex('tickets_reply_token_unique')
    .on('tickets')
    .column('reply_token')
    .unique()
    .execute();
  // Every table that references tickets has an index on the reference: without one, SQLite's
  // foreign-key checks scan the whole child table on writes of tickets.
  await db.schema
    .createIndex('tickets_by_previous')
    .on('tickets')
    .column('previous_ticket_id')
    .execute();
  // The scheduler's sweep: a range scan of this index up to now.
  await db.schema.createIndex('tickets_sla_wake').on('tickets').column('sla_wake_at').execute();

  await db.schema
    .createTable('sla_events')
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_at', instant, (c) => c.notNull())
    .addColumn('recorded_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('sla_events_pk', ['ticket_id', 'key'])
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.references('tickets.id'))
    .addColumn('recipient_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('recipient_email', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', instant, (c) => c.notNull())
    .addColumn('claimed_until', instant)
    .addColumn('last_error', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('sent_at', instant)
    .execute();
  await db.schema
    .createIndex('outbox_message_id_unique')
    .on('outbox')
    .column('message_id')
    .unique()
    .execute();
  // The dispatcher's scan: only pending rows are in this index, so it stays small.
  await db.schema
    .createIndex('outbox_pending')
    .on('outbox')
    .column('next_attempt_at')
    .where(sql.ref('status'), '=', 'pending')
    .execute();
  await db.schema.createIndex('outbox_by_created').on('outbox').column('created_at').execute();
  await db.schema
    .createIndex('outbox_by_ticket')
    .on('outbox')
    .columns(['ticket_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('sla_policy_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .addColumn('recomputed_generation', 'integer', (c) => c.notNull())
    .execute();
  // Owed from the start: existing open tickets get their new SLA fields on the first run.
  await db
    .insertInto('sla_policy_state')
    .values({ id: 1, generation: 1, recomputed_generation: tickets.length > 0 ? 0 : 1 })
    .execute();
}
