import { StatsInputError } from './stats.errors';

/**
 * Rounds a count to the nearest multiple of `base` (5 by default), as statistics offices publish counts,
 * so that two overlapping periods cannot be subtracted to reveal a small cell.
 *
 * - 0 stays 0 (it is already a multiple); 1 and 2 round down to 0, 3 and 4 up to 5. In practice every
 *   count below the minimum cell size (never below 5) is suppressed before it is rounded, so a shown
 *   count is never rounded down to 0.
 * - Halves round up: with an even base the exact midpoint goes to the upper multiple (base 10: 15 → 20).
 *   With the default base 5 an integer count is never exactly halfway, so this only matters for other bases.
 * - Counts must be non-negative integers: a fractional or negative "count" is a bug upstream.
 */
export function roundCount(n: number, base = 5): number {
  if (!Number.isInteger(base) || base < 1) {
    throw new StatsInputError('INVALID_BASE', `rounding base must be a positive integer, got ${base}`);
  }
  assertCount(n, 'count');
  const remainder = n % base;
  return remainder * 2 >= base ? n - remainder + base : n - remainder;
}

/** Throws unless `n` is a non-negative integer (a count of people). */
export function assertCount(n: number, label: string): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new StatsInputError('INVALID_COUNT', `${label} must be a non-negative integer, got ${n}`);
  }
}
