/** Pure date helpers of the calendar view (UTC arithmetic on `YYYY-MM-DD` days). */
export const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** `2026-11` → its first day. */
export const firstOfMonth = (day: string): string => `${day.slice(0, 7)}-01`;

export function addMonths(day: string, n: number): string {
  const d = new Date(Date.parse(`${firstOfMonth(day)}T00:00:00Z`));
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

/** Weeks (Monday first) covering the month of `day`: 4 to 6 rows of 7 days. */
export function monthWeeks(day: string): string[][] {
  const first = firstOfMonth(day);
  const weekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  let cursor = addDays(first, -weekday);
  const next = addMonths(first, 1);
  const weeks: string[][] = [];
  while (cursor < next) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(cursor, i)));
    cursor = addDays(cursor, 7);
  }
  return weeks;
}
