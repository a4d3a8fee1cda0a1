/** The phone directory of the guide (SPEC §6): the national line and the numbers by city. */

import type { Db } from '../../storage/db.js';
import type { DirectoryEntry, DirectoryStore } from '../../storage/directory.store.js';

export class DirectoryService {
  constructor(
    private readonly db: Db,
    private readonly store: DirectoryStore,
  ) {}

  /** Every entry, in the guide's order. Public information: no actor needed. */
  async list(): Promise<DirectoryEntry[]> {
    return this.store.list(this.db.kysely);
  }
}
