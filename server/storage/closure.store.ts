/** Reads the closures admins add to the calendar (a new holiday, a company day off). */

import type { Executor } from './db.js';

export interface ClosureRecord {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly name: string;
}

export class ClosureStore {
  /** The closures of one calendar year, by date. */
  async listForYear(ex: Executor, year: number): Promise<ClosureRecord[]> {
    const prefix = String(year).padStart(4, '0');
    return ex
      .selectFrom('closures')
      .select(['date', 'name'])
      .where('date', '>=', `${prefix}-01-01`)
      .where('date', '<=', `${prefix}-12-31`)
      .orderBy('date')
      .execute();
  }
}
