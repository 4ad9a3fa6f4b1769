import { type KeyedGroup, partNoise, roundToWeek } from './cell-key';
import { StatsInputError } from './stats.errors';
import { validateMinCell } from './suppression';
import { suppressTable } from './table-suppression';

/**
 * Publishing figures under the cell-key method (see cell-key.ts): every count is the sum, over the
 * calendar quarters of the period, of each quarter's true count plus that quarter's noise; suppression
 * is decided on the true count; shares are computed from published counts; durations are published in
 * whole weeks, from enough people, at a quantile moved by the cell key.
 */

/** One quarter's part of a count: the people in it, and everyone counted in that quarter. */
export interface CountPart {
  members: KeyedGroup;
  cover: KeyedGroup;
}

/** A count before publication: its name and its parts, one per quarter of the period. */
export interface CountCell {
  figure: string;
  parts: readonly CountPart[];
}

export interface Perturbed {
  /** The true count: for suppression decisions only, never published. */
  trueCount: number;
  /** The true count plus the noise of each part, never below 0. */
  value: number;
}

export interface PublishedCount {
  count: number | null;
  suppressed: boolean;
}

export interface PublishedShare extends PublishedCount {
  share: number | null;
}

/** The count with each quarter's noise added. */
export function perturbCount(cell: CountCell): Perturbed {
  let trueCount = 0;
  let value = 0;
  for (const part of cell.parts) {
    trueCount += part.members.n;
    value += part.members.n + partNoise({ members: part.members, cover: part.cover, figure: cell.figure });
  }
  return { trueCount, value: Math.max(0, value) };
}

/** A count shown on its own: null and suppressed when fewer than minCell people are in it. */
export function publishCount(cell: CountCell, minCell: number): PublishedCount {
  const min = validateMinCell(minCell);
  const p = perturbCount(cell);
  return p.trueCount < min ? { count: null, suppressed: true } : { count: p.value, suppressed: false };
}

/**
 * A count with an attribute and its share of a base (e.g. all clients counted). Suppressed when the
 * count, the base, or those without the attribute (base − count, derivable since the base is published
 * too) are fewer than minCell people, and whenever the base itself is suppressed. The share is the
 * published count over the published base, so it reveals nothing the two counts do not.
 */
export function publishShare(cell: CountCell, base: CountCell, minCell: number): PublishedShare {
  const min = validateMinCell(minCell);
  const c = perturbCount(cell);
  const b = perturbCount(base);
  if (c.trueCount > b.trueCount) throw new StatsInputError('COUNT_EXCEEDS_TOTAL', `${cell.figure} exceeds ${base.figure}`);
  if (b.trueCount < min || c.trueCount < min || b.trueCount - c.trueCount < min || b.value === 0) return { count: null, share: null, suppressed: true };
  return { count: c.value, share: shareFraction(c.value, b.value), suppressed: false };
}

/** Shares to 4 decimals, capped at 1 (noise may push a count past its base). */
export function shareFraction(count: number, base: number): number {
  return Math.min(1, Math.round((count / base) * 10_000) / 10_000);
}

export interface PublishedTable {
  cells: { key: string; count: number | null; suppressed: boolean }[];
  total: PublishedCount | null;
}

/**
 * One row of a frequency table: primary and complementary suppression on the true counts (see
 * suppressTable; an empty cell is hidden like a small one, since "nobody" vs "a few" would tell who
 * joined it), then the shown cells and the total perturbed.
 * When the table's total (or, for tables whose cells overlap, its `base`) has fewer than minCell
 * people, every cell is hidden. `total` is given when the cells
 * partition it (then it is published with the table); otherwise the base is assumed known anyway.
 */
export function publishTable(cells: readonly CountCell[], minCell: number, total?: CountCell, base?: CountCell): PublishedTable {
  // Out of too few people even a zero tells about each of them ("none of the 4 was granted"): all hidden.
  const group = total ?? base;
  if (group && perturbCount(group).trueCount < validateMinCell(minCell)) {
    return { cells: cells.map((c) => ({ key: c.figure, count: null, suppressed: true })), total: total ? { count: null, suppressed: true } : null };
  }
  const perturbed = new Map(cells.map((c) => [c.figure, perturbCount(c)]));
  const totalCount = total ? perturbCount(total) : undefined;
  const result = suppressTable(
    cells.map((c) => ({ key: c.figure, count: perturbed.get(c.figure)?.trueCount ?? 0 })),
    {
      minCell,
      total: totalCount?.trueCount,
      publish: (key) => (key === 'total' ? (totalCount?.value ?? 0) : (perturbed.get(key)?.value ?? 0)),
    },
  );
  return { cells: result.cells.map((c) => ({ key: c.key, count: c.count, suppressed: c.suppressed })), total: result.total };
}

/** The smallest number of people a percentile is published from. */
export const PERCENTILE_MIN_PEOPLE = { p25: 20, median: 20, p75: 20, p90: 50 } as const;
export type PercentileName = keyof typeof PERCENTILE_MIN_PEOPLE;
export const PERCENTILE_FRACTIONS: Record<PercentileName, number> = { p25: 0.25, median: 0.5, p75: 0.75, p90: 0.9 };

/**
 * A percentile is read at a quantile moved by the cell key: p + noise × QUANTILE_STEP (noise from the
 * perturbation table, so −0.03 … +0.03), so that it is not one person's exact value and adding one
 * person changes it by chance, not by where that person falls.
 */
export const QUANTILE_STEP = 0.01;

/** The quantiles to compute for one percentile, in the order of the table's noise values (-3 … +3). */
export function jitteredQuantiles(p: number, noises: readonly number[]): number[] {
  return noises.map((noise) => Math.min(1, Math.max(0, Math.round((p + noise * QUANTILE_STEP) * 1000) / 1000)));
}

export interface DurationCandidates {
  /** The true number of people the durations come from. */
  n: number;
  /** The value at each jittered quantile, in the order of the table's noise values. */
  values: readonly (number | null)[];
}

/**
 * Publishes a percentile in days: null below its minimum number of people, else the value at the
 * quantile the cell key picks, rounded to whole weeks.
 */
export function publishPercentile(name: PercentileName, candidates: DurationCandidates, noiseIndex: number, minCell: number): number | null {
  const min = Math.max(PERCENTILE_MIN_PEOPLE[name], validateMinCell(minCell));
  if (candidates.n < min) return null;
  const value = candidates.values[noiseIndex];
  return value === null || value === undefined ? null : roundToWeek(value);
}
