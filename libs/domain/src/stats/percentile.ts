import { StatsInputError } from './stats.errors';

/** The wait summary directors ask for; null figures when there is no data at all. */
export interface WaitSummary {
  n: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
  p90: number | null;
}

/**
 * Continuous percentile with the exact definition of PostgreSQL's `percentile_cont(p)`, so a figure
 * computed in SQL and one computed here agree to the last bit:
 *   position = p * (n - 1) (0-based), lo = floor(position), hi = ceil(position),
 *   result   = v[lo] + (position - lo) * (v[hi] - v[lo])   (just v[lo] when lo = hi).
 * The arithmetic mirrors PostgreSQL's float8_lerp in orderedsetaggs.c (same order of operations).
 *
 * `sortedValues` must be ascending (checked: a silently unsorted input would give a plausible but wrong
 * median). `p` is a fraction in [0, 1] as in SQL (0.5 = median). An empty input gives null, as SQL does.
 */
export function percentile(sortedValues: readonly number[], p: number): number | null {
  if (!Number.isFinite(p) || p < 0 || p > 1) {
    throw new StatsInputError('PERCENTILE_OUT_OF_RANGE', `percentile ${p} is not between 0 and 1`);
  }
  assertSortedFinite(sortedValues);
  const n = sortedValues.length;
  if (n === 0) return null;
  const position = p * (n - 1);
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  const loValue = sortedValues[lo];
  if (lo === hi) return loValue;
  const proportion = position - lo;
  return loValue + proportion * (sortedValues[hi] - loValue);
}

/** Sorts a copy (numerically, not as strings) and returns n, median and the 25th/75th/90th percentiles. */
export function summarizeWaits(values: readonly number[]): WaitSummary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: percentile(sorted, 0.5),
    p25: percentile(sorted, 0.25),
    p75: percentile(sorted, 0.75),
    p90: percentile(sorted, 0.9),
  };
}

function assertSortedFinite(values: readonly number[]): void {
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] !== 'number' || !Number.isFinite(values[i])) {
      throw new StatsInputError('INVALID_VALUE', `value at index ${i} is not a finite number`);
    }
    if (i > 0 && values[i] < values[i - 1]) {
      throw new StatsInputError('VALUES_NOT_SORTED', `values must be sorted ascending (index ${i})`);
    }
  }
}
