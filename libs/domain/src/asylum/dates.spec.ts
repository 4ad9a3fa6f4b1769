import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isLeapDay,
  isLeapYear,
  isWeekend,
  parseIsoDate,
  toDayNumber,
  weekday,
  weekdayName,
} from './dates';

// Expected values were computed independently with `new Date(iso + 'T00:00:00Z')` in node.
describe('isIsoDate', () => {
  it.each([
    ['2026-01-05', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['2026-01-05T00:00:00Z', false],
    ['', false],
    [20260105, false],
    [null, false],
  ])('%p → %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('parseIsoDate / formatIsoDate', () => {
  it.each([
    ['2026-01-05', { year: 2026, month: 1, day: 5 }],
    ['0999-12-31', { year: 999, month: 12, day: 31 }],
  ])('%s ⇄ %p', (iso, parts) => {
    expect(parseIsoDate(iso)).toEqual(parts);
    expect(formatIsoDate(parts)).toBe(iso);
  });

  it.each(['2025-02-29', 'tomorrow', '2026-01-05 '])('rejects %p with a RangeError', (bad) => {
    expect(() => parseIsoDate(bad)).toThrow(RangeError);
  });

  it.each([
    [{ year: 2025, month: 2, day: 29 }],
    [{ year: 2026, month: 13, day: 1 }],
    [{ year: 2026, month: 1, day: 0 }],
  ])('formatIsoDate rejects %p', (parts) => {
    expect(() => formatIsoDate(parts)).toThrow(RangeError);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-02-29', 11016],
    ['2000-03-01', 11017],
    ['2026-01-05', 20458],
    ['1900-03-01', -25508],
    ['2100-02-28', 47540],
  ])('%s is day %i', (iso, n) => {
    expect(toDayNumber(iso)).toBe(n);
    expect(fromDayNumber(n)).toBe(iso);
  });

  it('agrees with Date.UTC on every day from 1899 to 2101', () => {
    // Property check against an independent implementation (the JS engine's calendar).
    const first = Date.UTC(1899, 0, 1) / 86400000;
    const last = Date.UTC(2101, 11, 31) / 86400000;
    for (let n = first; n <= last; n++) {
      const iso = new Date(n * 86400000).toISOString().slice(0, 10);
      if (fromDayNumber(n) !== iso || toDayNumber(iso) !== n) throw new Error(`mismatch at ${iso}`);
    }
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-05', 150, '2026-06-04'],
    ['2026-01-05', 180, '2026-07-04'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2027-10-01', 150, '2028-02-28'],
    ['2026-01-05', 0, '2026-01-05'],
  ])('%s + %i = %s', (from, n, expected) => {
    expect(addDays(from, n)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-05', '2026-01-05', 0],
    ['2026-01-05', '2026-06-04', 150],
    ['2026-06-04', '2026-01-05', -150],
    ['2024-03-01', '2025-03-01', 365],
    ['2024-02-01', '2024-03-01', 29],
    ['2025-02-01', '2025-03-01', 28],
    ['2025-05-30', '2026-07-24', 420],
  ])('%s → %s = %i', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });
});

describe('addYears (Feb 29 → Feb 28)', () => {
  it.each([
    ['2025-03-10', 1, '2026-03-10'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2023-02-28', 1, '2024-02-28'],
    ['2023-03-01', 1, '2024-03-01'],
    ['2096-02-29', 4, '2100-02-28'],
    ['2026-12-31', 1, '2027-12-31'],
  ])('%s + %i year(s) = %s', (from, n, expected) => {
    expect(addYears(from, n)).toBe(expected);
  });
});

describe('addMonths (clamped to month end)', () => {
  it.each([
    ['2025-12-05', 18, '2027-06-05'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-15', -3, '2025-12-15'],
    ['2026-11-30', 2, '2027-01-30'],
  ])('%s + %i months = %s', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });
});

describe('leap years and days', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('isLeapYear(%i) = %p', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });

  it.each([
    ['2024-02-29', true],
    ['2024-02-28', false],
    ['2024-03-01', false],
  ])('isLeapDay(%s) = %p', (iso, expected) => {
    expect(isLeapDay(iso)).toBe(expected);
  });
});

describe('weekday', () => {
  it.each([
    ['1970-01-01', 4, 'Thursday', false],
    ['1969-12-31', 3, 'Wednesday', false],
    ['2026-05-30', 6, 'Saturday', true],
    ['2021-02-28', 0, 'Sunday', true],
    ['2026-03-10', 2, 'Tuesday', false],
    ['2026-07-03', 5, 'Friday', false],
    ['2027-01-18', 1, 'Monday', false],
    ['1900-03-01', 4, 'Thursday', false],
  ])('%s is %i (%s), weekend %p', (iso, n, name, weekend) => {
    expect(weekday(iso)).toBe(n);
    expect(weekdayName(iso)).toBe(name);
    expect(isWeekend(iso)).toBe(weekend);
  });
});
