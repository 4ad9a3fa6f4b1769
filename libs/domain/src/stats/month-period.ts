import { PeriodError } from './stats.errors';

/** Statistics periods are whole months: dates are reported no finer than month. */
export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

/** A validated period of whole months, with the day bounds SQL needs. */
export interface MonthPeriod {
  fromMonth: string; // 'YYYY-MM'
  toMonth: string; // 'YYYY-MM'
  firstDay: string; // first day of fromMonth, 'YYYY-MM-DD'
  lastDay: string; // last day of toMonth (inclusive bound)
  endExclusive: string; // first day after toMonth (for half-open `>= firstDay AND < endExclusive`)
  months: number;
}

export type PeriodBucketSize = 'year' | 'quarter' | 'month';

export interface PeriodBucket extends MonthPeriod {
  /** '2025', '2025-Q2' or '2025-04' */
  label: string;
  /** true when the period cuts the bucket (e.g. Feb–Mar for Q1): its figures cover fewer months. */
  partial: boolean;
}

/** Filing dates before this are not plausible for this organisation's clients; after MAX, a typo. */
export const MIN_PERIOD_YEAR = 1980;
export const MAX_PERIOD_YEAR = 2100;
/** 30 years: longer than any real report, short enough to catch a mistyped year. */
export const MAX_PERIOD_MONTHS = 360;

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const DAY_OR_FINER = /^\d{4}-\d{2}-\d{2}/;

/** Parses 'YYYY-MM'. A day or timestamp is refused as too fine (PERIOD_TOO_FINE), not truncated. */
export function parseMonth(value: unknown, field?: 'from' | 'to'): YearMonth {
  const label = field ?? 'month';
  if (typeof value !== 'string') {
    throw new PeriodError('INVALID_MONTH', `${label} must be a month as YYYY-MM`, field);
  }
  if (DAY_OR_FINER.test(value)) {
    throw new PeriodError('PERIOD_TOO_FINE', `${label} must be a whole month (YYYY-MM), not a day`, field);
  }
  const match = MONTH_PATTERN.exec(value);
  const year = match ? Number(match[1]) : NaN;
  const month = match ? Number(match[2]) : NaN;
  if (!match || month < 1 || month > 12) {
    throw new PeriodError('INVALID_MONTH', `${label} must be a month as YYYY-MM`, field);
  }
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new PeriodError(
      'PERIOD_OUT_OF_RANGE',
      `${label} must be between ${MIN_PERIOD_YEAR} and ${MAX_PERIOD_YEAR}`,
      field,
    );
  }
  return { year, month };
}

export function formatMonth({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Validates `{from, to}` ('YYYY-MM', both inclusive) and returns the day bounds. */
export function resolveMonthPeriod(period: { from: unknown; to: unknown }): MonthPeriod {
  const from = parseMonth(period.from, 'from');
  const to = parseMonth(period.to, 'to');
  const months = monthIndex(to) - monthIndex(from) + 1;
  if (months < 1) throw new PeriodError('PERIOD_REVERSED', 'to must not be before from', 'to');
  if (months > MAX_PERIOD_MONTHS) {
    throw new PeriodError('PERIOD_TOO_LONG', `a period may span at most ${MAX_PERIOD_MONTHS} months`, 'to');
  }
  return periodOf(from, to);
}

/**
 * Cuts a period into calendar years, quarters or months, in order, clipped to the period. Buckets the
 * period only partly covers are flagged `partial` so a report does not compare a 2-month "Q1" with a
 * full quarter without saying so.
 */
export function splitPeriod(period: { from: unknown; to: unknown }, size: PeriodBucketSize): PeriodBucket[] {
  const whole = resolveMonthPeriod(period);
  const start = monthIndex(parseMonth(whole.fromMonth));
  const end = monthIndex(parseMonth(whole.toMonth));
  const span = size === 'year' ? 12 : size === 'quarter' ? 3 : 1;
  const buckets: PeriodBucket[] = [];
  for (let first = start - (start % span); first <= end; first += span) {
    const clippedFrom = Math.max(first, start);
    const clippedTo = Math.min(first + span - 1, end);
    buckets.push({
      ...periodOf(fromIndex(clippedFrom), fromIndex(clippedTo)),
      label: labelOf(fromIndex(first), size),
      partial: clippedTo - clippedFrom + 1 < span,
    });
  }
  return buckets;
}

/** The bucket a date ('YYYY-MM-DD') or month ('YYYY-MM') falls in, e.g. for grouping rows by quarter. */
export function bucketLabel(date: string, size: PeriodBucketSize): string {
  return labelOf(parseMonth(date.slice(0, 7)), size);
}

function labelOf({ year, month }: YearMonth, size: PeriodBucketSize): string {
  if (size === 'year') return String(year);
  if (size === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return formatMonth({ year, month });
}

function periodOf(from: YearMonth, to: YearMonth): MonthPeriod {
  const after = fromIndex(monthIndex(to) + 1);
  return {
    fromMonth: formatMonth(from),
    toMonth: formatMonth(to),
    firstDay: `${formatMonth(from)}-01`,
    lastDay: `${formatMonth(to)}-${String(daysInMonth(to)).padStart(2, '0')}`,
    endExclusive: `${formatMonth(after)}-01`,
    months: monthIndex(to) - monthIndex(from) + 1,
  };
}

// Months counted from year 0 so that differences and quarter alignment are plain arithmetic.
function monthIndex({ year, month }: YearMonth): number {
  return year * 12 + (month - 1);
}

function fromIndex(index: number): YearMonth {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function daysInMonth({ year, month }: YearMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A period of whole calendar quarters: `from` must be a quarter's first month (01, 04, 07, 10) and `to`
 * a quarter's last (03, 06, 09, 12). Statistics are published no finer than that.
 */
export function resolveQuarterPeriod(period: { from: unknown; to: unknown }): MonthPeriod {
  const resolved = resolveMonthPeriod(period);
  const from = parseMonth(resolved.fromMonth);
  const to = parseMonth(resolved.toMonth);
  if ((from.month - 1) % 3 !== 0) throw new PeriodError('NOT_WHOLE_QUARTER', 'from must be the first month of a calendar quarter (01, 04, 07 or 10)', 'from');
  if (to.month % 3 !== 0) throw new PeriodError('NOT_WHOLE_QUARTER', 'to must be the last month of a calendar quarter (03, 06, 09 or 12)', 'to');
  return resolved;
}

/** The labels of the calendar quarters of a period, in order ('2025-Q1', …). */
export function quarterLabels(period: { from: unknown; to: unknown }): string[] {
  return splitPeriod(period, 'quarter').map((b) => b.label);
}
