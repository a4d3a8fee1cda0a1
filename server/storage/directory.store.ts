/** The phone directory of the guide (the national line and the city numbers), as admins edit it. */

import type { Executor } from './db.js';

export interface DirectoryEntry {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly labelEn: string | null;
  readonly phone: string;
}

export class DirectoryStore {
  /** Every entry, in the order the guide lists them. */
  async list(ex: Executor): Promise<DirectoryEntry[]> {
    const rows = await ex
      .selectFrom('directory_entries')
      .select(['id', 'kind', 'label', 'label_en', 'phone'])
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      label: row.label,
      labelEn: row.label_en,
      phone: row.phone,
    }));
  }

  /** Replaces every entry; positions follow the order given. */
  async replaceAll(
    ex: Executor,
    entries: readonly (Omit<DirectoryEntry, 'id'> & { readonly id: string })[],
  ): Promise<void> {
    await ex.deleteFrom('directory_entries').execute();
    if (entries.length === 0) return;
    await ex
      .insertInto('directory_entries')
      .values(
        entries.map((entry, position) => ({
          id: entry.id,
          position,
          kind: entry.kind,
          label: entry.label,
          label_en: entry.labelEn,
          phone: entry.phone,
        })),
      )
      .execute();
  }
}
