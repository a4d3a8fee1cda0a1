/**
 * Inbound e-mail (issue 4): one row per message received, whatever became of it — attached to a
 * ticket, opened one, kept for an agent to review, or ignored as automatic. The pair
 * (Message-ID, sender) is unique, so a message the sending server delivers again (after a 451,
 * or after our "250" was lost) is recognised and filed once. The raw bytes live in a file
 * beside the database (`<dataDir>/inbound/<id>.eml`), written and fsynced before the row.
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

const instant = 'bigint' as const;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('inbound_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull())
    // The From address, lower-cased ('' when the message names none).
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('sender_name', 'text', (c) => c.notNull())
    // MAIL FROM; null for the null reverse-path <> (bounces).
    .addColumn('envelope_from', 'text')
    // JSON array of the RCPT TO addresses.
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('received_at', instant, (c) => c.notNull())
    // 'received' while being filed, then attached | courtesy | follow_up | opened | review | ignored.
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('ticket_id', 'text', (c) => c.references('tickets.id'))
    // JSON object: what an agent needs to understand the outcome (the number a subject named…).
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('raw_key', 'text', (c) => c.notNull())
    .addColumn('raw_size', 'integer', (c) => c.notNull())
    // While a delivery files the message; a crashed one's claim lapses and a retry resumes.
    .addColumn('claimed_until', instant)
    .execute();
  await db.schema
    .createIndex('inbound_messages_message_sender_unique')
    .on('inbound_messages')
    .columns(['message_id', 'sender'])
    .unique()
    .execute();
  // The agents' review list: one outcome, newest first (ids are time-ordered).
  await db.schema
    .createIndex('inbound_messages_outcome')
    .on('inbound_messages')
    .columns(['outcome', 'id'])
    .execute();
  await db.schema
    .createIndex('inbound_messages_ticket')
    .on('inbound_messages')
    .column('ticket_id')
    .execute();
}
