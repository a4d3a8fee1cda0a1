/**
 * DATABASE_URL: a PostgreSQL URL, or else the path of a SQLite file (SQLite is the default
 * store, STYLE.md). Any other `scheme://` is refused rather than taken for an odd file name.
 */

import { show } from './env-reader.js';

/** Where the data lives: a PostgreSQL server, or a SQLite file (or `:memory:`). */
export type DatabaseSettings =
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'sqlite'; readonly path: string };

/** The database a DATABASE_URL value names, or an English problem naming the variable. */
export type DatabaseUrlResult =
  | { readonly ok: true; readonly database: DatabaseSettings }
  | { readonly ok: false; readonly problem: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const POSTGRES_SCHEMES = new Set(['postgres', 'postgresql']);

/** Reads a DATABASE_URL value; credentials never appear in the problem it reports. */
export function parseDatabaseUrl(value: string): DatabaseUrlResult {
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return { ok: true, database: { kind: 'sqlite', path: value } };
  if (!POSTGRES_SCHEMES.has(scheme)) {
    return {
      ok: false,
      problem:
        `DATABASE_URL must be a postgres:// or postgresql:// URL or a SQLite file path; ` +
        `the scheme "${scheme}" is not supported (got ${show(redactPassword(value))}).`,
    };
  }
  if (!URL.canParse(value)) {
    return {
      ok: false,
      problem: `DATABASE_URL is not a valid PostgreSQL URL: ${show(redactPassword(value))}.`,
    };
  }
  return { ok: true, database: { kind: 'postgres', url: value } };
}

// Error messages end up in logs; a connection string's password must not. Greedy up to the
// last '@' so a password holding an unencoded '@' is hidden whole.
function redactPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):.*@/i, '$1:***@');
}
