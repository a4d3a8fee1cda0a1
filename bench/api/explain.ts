/**
 * Query plans of the list cases, as evidence next to the figures: the SQL that
 * `TicketStore.list` really sends (captured from Kysely's log on a connection of our own),
 * explained by the database — EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on PostgreSQL.
 */

import SqliteDatabase from 'better-sqlite3';
import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DialectName } from '../../server/storage/db.js';
import type { Database } from '../../server/storage/schema.js';
import { TicketStore } from '../../server/storage/ticket.store.js';
import { type ListCase, PAGE_SIZE, storeFilter } from './list-cases.js';

export type PlanTarget =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema: string };

/** Explains each case's list query; returns the plan lines by case key. */
export async function explainCases(
  target: PlanTarget,
  cases: readonly ListCase[],
): Promise<Map<string, string[]>> {
  const captured: CompiledQuery[] = [];
  const log = (event: { level: string; query: CompiledQuery }): void => {
    if (event.level === 'query') captured.push(event.query);
  };
  const plans = new Map<string, string[]>();
  if (target.kind === 'sqlite') {
    const raw = new SqliteDatabase(target.path, { readonly: true });
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }), log });
    try {
      for (const listCase of cases) {
        const query = await captureList(kysely, 'sqlite', listCase, captured);
        const rows = raw.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as {
          id: number;
          parent: number;
          detail: string;
        }[];
        plans.set(listCase.key, sqlitePlanLines(rows));
      }
    } finally {
      await kysely.destroy();
    }
    return plans;
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 1,
    options: `-c search_path=${target.schema}`,
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
  try {
    for (const listCase of cases) {
      const query = await captureList(kysely, 'postgres', listCase, captured);
      const result = await pool.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers, costs off) ${query.sql}`,
        [...query.parameters],
      );
      plans.set(
        listCase.key,
        result.rows.map((row) => row['QUERY PLAN']),
      );
    }
  } finally {
    await kysely.destroy();
  }
  return plans;
}

async function captureList(
  kysely: Kysely<Database>,
  dialect: DialectName,
  listCase: ListCase,
  captured: CompiledQuery[],
): Promise<CompiledQuery> {
  captured.length = 0;
  await new TicketStore(dialect).list(kysely, storeFilter(listCase), {
    limit: PAGE_SIZE,
    after: null,
  });
  const query = captured.at(-1);
  if (!query) throw new Error(`no query captured for ${listCase.key}`);
  return query;
}

/** EXPLAIN QUERY PLAN rows as an indented tree. */
function sqlitePlanLines(
  rows: readonly { id: number; parent: number; detail: string }[],
): string[] {
  const depth = new Map<number, number>([[0, -1]]);
  return rows.map((row) => {
    const level = (depth.get(row.parent) ?? -1) + 1;
    depth.set(row.id, level);
    return `${'  '.repeat(level)}${row.detail}`;
  });
}
