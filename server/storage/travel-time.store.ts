/** The travel-time table by city (SPEC §8): read whole, replaced whole by an admin. */

import type { Selectable } from 'kysely';
import type { TravelTime } from '../app/onsite/travel-time.js';
import { matchKey } from '../domain/maintenance/matching.js';
import type { Executor } from './db.js';
import type { TravelTimesTable } from './schema.js';

/** A row to write: the table's city spelled as the admin typed it. */
export interface TravelTimeRecord extends TravelTime {
  readonly id: string;
}

function rowToTravelTime(row: Selectable<TravelTimesTable>): TravelTime {
  return {
    city: row.city,
    minutes: row.minutes,
    example: row.example === 1,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export class TravelTimeStore {
  /** Every city, by its comparison key (alphabetical, accents aside). */
  async list(ex: Executor): Promise<TravelTime[]> {
    const rows = await ex.selectFrom('travel_times').selectAll().orderBy('city_key').execute();
    return rows.map(rowToTravelTime);
  }

  async isEmpty(ex: Executor): Promise<boolean> {
    return (await ex.selectFrom('travel_times').select('id').limit(1).execute()).length === 0;
  }

  /** The city's travel time, compared by matchKey ("Medellin" finds "Medellín"). */
  async forCity(ex: Executor, city: string): Promise<TravelTime | null> {
    const row = await ex
      .selectFrom('travel_times')
      .selectAll()
      .where('city_key', '=', matchKey(city))
      .executeTakeFirst();
    return row ? rowToTravelTime(row) : null;
  }

  /** Replaces the whole table (inside the caller's transaction). */
  async replaceAll(ex: Executor, records: readonly TravelTimeRecord[]): Promise<void> {
    await ex.deleteFrom('travel_times').execute();
    if (records.length === 0) return;
    await ex
      .insertInto('travel_times')
      .values(
        records.map((record) => ({
          id: record.id,
          city: record.city,
          city_key: matchKey(record.city),
          minutes: record.minutes,
          example: record.example ? 1 : 0,
          updated_by: record.updatedBy,
          updated_at: record.updatedAt,
        })),
      )
      .execute();
  }
}
