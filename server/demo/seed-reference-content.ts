/**
 * The content every install starts with, demo or not: the guide's phone directory (the portal
 * and the "call the center" notice show it) and the FAQ drawn from the guide's checklist.
 * Only empty tables are filled, so an admin's edits are never overwritten.
 */

import { newId } from '../app/ids.js';
import type { Db } from '../storage/db.js';
import { type DirectoryRow, ReferenceContentStore } from '../storage/reference-content.store.js';
import { DEMO_FAQ, PHONE_DIRECTORY } from './demo-content.js';

/** The directory rows of the guide: the national line first, then the city table. */
export function directoryRows(): DirectoryRow[] {
  const { nationalLine, cities } = PHONE_DIRECTORY;
  return [
    {
      id: newId(),
      position: 0,
      kind: 'national_line',
      label: `${nationalLine.label} (opción ${nationalLine.option})`,
      labelEn: `${nationalLine.labelEn} (option ${nationalLine.option})`,
      phone: nationalLine.number,
    },
    ...cities.map((city, index) => ({
      id: newId(),
      position: index + 1,
      kind: 'city' as const,
      label: city.city,
      labelEn: null,
      phone: city.phone,
    })),
  ];
}

/** Seeds the directory and the FAQ where they are empty; returns what it filled. */
export async function seedReferenceContent(db: Db, at: number): Promise<string[]> {
  const store = new ReferenceContentStore();
  return db.transaction(async (trx) => {
    const filled: string[] = [];
    if (await store.directoryIsEmpty(trx)) {
      await store.insertDirectory(trx, directoryRows());
      filled.push('directory');
    }
    if (await store.faqIsEmpty(trx)) {
      await store.insertFaq(
        trx,
        DEMO_FAQ.map((article) => ({ id: newId(at), ...article, language: 'es', at })),
      );
      filled.push('faq');
    }
    return filled;
  });
}
