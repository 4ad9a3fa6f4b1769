import type { TableFigure } from './types';

/** Number formatting for the statistics screens, in the UI language. Plain functions, unit-tested. */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A count of people ("1,235" / "1 235"). */
export function formatCount(value: number, locale: string): string {
  return cached(`count|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);
}

/** Days to the whole day: interpolated percentiles (235.25) would only look precise. */
export function formatDays(value: number, locale: string): string {
  return formatCount(Math.round(value), locale);
}

/** A share as a whole percentage ("31%" / "31 %"); from perturbed counts, one decimal would be false precision. */
export function formatShare(value: number, locale: string): string {
  return cached(`share|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(value);
}

/** Days as months, to one decimal ("8.9"), for sentences a reader grasps at once. */
export function formatMonths(days: number, locale: string): string {
  return cached(`months|${locale}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 1 })).format(
    days / AVERAGE_MONTH_DAYS,
  );
}
export const AVERAGE_MONTH_DAYS = 365.25 / 12;

/** `2025-01` → "January 2025" / "январь 2025 г." */
export function formatMonth(month: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const formatter = cached(
    `month|${locale}|${style}`,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: style, timeZone: 'UTC' }),
  );
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** "January 2025 – December 2025"; one month alone when from = to. */
export function formatPeriod(from: string, to: string, locale: string): string {
  return from === to ? formatMonth(from, locale) : `${formatMonth(from, locale)} – ${formatMonth(to, locale)}`;
}

/** A bucket label from the API ("2025", "2025-Q2") for display ("2025", "Q2 2025" / "2 кв. 2025"). */
export function formatBucketLabel(label: string, locale = 'en'): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!quarter) return label;
  return locale === 'ru' ? `${quarter[2]} кв. ${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
}

/** A quarter given by its first month ("2025-04") for a picker: "Q2 2025" / "2 кв. 2025". */
export function formatQuarter(month: string, locale = 'en'): string {
  return formatBucketLabel(`${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`, locale);
}

/** Whole months of a number of days, rounded ("7" for 213 days), for sentences. */
export function formatWholeMonths(days: number, locale: string): string {
  return formatCount(Math.round(days / AVERAGE_MONTH_DAYS), locale);
}

export interface HistogramBar {
  /** The API's key: "0-3", "3-6", … "18+" (months). */
  key: string;
  /** People, rounded to 5; null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

/** The histogram's bars in month order, as the API sends them (each bar suppressed or a rounded count). */
export function histogramBars(histogram: TableFigure): HistogramBar[] {
  const order = (key: string) => Number.parseInt(key, 10);
  return [...histogram.cells]
    .sort((a, b) => order(a.key) - order(b.key))
    .map((cell) => ({ key: cell.key, count: cell.suppressed ? null : cell.count, suppressed: cell.suppressed }));
}

/**
 * Ticks for a value axis from 0: about four steps of 1, 2 or 5 times a power of ten, the last at or above
 * `max` (30 → 0, 10, 20, 30; 270 → 0, 100, 200, 300; 583 → 0, 200, 400, 600).
 */
export function axisTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power);
  const steps = Math.ceil(max / step);
  return Array.from({ length: steps + 1 }, (_, i) => i * step);
}

/** The first and last day of a period of months, as dates in running text ("1 января 2025 г.", "December 31, 2026"). */
export function periodBounds(from: string, to: string, locale: string): { first: string; last: string } {
  const day = (y: number, m: number, d: number) =>
    cached(`day|${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })).format(new Date(Date.UTC(y, m - 1, d)));
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return { first: day(fy, fm, 1), last: day(ty, tm, new Date(Date.UTC(ty, tm, 0)).getUTCDate()) };
}
