/**
 * The work-permit clock as arithmetic on stop periods.
 *
 * A stop is a half-open period [from, to): the clock does not run on `from`, and runs again on `to`
 * (the day it resumes). A day d "counts" when start <= d < t and no stop covers d, so
 * clockDays(t) = (t - start) - stopped days in [start, t), and clockDays(start) = 0.
 * Overlapping or touching stops are merged first so no day is subtracted twice; the parts of stops
 * before the clock start are cut off, because a stop can only take away days the clock had.
 */
import { addDays, daysBetween, fromDayNumber, IsoDate, toDayNumber } from './dates';

export interface StopInput {
  from: IsoDate;
  /** Day the clock resumes (exclusive end); null while the stop is open. */
  to: IsoDate | null;
}

/** A merged, clipped stop; `to` null means open (still stopped as of the evaluation date). */
export interface StopPeriod {
  from: IsoDate;
  to: IsoDate | null;
  /** Days this period covers up to the evaluation date (an open stop counts up to `asOf`). */
  days: number;
}

/**
 * Merges stops and clips them to [clockStartedOn, ∞), as known on `asOf`: a stop starting after `asOf`
 * is ignored (not yet happened), and a stop whose resume date is after `asOf` is treated as open,
 * because the clock has not in fact resumed yet (a planned resumption is not an event that happened).
 * Zero-length or inverted stops (to <= from) are ignored as no stop at all.
 */
export function normalizeStops(stops: readonly StopInput[], clockStartedOn: IsoDate, asOf: IsoDate): StopPeriod[] {
  const start = toDayNumber(clockStartedOn);
  const now = toDayNumber(asOf);
  const intervals = stops
    .map((s) => ({ from: toDayNumber(s.from), to: s.to === null ? Infinity : toDayNumber(s.to) }))
    .filter((s) => s.from <= now && s.to > s.from)
    .map((s) => ({ from: Math.max(s.from, start), to: s.to > now ? Infinity : s.to }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const s of intervals) {
    const last = merged.at(-1);
    // `<=` also joins touching stops ([a,b) + [b,c) = [a,c)), which reads better in explanations.
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged.map((s) => ({
    from: fromDayNumber(s.from),
    to: s.to === Infinity ? null : fromDayNumber(s.to),
    days: Math.max(0, Math.min(s.to, now) - s.from),
  }));
}

/** Stopped days within [from, to) for normalized stops (open ones run forever here). */
export function stoppedDaysWithin(stops: readonly StopPeriod[], from: IsoDate, to: IsoDate): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  let total = 0;
  for (const s of stops) {
    const sFrom = toDayNumber(s.from);
    const sTo = s.to === null ? Infinity : toDayNumber(s.to);
    total += Math.max(0, Math.min(sTo, b) - Math.max(sFrom, a));
  }
  return total;
}

/** Clock days on `date` (0 on the start day, and before it). */
export function clockDaysOn(clockStartedOn: IsoDate, stops: readonly StopPeriod[], date: IsoDate): number {
  if (date <= clockStartedOn) return 0;
  return daysBetween(clockStartedOn, date) - stoppedDaysWithin(stops, clockStartedOn, date);
}

export type ClockTarget =
  | { kind: 'date'; date: IsoDate; stoppedDays: number }
  /** An open stop began before the target was reached: the date depends on when the stop ends. */
  | { kind: 'stopped'; stoppedSince: IsoDate; clockDaysAtStop: number };

/**
 * The first day on which clockDays >= `days`, given the stops known so far (no further stops assumed).
 * Walking the sorted stops: each stop that begins before the tentative date pushes it back by the
 * stop's full length. A stop beginning exactly on the tentative date does not: the clock already
 * reached the target that day.
 */
export function dateWhenClockReaches(clockStartedOn: IsoDate, stops: readonly StopPeriod[], days: number): ClockTarget {
  let target = addDays(clockStartedOn, days);
  let stoppedDays = 0;
  for (const s of stops) {
    if (s.from >= target) break;
    if (s.to === null) {
      return { kind: 'stopped', stoppedSince: s.from, clockDaysAtStop: clockDaysOn(clockStartedOn, stops, s.from) };
    }
    const length = daysBetween(s.from, s.to);
    target = addDays(target, length);
    stoppedDays += length;
  }
  return { kind: 'date', date: target, stoppedDays };
}
