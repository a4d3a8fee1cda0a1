/**
 * Counting by keys, for the reports that are plain tallies: tickets closed by resolution per
 * organization and month, deflections per FAQ article.
 */

/** How many items share each key, in the order the keys first appear after sorting. */
export function countBy<T>(
  items: readonly T[],
  keyOf: (item: T) => readonly string[],
): { readonly key: readonly string[]; readonly count: number }[] {
  const counts = new Map<string, { key: readonly string[]; count: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const id = JSON.stringify(key);
    const found = counts.get(id);
    if (found) found.count += 1;
    else counts.set(id, { key, count: 1 });
  }
  return [...counts.values()].sort((a, b) => compareKeys(a.key, b.key));
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const order = (a[i] ?? '').localeCompare(b[i] ?? '');
    if (order !== 0) return order;
  }
  return 0;
}
