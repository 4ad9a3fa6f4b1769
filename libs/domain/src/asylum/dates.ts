/**
 * Calendar dates as 'YYYY-MM-DD' strings, with arithmetic on UTC day numbers.
 *
 * Why not `Date`: a `Date` is an instant, and local-time parsing of '2026-03-08' shifts by a day around
 * DST changes or in negative UTC offsets. Legal deadlines are calendar days, so everything here is
 * integer arithmetic on "days since 1970-01-01" (Howard Hinnant's civil-calendar algorithms), which
 * also works for any proleptic Gregorian year without the 0–99 quirks of `Date.UTC`.
 * Nothing here reads the current time: "today" is always an argument.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** Day of week, JavaScript convention: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a well-formed 'YYYY-MM-DD' string naming a real calendar day (no 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits an ISO date into numbers; throws a RangeError naming the bad value, so callers fail loudly. */
export function parseIsoDate(value: IsoDate): CalendarDate {
  if (!isIsoDate(value)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${JSON.stringify(value)}`);
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  if (!Number.isInteger(year) || year < 0 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Month out of range: ${month}`);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Day out of range: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (which is day 0). */
export function toDayNumber(value: IsoDate): number {
  const { year, month, day } = parseIsoDate(value);
  // Hinnant's days_from_civil: shift the year to start in March so Feb 29 is the last day of a year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of toDayNumber. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Day number must be an integer: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

export function addDays(value: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(value) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later); daysBetween(d, d) = 0. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Same month and day `years` later. Feb 29 in a target year without one becomes Feb 28: the one-year
 * deadline guide says so explicitly (rather than rolling over to Mar 1), see isLeapDay.
 */
export function addYears(value: IsoDate, years: number): IsoDate {
  const { year, month, day } = parseIsoDate(value);
  const target = year + years;
  return formatIsoDate({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

/** Same day `months` later, clamped to the end of a shorter month (Aug 31 + 6 months = Feb 28/29). */
export function addMonths(value: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(value);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function isLeapDay(value: IsoDate): boolean {
  const { month, day } = parseIsoDate(value);
  return month === 2 && day === 29;
}

export function weekday(value: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4); the double modulo keeps dates before 1970 non-negative.
  return ((((toDayNumber(value) + 4) % 7) + 7) % 7) as Weekday;
}

export function weekdayName(value: IsoDate): (typeof WEEKDAY_NAMES)[number] {
  return WEEKDAY_NAMES[weekday(value)];
}

export function isWeekend(value: IsoDate): boolean {
  const w = weekday(value);
  return w === 0 || w === 6;
}

/** ISO dates compare correctly as strings; these helpers make intent explicit at call sites. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
