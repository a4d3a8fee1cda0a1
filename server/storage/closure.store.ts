/** The closures admins add to the calendar (a new holiday, a company day off), one per date. */

import type { Executor } from './db.js';

export interface ClosureRecord {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly name: string;
}

/** A closure as admins manage it: who added it, and when. */
export interface Closure extends ClosureRecord {
  readonly id: string;
  /** The admin who added it; null when added by the CLI operator or loaded without one. */
  readonly createdBy: string | null;
  readonly createdAt: number;
}

/** The first and last `YYYY-MM-DD` of a year: dates are text that sorts as it reads. */
function yearBounds(year: number): [string, string] {
  const prefix = String(year).padStart(4, '0');
  return [`${prefix}-01-01`, `${prefix}-12-31`];
}

export class ClosureStore {
  /** The closures of one calendar year, by date. */
  async listForYear(ex: Executor, year: number): Promise<ClosureRecord[]> {
    const [first, last] = yearBounds(year);
    return ex
      .selectFrom('closures')
      .select(['date', 'name'])
      .where('date', '>=', first)
      .where('date', '<=', last)
      .orderBy('date')
      .execute();
  }

  /** The closures of one year, or all of them, by date, with who added them. */
  async list(ex: Executor, year?: number): Promise<Closure[]> {
    let query = ex
      .selectFrom('closures')
      .select(['id', 'date', 'name', 'created_by', 'created_at']);
    if (year !== undefined) {
      const [first, last] = yearBounds(year);
      query = query.where('date', '>=', first).where('date', '<=', last);
    }
    const rows = await query.orderBy('date').execute();
    return rows.map((row) => ({
      id: row.id,
      date: row.date,
      name: row.name,
      createdBy: row.created_by,
      createdAt: row.created_at,
    }));
  }

  /** Inserts a closure; a date already closed fails with a unique violation. */
  async insert(ex: Executor, closure: Closure): Promise<void> {
    await ex
      .insertInto('closures')
      .values({
        id: closure.id,
        date: closure.date,
        name: closure.name,
        created_by: closure.createdBy,
        created_at: closure.createdAt,
      })
      .execute();
  }

  /** Deletes a closure; whether there was one with this id. */
  async delete(ex: Executor, id: string): Promise<boolean> {
    const result = await ex.deleteFrom('closures').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
