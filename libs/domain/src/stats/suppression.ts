import { assertCount, roundCount } from './rounding';
import { StatsConfigError, StatsInputError } from './stats.errors';

/** Default minimum cell size (the contract's STATS_MIN_CELL default). */
export const DEFAULT_MIN_CELL = 11;
/** Below this, a cell size gives no meaningful protection; the configuration is refused. */
export const MIN_CELL_FLOOR = 5;

export interface SuppressionOptions {
  minCell: number;
}

/**
 * Validates the configured minimum cell size. Accepts the raw environment value: undefined, null or an
 * empty string mean the default (11); a number or a decimal string is parsed. Anything that is not an
 * integer is refused (MIN_CELL_INVALID), and so is anything below 5 (MIN_CELL_TOO_SMALL): a mistyped
 * STATS_MIN_CELL=1 must stop the server, not quietly publish single people.
 */
export function validateMinCell(value: unknown): number {
  if (value === undefined || value === null || value === '') return DEFAULT_MIN_CELL;
  const parsed =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(parsed)) {
    throw new StatsConfigError('MIN_CELL_INVALID', `minimum cell size must be a whole number, got ${String(value)}`);
  }
  if (parsed < MIN_CELL_FLOOR) {
    throw new StatsConfigError(
      'MIN_CELL_TOO_SMALL',
      `minimum cell size must be at least ${MIN_CELL_FLOOR}, got ${parsed}`,
    );
  }
  return parsed;
}

/** Every figure of F may become null, and the object says whether it was suppressed. */
export type SuppressedFigure<F> = { [K in keyof F]: F[K] | null } & { suppressed: boolean };

/**
 * Applies the anonymity rules to one figure computed from `n` people, e.g. a wait summary
 * `{n, median, p25, p75, p90}` or `{count: n, medianDaysSoFar}` mapped by the caller.
 *
 * - n < minCell → every figure (n included) is null and `suppressed: true`; this covers "a median of
 *   4 waits is suppressed". n = 0 is suppressed too (the rule is "fewer than minCell people").
 * - otherwise `n` and any key listed in `countKeys` are rounded to a multiple of 5; other figures
 *   (medians, percentiles, days) are left exact, as the contract asks.
 */
export function suppressFigure<F extends { n: number }>(
  figure: F,
  options: SuppressionOptions & { countKeys?: readonly (keyof F)[] },
): SuppressedFigure<F> {
  const minCell = validateMinCell(options.minCell);
  assertCount(figure.n, 'n');
  const out: Record<string, unknown> = {};
  const suppressed = figure.n < minCell;
  const counts = new Set<keyof F>(['n', ...(options.countKeys ?? [])]);
  for (const key of Object.keys(figure) as (keyof F & string)[]) {
    const value = figure[key];
    if (suppressed) out[key] = null;
    else if (counts.has(key) && typeof value === 'number') out[key] = roundCount(value);
    else out[key] = value;
  }
  out['suppressed'] = suppressed;
  return out as SuppressedFigure<F>;
}

export interface ShareFigure {
  count: number | null;
  share: number | null;
  suppressed: boolean;
}

export interface ShareOptions {
  /**
   * 'rounded' (default): share = rounded count / rounded total, consistent with the counts shown and
   * revealing nothing more than they do. 'exact': count / total of the unrounded data; an exact ratio
   * such as 12/13 = 0.923 often pins down both numbers and so undoes the rounding.
   */
  basis?: 'rounded' | 'exact';
  /**
   * true (default): also suppress when those WITHOUT the attribute (total - count) are fewer than
   * minCell, because the total is published beside the share, so that complement is derivable
   * ("all but 3 were homeless" discloses the 3 as surely as "3 were homeless").
   */
  protectComplement?: boolean;
}

/**
 * A count of people with an attribute and its share of `total`, both suppressed together when the
 * total, the count, or (by default) the complement is below minCell. The shown count is rounded to 5.
 * The share is a fraction in [0, 1].
 */
export function shareOf(count: number, total: number, minCell: number, options: ShareOptions = {}): ShareFigure {
  const cell = validateMinCell(minCell);
  assertCount(count, 'count');
  assertCount(total, 'total');
  if (count > total) {
    throw new StatsInputError('COUNT_EXCEEDS_TOTAL', `count ${count} exceeds total ${total}`);
  }
  const protectComplement = options.protectComplement ?? true;
  const hidden = total < cell || count < cell || (protectComplement && total - count < cell);
  if (hidden) return { count: null, share: null, suppressed: true };
  const shownCount = roundCount(count);
  const share = (options.basis ?? 'rounded') === 'rounded' ? shownCount / roundCount(total) : count / total;
  return { count: shownCount, share, suppressed: false };
}
