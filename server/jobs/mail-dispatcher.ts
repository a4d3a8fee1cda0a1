/**
 * Sends the outbox (issue 4): leases due messages, renders and sends them, marks each sent as
 * soon as the server took it. A failure is retried with exponential backoff; a permanent refusal
 * (5xx) or too many attempts marks it failed, for admins to see. After a crash, a leased message
 * is sent again once its lease ends, under the same Message-ID, so a duplicate is recognisable.
 */

import type { Clock } from '../app/clock.js';
import type { MailConfig } from '../app/notifications/mail-config.js';
import { type MailTransport, PermanentMailError } from '../app/notifications/mail-transport.js';
import type { Instant } from '../domain/time/instant.js';
import { composeOutgoing } from '../mail/outbound/compose-outgoing.js';
import type { Db } from '../storage/db.js';
import type { OutboxStore } from '../storage/outbox.store.js';
import type { OutboxRow } from '../storage/schema.js';
import type { TicketStore } from '../storage/ticket.store.js';
import { PeriodicJob } from './periodic-job.js';

export interface MailDispatcherOptions {
  /** Messages leased per pass. */
  readonly batchSize?: number;
  /** Messages in flight at once (SMTP pool connections are the real limit). */
  readonly concurrency?: number;
  /** How long a lease lasts: longer than any send can take (the transport's timeouts). */
  readonly leaseMs?: number;
  /** Attempts before a message is marked failed. */
  readonly maxAttempts?: number;
  readonly intervalMs?: number;
  readonly onError?: (error: unknown, job: string) => void;
}

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** Backoff after the n-th failed attempt: 30 s, 1 min, 2 min … at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

export class MailDispatcher {
  private readonly job: PeriodicJob;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  /** Sent, not yet marked: marked together, one transaction for all that finished meanwhile. */
  private sentIds: string[] = [];
  private marking: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly outbox: OutboxStore,
    private readonly tickets: TicketStore,
    private readonly transport: MailTransport,
    private readonly config: MailConfig,
    options: MailDispatcherOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 200;
    this.concurrency = options.concurrency ?? 8;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.job = new PeriodicJob(
      {
        name: 'mail-dispatcher',
        intervalMs: options.intervalMs ?? 2_000,
        ...(options.onError ? { onError: options.onError } : {}),
      },
      () => this.dispatchBatch(),
    );
  }

  get transportKind(): MailTransport['kind'] {
    return this.transport.kind;
  }

  start(): void {
    this.job.start();
  }

  kick(): void {
    this.job.kick();
  }

  /** Sends everything due now; resolves with the number of messages handled. */
  flush(): Promise<number> {
    return this.job.flush();
  }

  async stop(): Promise<void> {
    await this.job.stop();
    await this.transport.close();
  }

  /** Leases one batch and sends it; returns how many messages it handled. */
  async dispatchBatch(): Promise<number> {
    const now = this.clock.now();
    // Flushed (the default durability) before anything is sent: this commit makes durable every
    // commit before it, also the scheduler's sweeps, which are not flushed on their own — so no
    // e-mail leaves for a row a power cut could still take back (sla-scheduler.ts).
    const rows = await this.db.transaction((trx) =>
      this.outbox.claimDue(trx, now, now + this.leaseMs, this.batchSize),
    );
    if (rows.length === 0) return 0;
    const tokens = await this.replyTokens(rows);
    let next = 0;
    // A sender sends its next message while the mark of the last one is written, but not
    // before the mark of the one before is: a crash resends at most two messages a sender (the
    // one going out and the one not yet marked), under the same Message-ID.
    const marks: Promise<unknown>[] = [];
    const markFailures: unknown[] = [];
    const worker = async () => {
      let previousMark: Promise<unknown> = Promise.resolve();
      while (next < rows.length) {
        const row = rows[next++] as OutboxRow;
        const { mark } = await this.sendOne(row, tokens.get(row.ticket_id ?? '') ?? null);
        // Caught at once (an unhandled rejection would end the process), reported below.
        const marked = mark.catch((error: unknown) => markFailures.push(error));
        marks.push(marked);
        await previousMark;
        previousMark = marked;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, rows.length) }, worker));
    await Promise.all(marks);
    // Unmarked messages stay leased and go again when the lease ends, same Message-ID.
    if (markFailures.length > 0) throw markFailures[0];
    return rows.length;
  }

  /** Sends one message; resolves, once sent or failed, with the promise of its mark. */
  private async sendOne(
    row: OutboxRow,
    replyToken: string | null,
  ): Promise<{ readonly mark: Promise<void> }> {
    let error: unknown;
    try {
      await this.transport.send(composeOutgoing(row, replyToken, this.config));
    } catch (caught) {
      error = caught;
    }
    if (error === undefined) return { mark: this.recordSent(row.id) };
    await this.recordFailure(row, error);
    return { mark: Promise.resolve() };
  }

  /**
   * Marks a message sent as soon as possible without one commit per message: every message
   * that finished while a marking transaction ran is marked by the next one. A crash loses only
   * the marks of that moment, and those messages go again under the same Message-ID.
   */
  private async recordSent(id: string): Promise<void> {
    this.sentIds.push(id);
    while (this.sentIds.length > 0) {
      if (this.marking) {
        await this.marking;
        continue;
      }
      const ids = this.sentIds;
      this.sentIds = [];
      // Without an fsync of its own (it would block the process for every handful of
      // messages): a mark lost to a power cut resends its message under the same Message-ID.
      this.marking = this.db
        .transaction((trx) => this.outbox.markSent(trx, ids, this.clock.now()), {
          survives: 'process-crash',
        })
        .finally(() => {
          this.marking = null;
        });
      await this.marking;
    }
  }

  private async recordFailure(row: OutboxRow, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    // A payload that cannot be rendered, or a refusal for good, will not get better by waiting.
    const permanent =
      error instanceof PermanentMailError ||
      (error instanceof Error && 'code' in error && error.code === 'INVALID_NOTIFICATION_PAYLOAD');
    await this.db.transaction((trx) =>
      permanent || row.attempts >= this.maxAttempts
        ? this.outbox.markFailed(trx, row.id, message)
        : this.outbox.scheduleRetry(trx, row.id, this.retryAt(row.attempts), message),
    );
  }

  private retryAt(attempts: number): Instant {
    return this.clock.now() + retryDelayMs(attempts);
  }

  private async replyTokens(rows: readonly OutboxRow[]): Promise<Map<string, string>> {
    const ids = rows.map((row) => row.ticket_id).filter((id) => id !== null);
    return this.tickets.replyTokens(this.db.kysely, ids);
  }
}
