/**
 * Editable table rows for the admin pages that replace a whole table (directory, travel
 * times): each row gets a local key so React keeps its inputs when rows are added or removed,
 * and a server error about `entries.3.phone` finds its row and field.
 */

import { ApiError } from '../api/client';
import type { FieldErrors } from '../components/forms';

let nextKey = 0;

/** A row with the key React lists it by. */
export type Keyed<T> = T & { readonly key: string };

export function keyed<T extends object>(row: T): Keyed<T> {
  nextKey += 1;
  return { ...row, key: `row-${nextKey}` };
}

/** Errors by row index and field, from a server problem's `entries.N.field` names. */
export function rowErrorsOf(error: unknown): Map<number, FieldErrors> {
  const rows = new Map<number, Record<string, string>>();
  if (!(error instanceof ApiError)) return rows;
  for (const entry of error.problem.errors ?? []) {
    const found = /^entries\.(\d+)\.(\w+)$/.exec(entry.field);
    if (found === null) continue;
    const index = Number(found[1]);
    const row = rows.get(index) ?? {};
    row[found[2] ?? ''] = entry.message;
    rows.set(index, row);
  }
  return rows;
}

/** Whether every row's errors are empty. */
export function rowsValid(errors: ReadonlyMap<number, FieldErrors>): boolean {
  return [...errors.values()].every((row) => Object.values(row).every((m) => m === undefined));
}
