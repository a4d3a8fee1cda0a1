/**
 * The phone directory of the guide (SPEC §6): the national line and the numbers by city.
 * Everyone reads it (also without signing in); admins replace it when a number changes.
 */

import type { Db } from '../../storage/db.js';
import type { DirectoryEntry, DirectoryStore } from '../../storage/directory.store.js';
import type { Actor } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import { requireAdmin } from '../settings/require-admin.js';

/** The kinds of entry: the national line(s) shown first, then the city table. */
export const DIRECTORY_KINDS = ['national_line', 'city'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

/** An entry as an admin sends it. */
export interface DirectoryEntryInput {
  readonly kind: DirectoryKind;
  readonly label: string;
  /** English label when it differs (a city's name does not); blank or null means none. */
  readonly labelEn: string | null;
  readonly phone: string;
}

function singleSpaced(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

export class DirectoryService {
  constructor(
    private readonly db: Db,
    private readonly store: DirectoryStore,
    private readonly clock: Clock,
  ) {}

  /** Every entry, in the guide's order. Public information: no actor needed. */
  async list(): Promise<DirectoryEntry[]> {
    return this.store.list(this.db.kysely);
  }

  /**
   * Replaces the directory (admins), national lines first, then in the order given.
   * INVALID_NAME for a blank label, VALIDATION_FAILED for a blank phone.
   */
  async replace(actor: Actor, entries: readonly DirectoryEntryInput[]): Promise<DirectoryEntry[]> {
    requireAdmin(actor);
    const now = this.clock.now();
    const rows = entries.map((entry) => {
      const label = singleSpaced(entry.label);
      if (label === '') throw new AppError('INVALID_NAME');
      const phone = singleSpaced(entry.phone);
      if (phone === '') {
        throw new AppError('VALIDATION_FAILED', { detail: `the phone of ${label} is blank` });
      }
      const labelEn = entry.labelEn === null ? '' : singleSpaced(entry.labelEn);
      return { id: newId(now), kind: entry.kind, label, labelEn: labelEn || null, phone };
    });
    // The portal shows national lines before the city table whatever order they came in.
    const ordered = [
      ...rows.filter((row) => row.kind !== 'city'),
      ...rows.filter((row) => row.kind === 'city'),
    ];
    await this.db.transaction((trx) => this.store.replaceAll(trx, ordered));
    return this.list();
  }
}
