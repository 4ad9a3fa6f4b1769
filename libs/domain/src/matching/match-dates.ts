import { MatchingInputError } from './matching.errors';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a strict 'YYYY-MM-DD' calendar date (2025-02-30 is refused, not rolled over). */
export function toEpochDay(value: unknown, field: string): number {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const back = new Date(time);
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return time / DAY_MS;
    }
  }
  throw new MatchingInputError('INVALID_DATE', `${field} must be a date as YYYY-MM-DD`, field);
}

/** Inclusive day range; `end` is Infinity when open-ended. */
export interface DayRange {
  start: number;
  end: number;
}

export function toDayRange(from: unknown, until: unknown, fromField: string, untilField: string): DayRange {
  const start = toEpochDay(from, fromField);
  const end = until === null || until === undefined ? Infinity : toEpochDay(until, untilField);
  if (end < start) {
    throw new MatchingInputError('INVALID_PERIOD', `${untilField} must not be before ${fromField}`, untilField);
  }
  return { start, end };
}

/** Number of days both inclusive ranges cover (0 when disjoint; Infinity when both are open-ended). */
export function overlapDays(a: DayRange, b: DayRange): number {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end < start ? 0 : end - start + 1;
}
