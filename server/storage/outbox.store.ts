/**
 * The outbox (schema.ts OutboxTable): e-mails written in the transaction of the change that
 * causes them, claimed by a dispatcher with a lease, marked sent or retried with backoff.
 */

import { sql } from 'kysely';
import type { Instant } from '../domain/time/instant.js';
import { bulkInserter } from './bulk-insert.js';
import type { DialectName, Executor } from './db.js';
import type { OutboxRow, OutboxTable } from './schema.js';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

const insertOutboxRows = bulkInserter('outbox', {
  id: true,
  message_id: true,
  kind: true,
  ticket_id: true,
  recipient_user_id: true,
  recipient_email: true,
  recipient_name: true,
  language: true,
  payload: true,
  status: true,
  attempts: true,
  next_attempt_at: true,
  claimed_until: true,
  last_error: true,
  created_at: true,
  sent_at: true,
});

export class OutboxStore {
  constructor(private readonly dialect: DialectName) {}

  async insert(ex: Executor, rows: readonly OutboxTable[]): Promise<void> {
    await insertOutboxRows(ex, rows);
  }

  /**
   * Leases up to `limit` pending messages due at `now` until `leaseUntil`, counting the attempt.
   * A message leased by a dispatcher that then died is due again once its lease ends. On
   * PostgreSQL concurrent dispatchers skip each other's rows (`for update skip locked`); SQLite
   * has one writer.
   */
  async claimDue(
    ex: Executor,
    now: Instant,
    leaseUntil: Instant,
    limit: number,
  ): Promise<OutboxRow[]> {
    const due = ex
      .selectFrom('outbox')
      .select('id')
      // A literal, not a parameter: only then may the planner use the partial index.
      .where('status', '=', sql.lit('pending'))
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]))
      .orderBy('next_attempt_at')
      .limit(limit)
      .$if(this.dialect === 'postgres', (qb) => qb.forUpdate().skipLocked());
    return ex
      .updateTable('outbox')
      .set({ claimed_until: leaseUntil, attempts: sql`attempts + 1` })
      .where('id', 'in', due)
      .returningAll()
      .execute();
  }

  async markSent(ex: Executor, ids: readonly string[], at: Instant): Promise<void> {
    if (ids.length === 0) return;
    await ex
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: at, claimed_until: null, last_error: null })
      .where('id', 'in', ids)
      .execute();
  }

  async scheduleRetry(
    ex: Executor,
    id: string,
    nextAttemptAt: Instant,
    error: string,
  ): Promise<void> {
    await ex
      .updateTable('outbox')
      .set({ next_attempt_at: nextAttemptAt, claimed_until: null, last_error: error })
      .where('id', '=', id)
      .execute();
  }

  async markFailed(ex: Executor, id: string, error: string): Promise<void> {
    await ex
      .updateTable('outbox')
      .set({ status: 'failed', claimed_until: null, last_error: error })
      .where('id', '=', id)
      .execute();
  }

  /** Puts a failed message back in line (an admin retries it after fixing the cause). */
  async requeue(ex: Executor, id: string, at: Instant): Promise<boolean> {
    const result = await ex
      .updateTable('outbox')
      .set({ status: 'pending', next_attempt_at: at, claimed_until: null, attempts: 0 })
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  async find(ex: Executor, id: string): Promise<OutboxRow | null> {
    return (
      (await ex.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
    );
  }

  /** Newest first, after the cursor (an id: ids are time-ordered UUIDv7). */
  async list(
    ex: Executor,
    filter: { readonly status?: OutboxStatus; readonly ticketId?: string },
    limit: number,
    before?: string,
  ): Promise<OutboxRow[]> {
    return ex
      .selectFrom('outbox')
      .selectAll()
      .$if(filter.status !== undefined, (qb) => qb.where('status', '=', filter.status ?? ''))
      .$if(filter.ticketId !== undefined, (qb) => qb.where('ticket_id', '=', filter.ticketId ?? ''))
      .$if(before !== undefined, (qb) => qb.where('id', '<', before ?? ''))
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  /** Counts by status: the admin view's summary and the health of the mail channel. */
  async countByStatus(ex: Executor): Promise<Record<OutboxStatus, number>> {
    const rows = await ex
      .selectFrom('outbox')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy('status')
      .execute();
    const counts: Record<OutboxStatus, number> = { pending: 0, sent: 0, failed: 0 };
    for (const row of rows) counts[row.status as OutboxStatus] = Number(row.count);
    return counts;
  }

  /** The ticket an e-mail of ours was about, by the Message-IDs a reply refers to. */
  async ticketOfMessageIds(ex: Executor, messageIds: readonly string[]): Promise<string | null> {
    if (messageIds.length === 0) return null;
    const row = await ex
      .selectFrom('outbox')
      .select('ticket_id')
      .where('message_id', 'in', messageIds)
      .where('ticket_id', 'is not', null)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row?.ticket_id ?? null;
  }
}
