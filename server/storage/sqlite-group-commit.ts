/**
 * Group commit for SQLite. Every acknowledged write must be fsynced (synchronous=FULL), and one
 * fsync per request would cap ticket creation at the disk's sync rate. Writes that arrive
 * together run one after another inside one transaction, each in its own savepoint (a failing
 * write rolls back alone), and one COMMIT — one fsync — makes the whole group durable before any
 * of them is acknowledged.
 */

import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

type Work<T> = (trx: Kysely<Database>) => Promise<T>;

/** What a write's commit must survive (db.ts TransactionOptions). */
export type Survives = 'power-cut' | 'process-crash';

interface Pending {
  readonly work: Work<unknown>;
  readonly survives: Survives;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** At most this many writes share a commit, so one group cannot hold readers back for long. */
const MAX_GROUP = 64;

export class SqliteGroupCommit {
  private queue: Pending[] = [];
  private draining = false;
  /** The connection's `synchronous` setting now (the database opens with FULL). */
  private synchronous: 'FULL' | 'NORMAL' = 'FULL';

  constructor(private readonly kysely: Kysely<Database>) {}

  /** Runs `work` in a transaction; resolves only after the commit that includes it. */
  run<T>(work: Work<T>, survives: Survives = 'power-cut'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, survives, resolve: resolve as (value: unknown) => void, reject });
      if (!this.draining) {
        this.draining = true;
        // Let the requests already read from the sockets join this group.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, MAX_GROUP);
        await this.commitGroup(group);
      }
    } finally {
      this.draining = false;
    }
  }

  private async commitGroup(group: Pending[]): Promise<void> {
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      await this.kysely.connection().execute(async (connection) => {
        // In WAL mode NORMAL commits without an fsync and survives a crash of the process, not
        // of the machine; one write in the group that must survive a power cut makes it FULL.
        const synchronous = group.some((pending) => pending.survives === 'power-cut')
          ? 'FULL'
          : 'NORMAL';
        if (synchronous !== this.synchronous) {
          await sql.raw(`pragma synchronous = ${synchronous}`).execute(connection);
          this.synchronous = synchronous;
        }
        await sql`begin immediate`.execute(connection);
        try {
          for (const pending of group) {
            await sql`savepoint write_in_group`.execute(connection);
            try {
              const value = await pending.work(connection);
              await sql`release write_in_group`.execute(connection);
              outcomes.push({ ok: true, value });
            } catch (error) {
              await sql`rollback to write_in_group`.execute(connection);
              await sql`release write_in_group`.execute(connection);
              outcomes.push({ ok: false, error });
            }
          }
          await sql`commit`.execute(connection);
        } catch (error) {
          await sql`rollback`.execute(connection).catch(() => {});
          throw error;
        }
      });
    } catch (error) {
      // The commit itself failed: nothing of the group is durable.
      for (const pending of group) pending.reject(error);
      return;
    }
    group.forEach((pending, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) pending.resolve(outcome.value);
      else pending.reject(outcome?.error);
    });
  }
}
