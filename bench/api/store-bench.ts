/**
 * Store-level figures: `TicketStore.list` called in process for each list case, one call at a
 * time, so the cost of the SQL alone is known without HTTP (and on PostgreSQL without a
 * server). Also counts how many tickets each case matches, to show the selectivity of the
 * queries (the "very common word" must match more than 10 % of tickets).
 */

import type { Db } from '../../server/storage/db.js';
import { searchCondition } from '../../server/storage/search-dialect.js';
import { TicketStore } from '../../server/storage/ticket.store.js';
import { type ListCase, PAGE_SIZE, storeFilter } from './list-cases.js';
import { type LatencySummary, summarizeLatencies } from './stats.js';

const WARMUP_RUNS = 10;
/** A slow case stops after this long (with at least MIN_RUNS), so one bad plan cannot stall the run. */
const CASE_BUDGET_MS = 30_000;
const MIN_RUNS = 20;

export interface StoreFigure extends LatencySummary {
  readonly key: string;
  readonly runs: number;
  /** Tickets on the first page. */
  readonly pageRows: number;
  /** Tickets the case matches in all. */
  readonly matches: number;
}

/** Times `runs` calls of each case after a short warm-up. */
export async function benchStore(
  db: Db,
  cases: readonly ListCase[],
  runs: number,
): Promise<StoreFigure[]> {
  const store = new TicketStore(db.dialect);
  const figures: StoreFigure[] = [];
  for (const listCase of cases) {
    const filter = storeFilter(listCase);
    const list = () => store.list(db.kysely, filter, { limit: PAGE_SIZE, after: null });
    let pageRows = 0;
    for (let i = 0; i < Math.min(WARMUP_RUNS, runs); i++) pageRows = (await list()).tickets.length;
    const latencies: number[] = [];
    const started = performance.now();
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await list();
      latencies.push(performance.now() - t0);
      if (i + 1 >= MIN_RUNS && performance.now() - started > CASE_BUDGET_MS) break;
    }
    figures.push({
      key: listCase.key,
      runs: latencies.length,
      pageRows,
      matches: await countMatches(db, listCase),
      ...summarizeLatencies(latencies),
    });
  }
  return figures;
}

/** How many tickets a case matches (search: documents in the index; queue: open tickets). */
async function countMatches(db: Db, listCase: ListCase): Promise<number> {
  const filter = storeFilter(listCase);
  if (filter.search) {
    const row = await db.kysely
      .selectFrom('ticket_search')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(searchCondition(db.dialect, filter.search))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  let query = db.kysely
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', [...(listCase.statuses ?? [])]);
  if (listCase.organizationId !== undefined) {
    query = query.where('organization_id', '=', listCase.organizationId);
  }
  return Number((await query.executeTakeFirstOrThrow()).n);
}
