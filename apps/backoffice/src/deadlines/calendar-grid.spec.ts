import { addMonths, monthWeeks } from './calendar-grid';

describe('calendar grid', () => {
  it.each([
    // November 2026 starts on a Sunday: the first row begins Monday 26 October.
    ['2026-11-15', 6, '2026-10-26', '2026-12-06'],
    // February 2027 starts on a Monday and has exactly four weeks.
    ['2027-02-10', 4, '2027-02-01', '2027-02-28'],
  ])('%s → %i weeks from %s to %s', (day, rows, first, last) => {
    const weeks = monthWeeks(day);
    expect(weeks).toHaveLength(rows);
    expect(weeks[0][0]).toBe(first);
    expect(weeks.at(-1)?.[6]).toBe(last);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-05', 1, '2027-01-01'],
    ['2026-03-15', -3, '2025-12-01'],
  ])('addMonths(%s, %i) = %s', (day, n, expected) => {
    expect(addMonths(day, n)).toBe(expected);
  });
});
