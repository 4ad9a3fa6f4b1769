/**
 * US federal holidays (5 U.S.C. 6103) and business days.
 *
 * A filing deadline that falls on a Saturday, Sunday or federal holiday moves to the next business day,
 * and federal offices are closed on the *observed* day (5 U.S.C. 6103(b), EO 11582): a holiday on a
 * Saturday is observed the Friday before, one on a Sunday the Monday after. So New Year's Day on a
 * Saturday is observed on Friday, Dec 31 of the previous year.
 *
 * Inauguration Day is left out on purpose: it is a holiday only in the Washington DC area.
 * History is modeled from 1986 (first MLK Day); Juneteenth from 2021 (signed 2021-06-17 and already
 * observed on Friday 2021-06-18). Earlier Uniform-Monday-Act quirks (Veterans Day in October
 * 1971–1977) are out of scope: no open asylum case has a deadline that old.
 *
 * isBusinessDay lives here rather than in dates.ts so that dates.ts stays free of any import and the
 * two modules do not import each other.
 */
import { addDays, formatIsoDate, isWeekend, IsoDate, parseIsoDate, weekday, Weekday } from './dates';

export type FederalHolidayId =
  | 'NEW_YEARS_DAY'
  | 'MLK_DAY'
  | 'WASHINGTONS_BIRTHDAY'
  | 'MEMORIAL_DAY'
  | 'JUNETEENTH'
  | 'INDEPENDENCE_DAY'
  | 'LABOR_DAY'
  | 'COLUMBUS_DAY'
  | 'VETERANS_DAY'
  | 'THANKSGIVING_DAY'
  | 'CHRISTMAS_DAY';

export interface FederalHoliday {
  id: FederalHolidayId;
  /** English name as in 5 U.S.C. 6103; the UI may translate by id. */
  name: string;
  /** The legal date of the holiday. */
  date: IsoDate;
  /** The day federal offices close (differs from `date` when that is a weekend). */
  observedOn: IsoDate;
}

/** nth (1-based) given weekday of a month; n = -1 for the last one. */
export function nthWeekdayOfMonth(year: number, month: number, day: Weekday, n: number): IsoDate {
  if (n === -1) {
    const nextMonthFirst = month === 12 ? formatIsoDate({ year: year + 1, month: 1, day: 1 }) : formatIsoDate({ year, month: month + 1, day: 1 });
    const last = addDays(nextMonthFirst, -1);
    return addDays(last, -((weekday(last) - day + 7) % 7));
  }
  const first = formatIsoDate({ year, month, day: 1 });
  return addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (n - 1));
}

function observed(date: IsoDate): IsoDate {
  const w = weekday(date);
  if (w === 6) return addDays(date, -1);
  if (w === 0) return addDays(date, 1);
  return date;
}

function fixed(id: FederalHolidayId, name: string, year: number, month: number, day: number): FederalHoliday {
  const date = formatIsoDate({ year, month, day });
  return { id, name, date, observedOn: observed(date) };
}

function floating(id: FederalHolidayId, name: string, year: number, month: number, day: Weekday, n: number): FederalHoliday {
  // Monday/Thursday holidays never fall on a weekend, so they are observed on their own date.
  const date = nthWeekdayOfMonth(year, month, day, n);
  return { id, name, date, observedOn: date };
}

const byYear = new Map<number, readonly FederalHoliday[]>();

/**
 * The holidays whose legal date is in `year`, in calendar order. Note that New Year's Day's observedOn
 * can be in the previous year; use observedFederalHolidays for "offices closed during this year".
 */
