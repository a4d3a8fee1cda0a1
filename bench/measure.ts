/**
 * Small measuring helpers for the benchmarks: wall time, medians and heap figures. Kept apart
 * from the benchmark so its main file reads as the steps of the spec.
 */

/** Milliseconds taken by `work`, with its result (returned so the JIT cannot drop the work). */
export function timed<T>(work: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = work();
  return { ms: performance.now() - t0, result };
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >>> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** True when node runs with --expose-gc, so heap figures are taken after a full collection. */
export function canCollectGarbage(): boolean {
  return typeof globalThis.gc === 'function';
}

/**
 * Bytes in use now: the JS heap plus memory outside it (typed arrays' backing stores live
 * there once they pass a few dozen bytes, and the calendar keeps its intervals in them).
 */
export function bytesInUse(): number {
  // Two passes: the first may only queue finalizers that free more on the second.
  globalThis.gc?.();
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

/** Bytes to MB (2^20), rounded to 0.01 for printing and for the JSON line. */
export function toMb(bytes: number): number {
  return Math.round((bytes / 1_048_576) * 100) / 100;
}

/** An integer with thousands separators, for the human-readable lines. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
