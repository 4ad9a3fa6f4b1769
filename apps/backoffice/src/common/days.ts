/** Calendar days (`YYYY-MM-DD`, as the API sends them), formatted and compared without time-zone drift. */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

export const isDay = (value: unknown): value is string => typeof value === 'string' && DAY.test(value);

const toUtc = (day: string): Date => new Date(`${day}T00:00:00Z`);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Jun 4, 2026" / "4 июн. 2026 г." (short), "June 4, 2026" / "4 июня 2026 г." (long). */
export function formatDay(day: string, locale: string, style: 'short' | 'long' = 'short'): string {
  if (!isDay(day)) return day;
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { year: 'numeric', month: style, day: 'numeric', timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(toUtc(day));
}

/** Today on this computer's calendar, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / MS_PER_DAY);
}
