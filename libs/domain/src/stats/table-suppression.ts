import { assertCount, roundCount } from './rounding';
import { StatsInputError } from './stats.errors';
import { validateMinCell } from './suppression';

export interface TableCell<K extends string = string> {
  key: K;
  count: number;
}

export interface SuppressedCell<K extends string = string> {
  key: K;
  /** Rounded to a multiple of 5 when shown, null when suppressed. */
  count: number | null;
  suppressed: boolean;
  /** Why it is hidden: too few people itself ('primary') or to protect another cell ('complementary'). */
  reason: 'primary' | 'complementary' | null;
}

export interface SuppressedTable<K extends string = string> {
  /** Same order as the input. */
  cells: SuppressedCell<K>[];
  /** Present only when a total was passed: the published margin, rounded, or null when suppressed. */
  total: { count: number | null; suppressed: boolean } | null;
}

export interface TableSuppressionOptions<K extends string = string> {
  minCell: number;
  /**
   * The row's total (margin) as it will be published. Pass it when it is shown; it is then rounded and
   * suppressed when needed. Leaving it out does NOT relax complementary suppression: the total of a row
   * usually appears elsewhere in the report (e.g. the client count), so it is always assumed derivable.
   * It may exceed the sum of the cells (people in no category) or fall below it (people in several).
   */
  total?: number;
  /**
   * How a shown count is published (decisions are always taken on the exact counts): rounded to a
   * multiple of 5 by default; the hardship report passes its cell-key perturbation instead.
   */
  publish?: (key: K | 'total', count: number) => number;
}

/**
 * Small-cell suppression for one row or margin of a frequency table (e.g. support needs by category).
 *
 * 1. Primary: every cell with fewer than minCell people (0 included) is hidden.
 * 2. Complementary: while the hidden cells together hold fewer than minCell people, hide the smallest
 *    still-visible cell (ties: the earliest in input order, so the result is deterministic). With the
 *    total known, total − visible cells = sum of hidden cells; this loop makes that sum at least a
 *    publishable cell. In particular a lone hidden cell (always < minCell) gets a partner, the classic
 *    "exactly one suppressed → suppress the next smallest" rule; two tiny hidden cells (3 + 2) get a
 *    third, since "5 people are in A or B" is itself a small cell.
 * 3. Total: hidden when it is below minCell, or when step 2 ran out of cells to hide (the hidden sum
 *    would otherwise be derivable and small).
 * Shown counts are rounded to multiples of 5 after the decisions, which are taken on the exact counts.
 *
 * Only one dimension: two-way tables would need the loop over rows and columns until stable, and the
 * domain rule is that rare attributes are never cross-tabulated in the first place.
 */
export function suppressTable<K extends string>(
  cells: readonly TableCell<K>[],
  options: TableSuppressionOptions<K>,
): SuppressedTable<K> {
  const minCell = validateMinCell(options.minCell);
  validateCells(cells, options.total);

  const reasons: ('primary' | 'complementary' | null)[] = cells.map((c) => (c.count < minCell ? 'primary' : null));
  const hiddenSum = (): number => cells.reduce((sum, c, i) => (reasons[i] ? sum + c.count : sum), 0);
  const anyHidden = (): boolean => reasons.some((r) => r !== null);

  while (anyHidden() && hiddenSum() < minCell) {
    const next = smallestVisible(cells, reasons);
    if (next === -1) break;
    reasons[next] = 'complementary';
  }

  const unprotected = anyHidden() && hiddenSum() < minCell;
  const publish = options.publish ?? ((_key: K | 'total', count: number) => roundCount(count));
  const total =
    options.total === undefined
      ? null
      : options.total < minCell || unprotected
        ? { count: null, suppressed: true }
        : { count: publish('total', options.total), suppressed: false };

  return {
    cells: cells.map((c, i) => ({
      key: c.key,
      count: reasons[i] ? null : publish(c.key, c.count),
      suppressed: reasons[i] !== null,
      reason: reasons[i],
    })),
    total,
  };
}

function smallestVisible(cells: readonly TableCell[], reasons: readonly (string | null)[]): number {
  let best = -1;
  cells.forEach((c, i) => {
    if (reasons[i] === null && (best === -1 || c.count < cells[best].count)) best = i;
  });
  return best;
}

function validateCells(cells: readonly TableCell[], total: number | undefined): void {
  if (total !== undefined) assertCount(total, 'total');
  const seen = new Set<string>();
  for (const cell of cells) {
    assertCount(cell.count, `count of ${cell.key}`);
    if (seen.has(cell.key)) throw new StatsInputError('DUPLICATE_KEY', `duplicate cell key ${cell.key}`);
    seen.add(cell.key);
    if (total !== undefined && cell.count > total) {
      throw new StatsInputError('COUNT_EXCEEDS_TOTAL', `count of ${cell.key} exceeds the total`);
    }
  }
}
