/**
 * Bins of the wait histograms, in whole months. Wide enough that a small organization's bars are
 * mostly above the minimum cell, instead of a chart of hatched, suppressed months.
 */
export const HISTOGRAM_BINS = [
  { key: '0-3', fromMonths: 0 },
  { key: '3-6', fromMonths: 3 },
  { key: '6-9', fromMonths: 6 },
  { key: '9-12', fromMonths: 9 },
  { key: '12-18', fromMonths: 12 },
  { key: '18+', fromMonths: 18 },
] as const;

export type HistogramBinKey = (typeof HISTOGRAM_BINS)[number]['key'];

/** The bin of a wait of `months` whole months: each bin holds [from, next bin's from). */
export function histogramBin(months: number): HistogramBinKey {
  let key: HistogramBinKey = HISTOGRAM_BINS[0].key;
  for (const bin of HISTOGRAM_BINS) if (months >= bin.fromMonths) key = bin.key;
  return key;
}
