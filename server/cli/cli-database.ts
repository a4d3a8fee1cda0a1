/**
 * The database of the operator's commands (`migrate`, `user create`): the one the server
 * uses, named by the same settings (DATABASE_URL, DATA_DIR), opened for one command.
 */

import { loadSettings, type Settings } from '../config/settings.js';
import { type Db, openDatabase } from '../storage/db.js';

/** Opens the configured database, runs `work`, and closes it whatever happens. */
export async function withConfiguredDatabase<T>(
  env: Readonly<Record<string, string | undefined>>,
  work: (db: Db, settings: Settings) => Promise<T>,
): Promise<T> {
  const settings = loadSettings(env);
  const db = openDatabase(settings.database);
  try {
    return await work(db, settings);
  } finally {
    await db.close();
  }
}
