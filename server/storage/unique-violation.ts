/**
 * Recognizes a write refused by a unique index on either database, so use cases can turn a race
 * between two requests (two admins creating the same e-mail at once) into a clean conflict.
 */

const UNIQUE_CODES = new Set([
  // PostgreSQL: unique_violation.
  '23505',
  // better-sqlite3 extended result codes.
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
]);

/** True when `error` is a unique-index violation from SQLite or PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code: unknown = Reflect.get(error, 'code');
  return typeof code === 'string' && UNIQUE_CODES.has(code);
}