export function federalHolidays(year: number): readonly FederalHoliday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const list: FederalHoliday[] = [fixed('NEW_YEARS_DAY', "New Year's Day", year, 1, 1)];
  if (year >= 1986) list.push(floating('MLK_DAY', 'Birthday of Martin Luther King, Jr.', year, 1, 1, 3));
  list.push(
    floating('WASHINGTONS_BIRTHDAY', "Washington's Birthday", year, 2, 1, 3),
    floating('MEMORIAL_DAY', 'Memorial Day', year, 5, 1, -1),
  );
  if (year >= 2021) list.push(fixed('JUNETEENTH', 'Juneteenth National Independence Day', year, 6, 19));
  list.push(
    fixed('INDEPENDENCE_DAY', 'Independence Day', year, 7, 4),
    floating('LABOR_DAY', 'Labor Day', year, 9, 1, 1),
    floating('COLUMBUS_DAY', 'Columbus Day', year, 10, 1, 2),
    fixed('VETERANS_DAY', 'Veterans Day', year, 11, 11),
    floating('THANKSGIVING_DAY', 'Thanksgiving Day', year, 11, 4, 4),
    fixed('CHRISTMAS_DAY', 'Christmas Day', year, 12, 25),
  );
  // Frozen and cached: holidays of a year never change, and callers ask for the same years repeatedly.
  const frozen = Object.freeze(list.map((h) => Object.freeze(h)));
  byYear.set(year, frozen);
  return frozen;
}

/** Holidays observed (offices closed) during `year`, including next year's New Year's on Dec 31. */
export function observedFederalHolidays(year: number): readonly FederalHoliday[] {
  const inYear = (h: FederalHoliday) => h.observedOn.startsWith(`${String(year).padStart(4, '0')}-`);
  // Only next year's New Year's Day can be observed in this year (on Dec 31); 9999 has no next year.
  const next = year < 9999 ? federalHolidays(year + 1).filter(inYear) : [];
  return [...federalHolidays(year).filter(inYear), ...next];
}

/** The holiday observed on this date (federal offices closed), or null. */
export function federalHolidayObservedOn(date: IsoDate): FederalHoliday | null {
  return observedFederalHolidays(parseIsoDate(date).year).find((h) => h.observedOn === date) ?? null;
}

/** The holiday whose legal date is this date (even if observed on another day), or null. */
export function federalHolidayOn(date: IsoDate): FederalHoliday | null {
  return federalHolidays(parseIsoDate(date).year).find((h) => h.date === date) ?? null;
}

export function isFederalHoliday(date: IsoDate): boolean {
  return federalHolidayObservedOn(date) !== null;
}

export function isBusinessDay(date: IsoDate): boolean {
  return !isWeekend(date) && !isFederalHoliday(date);
}

export type NonBusinessReason = 'SATURDAY' | 'SUNDAY' | 'FEDERAL_HOLIDAY';

export interface NonBusinessDay {
  date: IsoDate;
  reason: NonBusinessReason;
  /** For a weekend day, the holiday falling on it (e.g. July 4 on a Saturday); for FEDERAL_HOLIDAY, the one observed. */
  holiday: FederalHoliday | null;
}

/** Why a date is not a business day, or null when it is one. */
export function nonBusinessDay(date: IsoDate): NonBusinessDay | null {
  const w = weekday(date);
  if (w === 6 || w === 0) return { date, reason: w === 6 ? 'SATURDAY' : 'SUNDAY', holiday: federalHolidayOn(date) };
  const holiday = federalHolidayObservedOn(date);
  return holiday ? { date, reason: 'FEDERAL_HOLIDAY', holiday } : null;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: IsoDate): IsoDate {
  let d = addDays(date, 1);
  while (!isBusinessDay(d)) d = addDays(d, 1);
  return d;
}

export interface BusinessDayRoll {
  /** `date` itself when it is a business day, else the next business day. */
  date: IsoDate;
  /** Each non-business day passed over, in order (empty when no move was needed). */
  skipped: NonBusinessDay[];
}

/** The deadline rule: keep `date` if it is a business day, otherwise move to the next one, saying why. */
export function rollToBusinessDay(date: IsoDate): BusinessDayRoll {
  const skipped: NonBusinessDay[] = [];
  let d = date;
  for (let why = nonBusinessDay(d); why; why = nonBusinessDay(d)) {
    skipped.push(why);
    d = addDays(d, 1);
  }
  return { date: d, skipped };
}
