/**
 * The benchmark's dataset, the same on SQLite and PostgreSQL: parties and tickets bulk-loaded
 * through a RowSink, then the full-text index built by the app's own indexer
 * (`SearchIndexStore.indexBatch`) from the search queue, exactly as a running server would.
 */

import { ticketSeq } from '../../server/app/tickets/ticket.js';
import type { Db } from '../../server/storage/db.js';
import { SearchIndexStore } from '../../server/storage/search-index.store.js';
import { formatCount } from '../measure.js';
import { mulberry32 } from '../prng.js';
import type { RowSink } from './bulk-insert.js';
import { buildParties } from './fixture-parties.js';
import { TicketFixture, type TicketFixtureSummary } from './fixture-tickets.js';
import { TicketText } from './vocabulary.js';

const SEED = 20_260_301;
const DAY = 86_400_000;
/** Tickets span three years back from the build. */
const SPAN_MS = 3 * 365 * DAY;
/** Tickets per bulk transaction. */
const TICKETS_PER_TRANSACTION = 20_000;
/** Tickets queued for indexing at once, then indexed in batches by the app's indexer. */
const QUEUE_CHUNK = 20_000;
const INDEX_BATCH = 2_000;
/** Rows per queue insert (two parameters each; SQLite's limit is 32,766). */
const QUEUE_ROWS_PER_INSERT = 5_000;

export interface DatasetInfo {
  readonly tickets: number;
  /** When it was built: tickets end just before it. */
  readonly builtAt: number;
  readonly bigOrganizationId: string;
  /** The `seq` of the newest ticket loaded: anything above was written by a benchmark run. */
  readonly lastSeq: number;
  readonly organizations: number;
  readonly users: number;
  readonly messages: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly loadMs: number;
  readonly indexMs: number;
}

export type Progress = (line: string) => void;

/** Bulk-loads parties, tickets, messages and ticket counters; returns what it wrote. */
export async function loadRows(
  sink: RowSink,
  count: number,
  now: number,
  progress: Progress,
): Promise<Omit<DatasetInfo, 'indexMs' | 'loadMs'> & { summary: TicketFixtureSummary }> {
  const random = mulberry32(SEED);
  const parties = buildParties(now - SPAN_MS - DAY, random);
  await sink.transaction(async () => {
    await sink.insert(
      'organizations',
      parties.organizations.map((o) => o.row),
    );
    await sink.insert(
      'contracts',
      parties.organizations.map((o) => o.contract),
    );
    await sink.insert('users', parties.users);
  });
  const fixture = new TicketFixture({
    count,
    now,
    spanMs: SPAN_MS,
    parties,
    text: new TicketText(random),
    random,
  });
  let loaded = 0;
  for (const batch of fixture.batches(TICKETS_PER_TRANSACTION)) {
    await sink.transaction(async () => {
      await sink.insert('tickets', batch.tickets);
      await sink.insert('messages', batch.messages);
    });
    loaded += batch.tickets.length;
    if (loaded % 200_000 === 0) progress(`  ${formatCount(loaded)} tickets loaded`);
  }
  const summary = fixture.summary();
  // The app allocates numbers from these counters: new tickets must follow the loaded ones.
  await sink.transaction(() => sink.insert('ticket_counters', summary.counters));
  return {
    tickets: count,
    builtAt: now,
    bigOrganizationId: (parties.organizations[0] as { row: { id: string } }).row.id,
    lastSeq: Math.max(...summary.counters.map((c) => ticketSeq(c.year, c.last_number))),
    organizations: parties.organizations.length,
    users: parties.users.length,
    messages: summary.messages,
    byStatus: summary.byStatus,
    summary,
  };
}

/**
 * Queues every ticket for search (as each write of the app does) a chunk at a time and lets
 * the app's indexer drain the queue; `workers` indexers run at once (PostgreSQL's claim skips
 * rows locked by another, SQLite has one writer so one is enough).
 */
export async function buildSearchIndex(db: Db, workers: number, progress: Progress): Promise<void> {
  const store = new SearchIndexStore(db);
  let afterSeq = 0;
  let indexed = 0;
  for (;;) {
    const rows = await db.kysely
      .selectFrom('tickets')
      .select(['id', 'seq', 'updated_at'])
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(QUEUE_CHUNK)
      .execute();
    const last = rows.at(-1);
    if (!last) break;
    afterSeq = last.seq;
    for (let i = 0; i < rows.length; i += QUEUE_ROWS_PER_INSERT) {
      await db.kysely
        .insertInto('search_queue')
        .values(
          rows
            .slice(i, i + QUEUE_ROWS_PER_INSERT)
            .map((r) => ({ ticket_id: r.id, queued_at: r.updated_at })),
        )
        .execute();
    }
    const drain = async (): Promise<void> => {
      while ((await store.indexBatch(INDEX_BATCH)) > 0) {}
    };
    await Promise.all(Array.from({ length: workers }, drain));
    const before = indexed;
    indexed += rows.length;
    if (Math.floor(indexed / 200_000) > Math.floor(before / 200_000)) {
      progress(`  ${formatCount(indexed)} tickets indexed`);
    }
  }
}
