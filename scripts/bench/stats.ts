/** Summary statistics for the benchmark. Pure. */

/** The p-th percentile (0–100) of `values`, by linear interpolation between closest ranks; NaN when empty. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export const median = (values: number[]): number => percentile(values, 50);

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Median, minimum and maximum of several runs of one figure. */
export function spread(values: number[]): Spread {
  return { median: median(values), min: values.length ? Math.min(...values) : NaN, max: values.length ? Math.max(...values) : NaN, n: values.length };
}
