/**
 * Where built datasets are kept between runs: `os.tmpdir()/mesa-bench/`, keyed by the ticket
 * count and a "schema version" — a hash of every source that decides what is stored (the
 * migrations, the row mapping, the search index and its text folding, and this benchmark's
 * generator), so a change to any of them rebuilds instead of measuring a stale file.
 */

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const SOURCES = [
  'server/storage/ticket-row.ts',
  'server/storage/search-dialect.ts',
  'server/storage/search-index.store.ts',
  'server/app/search-query.ts',
  'bench/api/vocabulary.ts',
  'bench/api/fixture-parties.ts',
  'bench/api/fixture-tickets.ts',
  'bench/api/dataset.ts',
];
const SOURCE_DIRS = ['server/storage/migrations'];

export const CACHE_DIR = join(tmpdir(), 'mesa-bench');

/** A short hash of the sources that shape the stored dataset. */
export function schemaVersion(): string {
  const hash = createHash('sha256');
  const files = [
    ...SOURCES,
    ...SOURCE_DIRS.flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((name) => name.endsWith('.ts'))
        .sort()
        .map((name) => `${dir}/${name}`),
    ),
  ];
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(join(ROOT, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

/** The absolute path of a file of the repository, for child processes. */
export function repositoryPath(relative: string): string {
  return join(ROOT, relative);
}
