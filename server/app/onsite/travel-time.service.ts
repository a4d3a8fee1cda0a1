/**
 * The on-site travel times by city (SPEC §8). Everyone signed in reads them (the portal
 * tells a customer how long a technician takes); admins replace the table. A fresh install
 * starts with example values, flagged as such until an admin sets the table, because the
 * guide's own table was not preserved.
 */

import { matchKey } from '../../domain/maintenance/matching.js';
import type { Db, Executor } from '../../storage/db.js';
import type { TravelTimeStore } from '../../storage/travel-time.store.js';
import type { Actor } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { OPERATOR } from '../identity/operator.js';
import { newId } from '../ids.js';
import { requireAdmin } from '../settings/require-admin.js';
import type { TravelTime } from './travel-time.js';

export type { TravelTime } from './travel-time.js';

/** The table as it is read: its rows, and whether any is still a shipped example. */
export interface TravelTimeTable {
  readonly example: boolean;
  readonly entries: readonly TravelTime[];
}

/** A row as an admin sends it. */
export interface TravelTimeInput {
  readonly city: string;
  readonly minutes: number;
}

/** The longest travel time accepted: a week. */
export const MAX_TRAVEL_MINUTES = 7 * 24 * 60;

/** What the screens say while the shipped examples are in force. */
export const EXAMPLE_NOTICE = {
  es: 'Valores de ejemplo: la tabla de tiempos de desplazamiento de la guía no se conservó. Reemplácelos por los del Centro de Servicios.',
  en: "Example values: the guide's travel-time table was not preserved. Replace them with the service center's own.",
} as const;

function normalizeCity(value: string): string {
  const city = value.trim().replace(/\s+/g, ' ');
  if (city === '') throw new AppError('INVALID_NAME');
  return city;
}

export class TravelTimeService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: TravelTimeStore,
  ) {}

  /** The whole table, by city. */
  async list(): Promise<TravelTimeTable> {
    return tableOf(await this.store.list(this.db.kysely));
  }

  /**
   * Replaces the table (admins): a row sent exactly as it was shipped (same city, accents and
   * case aside, and minutes) stays a marked example — editing one city does not vouch for the
   * others — and every other row becomes the center's own value. INVALID_NAME for a blank
   * city, TRAVEL_TIME_CITY_REPEATED for a city twice (accents and case aside),
   * VALIDATION_FAILED for minutes outside 1–10,080 or not whole.
   */
  async replace(actor: Actor, entries: readonly TravelTimeInput[]): Promise<TravelTimeTable> {
    requireAdmin(actor);
    const now = this.clock.now();
    const seen = new Set<string>();
    const rows = entries.map((entry) => {
      const city = normalizeCity(entry.city);
      const key = matchKey(city);
      if (seen.has(key)) throw new AppError('TRAVEL_TIME_CITY_REPEATED', { city });
      seen.add(key);
      if (
        !Number.isInteger(entry.minutes) ||
        entry.minutes < 1 ||
        entry.minutes > MAX_TRAVEL_MINUTES
      ) {
        throw new AppError('VALIDATION_FAILED', {
          detail: `minutes of ${city} must be a whole number from 1 to ${MAX_TRAVEL_MINUTES}`,
        });
      }
      return {
        id: newId(now),
        city,
        minutes: entry.minutes,
        example: false,
        // The CLI's operator is no user: updated_by references users.
        updatedBy: actor.userId === OPERATOR.userId ? null : actor.userId,
        updatedAt: now,
      };
    });
    return this.db.transaction(async (trx) => {
      const examples = new Map(
        (await this.store.list(trx))
          .filter((entry) => entry.example)
          .map((entry) => [matchKey(entry.city), entry]),
      );
      const kept = rows.map((row) => {
        const shipped = examples.get(matchKey(row.city));
        return shipped !== undefined && shipped.minutes === row.minutes
          ? { ...row, example: true, updatedBy: shipped.updatedBy, updatedAt: shipped.updatedAt }
          : row;
      });
      await this.store.replaceAll(trx, kept);
      return tableOf(kept);
    });
  }

  /**
   * Fills an empty table with example values (hours per city), flagged `example`; true when it
   * did. Never touches a table an admin has set (it is never empty: PUT needs a row).
   */
  async seedExamples(examples: readonly { readonly city: string; readonly hours: number }[]) {
    const now = this.clock.now();
    return this.db.transaction(async (trx) => {
      if (!(await this.store.isEmpty(trx))) return false;
      await this.store.replaceAll(
        trx,
        examples.map((example) => ({
          id: newId(now),
          city: example.city,
          minutes: Math.round(example.hours * 60),
          example: true,
          updatedBy: null,
          updatedAt: now,
        })),
      );
      return true;
    });
  }

  /** The travel time to a city (accents and case aside), inside the caller's transaction. */
  forCity(ex: Executor, city: string): Promise<TravelTime | null> {
    return this.store.forCity(ex, city);
  }
}

function tableOf(entries: readonly TravelTime[]): TravelTimeTable {
  const sorted = [...entries].sort((a, b) => matchKey(a.city).localeCompare(matchKey(b.city)));
  return { example: sorted.some((entry) => entry.example), entries: sorted };
}
