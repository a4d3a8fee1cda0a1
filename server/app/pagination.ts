/**
 * Cursor pagination for lists: `{items, nextCursor}`. A cursor is opaque to clients (base64url
 * of the sort key where the page ended), so the sort key can change without breaking them.
 */

import { AppError } from './app-errors.js';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 100;

/** One page of a list; `nextCursor` is null on the last page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** What a caller asks for: a page size and where the previous page ended. */
export interface PageRequest {
  readonly limit?: number;
  readonly cursor?: string;
}

/** The page size, clamped to 1–100 (50 when absent). */
export function pageLimit(request: PageRequest): number {
  const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
  return Math.min(MAX_PAGE_LIMIT, Math.max(1, Math.trunc(limit)));
}

/** Encodes the sort key of a page's last item as an opaque cursor. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` with `arity` parts, or throws INVALID_CURSOR. */
export function decodeCursor(cursor: string, arity: number): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part): part is string => typeof part === 'string')
    ) {
      return key;
    }
  } catch {
    // fall through: any undecodable cursor is the same client error
  }
  throw new AppError('INVALID_CURSOR');
}

/**
 * Builds a page from up to `limit + 1` fetched rows: the extra row only says another page
 * exists, and the cursor points at the last row shown.
 */
export function pageOf<T>(rows: readonly T[], limit: number, keyOf: (row: T) => string[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null;
  return { items, nextCursor };
}
