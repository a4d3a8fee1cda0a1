/**
 * What admins edit that the SLA clock reads: the impact-level table (defaults of SPEC §4 until
 * edited) and the closures (added holidays and company days off).
 */

import type { CalendarException } from '../domain/calendar/calendar-definition.js';
import { IMPACTS } from '../domain/sla/contract-terms.js';
import { DEFAULT_LEVEL_TABLE, type LevelTable } from '../domain/sla/level-table.js';
import type { Db } from './db.js';

export class SlaSettingsStore {
  constructor(private readonly db: Db) {}

  /** The level table: stored rows over the defaults. */
  async levelTable(): Promise<LevelTable> {
    const rows = await this.db.kysely.selectFrom('impact_levels').selectAll().execute();
    const table = { ...DEFAULT_LEVEL_TABLE };
    for (const row of rows) {
      if ((IMPACTS as readonly string[]).includes(row.impact)) {
        table[row.impact as keyof LevelTable] = {
          firstResponseMinutes: row.first_response_minutes,
          notificationIntervalMinutes: row.notification_interval_minutes,
        };
      }
    }
    return table;
  }

  /** Admin closures as whole closed days of the holiday-observing calendars. */
  async closures(): Promise<CalendarException[]> {
    const rows = await this.db.kysely.selectFrom('closures').select(['date', 'name']).execute();
    return rows.map((row) => ({ date: row.date, name: row.name, windows: [] }));
  }
}
