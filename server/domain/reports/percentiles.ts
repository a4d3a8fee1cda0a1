/**
 * Percentiles of a sample by linear interpolation between closest ranks (the method of
 * spreadsheets' PERCENTILE.INC): the median of an even count is the mean of its middle pair,
 * so a supervisor can check a figure by hand.
 */

/** The p-th percentile (0–100) of `values`; null for an empty sample. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (rank - below);
}

/** The median of `values`; null for an empty sample. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}
