import {
  federalHolidayObservedOn,
  federalHolidayOn,
  federalHolidays,
  isBusinessDay,
  isFederalHoliday,
  nextBusinessDay,
  nonBusinessDay,
  nthWeekdayOfMonth,
  observedFederalHolidays,
  rollToBusinessDay,
} from './federal-holidays';

// Observed dates as published in OPM's federal holiday calendars; weekdays checked with node's Date.
describe('observedFederalHolidays', () => {
  it.each([
    [2020, ['2020-01-01', '2020-01-20', '2020-02-17', '2020-05-25', '2020-07-03', '2020-09-07', '2020-10-12', '2020-11-11', '2020-11-26', '2020-12-25']],
    // Juneteenth's first year: June 19 was a Saturday, observed Friday June 18; New Year's 2022 observed Dec 31.
    [2021, ['2021-01-01', '2021-01-18', '2021-02-15', '2021-05-31', '2021-06-18', '2021-07-05', '2021-09-06', '2021-10-11', '2021-11-11', '2021-11-25', '2021-12-24', '2021-12-31']],
    // New Year's Day 2022 (a Saturday) was observed in 2021, so 2022 has only ten observed days.
    [2022, ['2022-01-17', '2022-02-21', '2022-05-30', '2022-06-20', '2022-07-04', '2022-09-05', '2022-10-10', '2022-11-11', '2022-11-24', '2022-12-26']],
    [2023, ['2023-01-02', '2023-01-16', '2023-02-20', '2023-05-29', '2023-06-19', '2023-07-04', '2023-09-04', '2023-10-09', '2023-11-10', '2023-11-23', '2023-12-25']],
    [2026, ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25']],
    [2027, ['2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25', '2027-12-24', '2027-12-31']],
  ])('%i', (year, expected) => {
    expect(observedFederalHolidays(year).map((h) => h.observedOn)).toEqual(expected);
  });
});

describe('federalHolidays (legal dates and observed dates)', () => {
  it.each([
    [2028, 'NEW_YEARS_DAY', '2028-01-01', '2027-12-31'],
    [2022, 'NEW_YEARS_DAY', '2022-01-01', '2021-12-31'],
    [2023, 'NEW_YEARS_DAY', '2023-01-01', '2023-01-02'],
    [2026, 'INDEPENDENCE_DAY', '2026-07-04', '2026-07-03'],
    [2027, 'INDEPENDENCE_DAY', '2027-07-04', '2027-07-05'],
    [2027, 'CHRISTMAS_DAY', '2027-12-25', '2027-12-24'],
    [2022, 'CHRISTMAS_DAY', '2022-12-25', '2022-12-26'],
    [2027, 'JUNETEENTH', '2027-06-19', '2027-06-18'],
    [2028, 'VETERANS_DAY', '2028-11-11', '2028-11-10'],
    [2026, 'THANKSGIVING_DAY', '2026-11-26', '2026-11-26'],
    [2025, 'THANKSGIVING_DAY', '2025-11-27', '2025-11-27'],
    [2026, 'MLK_DAY', '2026-01-19', '2026-01-19'],
    [2024, 'COLUMBUS_DAY', '2024-10-14', '2024-10-14'],
    [2028, 'MEMORIAL_DAY', '2028-05-29', '2028-05-29'],
  ])('%i %s falls on %s, observed %s', (year, id, date, observedOn) => {
    expect(federalHolidays(year).find((h) => h.id === id)).toMatchObject({ date, observedOn });
  });

  it.each([
    [2020, 'JUNETEENTH', false],
    [2021, 'JUNETEENTH', true],
    [1985, 'MLK_DAY', false],
    [1986, 'MLK_DAY', true],
  ])('%i has %s: %p', (year, id, present) => {
    expect(federalHolidays(year).some((h) => h.id === id)).toBe(present);
  });

  it('has eleven holidays a year since 2021, never Inauguration Day', () => {
    expect(federalHolidays(2029)).toHaveLength(11);
    expect(federalHolidays(2029).map((h) => h.name).join()).not.toMatch(/inauguration/i);
  });
});

describe('nthWeekdayOfMonth', () => {
  it.each([
    [2026, 1, 1, 3, '2026-01-19'],
    [2026, 5, 1, -1, '2026-05-25'],
    [2027, 5, 1, -1, '2027-05-31'],
    [2026, 11, 4, 4, '2026-11-26'],
    [2026, 9, 1, 1, '2026-09-07'],
    [2026, 12, 4, -1, '2026-12-31'],
  ])('%i-%i weekday %i #%i = %s', (year, month, day, n, expected) => {
    expect(nthWeekdayOfMonth(year, month, day as 0 | 1 | 2 | 3 | 4 | 5 | 6, n)).toBe(expected);
  });
});

describe('holiday lookups by date', () => {
  it.each([
    // date, observed holiday id (offices closed), legal holiday id
    ['2026-07-03', 'INDEPENDENCE_DAY', null],
    ['2026-07-04', null, 'INDEPENDENCE_DAY'],
    ['2027-12-31', 'NEW_YEARS_DAY', null],
    ['2028-01-01', null, 'NEW_YEARS_DAY'],
    ['2026-06-19', 'JUNETEENTH', 'JUNETEENTH'],
    ['2020-06-19', null, null],
    ['2026-11-27', null, null],
    ['2026-12-24', null, null],
  ])('%s: observed %p, legal %p', (date, observed, legal) => {
    expect(federalHolidayObservedOn(date)?.id ?? null).toBe(observed);
    expect(federalHolidayOn(date)?.id ?? null).toBe(legal);
    expect(isFederalHoliday(date)).toBe(observed !== null);
  });
});

describe('isBusinessDay', () => {
  it.each([
    ['2026-03-10', true],
    ['2026-05-30', false],
    ['2026-05-31', false],
    ['2026-06-19', false],
    ['2026-07-03', false],
    ['2026-11-26', false],
    ['2026-11-27', true],
    ['2027-12-31', false],
    ['2021-12-31', false],
    ['2026-12-31', true],
    ['2023-01-02', false],
  ])('%s → %p', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });
});

describe('nextBusinessDay (strictly after)', () => {
  it.each([
    ['2026-03-10', '2026-03-11'],
    ['2026-05-29', '2026-06-01'],
    ['2026-07-02', '2026-07-06'],
    ['2026-12-24', '2026-12-28'],
    ['2027-12-30', '2028-01-03'],
    ['2026-11-25', '2026-11-27'],
    ['2027-01-15', '2027-01-19'],
  ])('%s → %s', (date, expected) => {
    expect(nextBusinessDay(date)).toBe(expected);
  });
});

describe('rollToBusinessDay (same day if open)', () => {
  it.each([
    ['2026-03-10', '2026-03-10', []],
    ['2026-05-30', '2026-06-01', ['SATURDAY', 'SUNDAY']],
    ['2026-06-19', '2026-06-22', ['FEDERAL_HOLIDAY', 'SATURDAY', 'SUNDAY']],
    ['2026-07-03', '2026-07-06', ['FEDERAL_HOLIDAY', 'SATURDAY', 'SUNDAY']],
    ['2027-01-16', '2027-01-19', ['SATURDAY', 'SUNDAY', 'FEDERAL_HOLIDAY']],
    ['2027-12-31', '2028-01-03', ['FEDERAL_HOLIDAY', 'SATURDAY', 'SUNDAY']],
    ['2026-11-26', '2026-11-27', ['FEDERAL_HOLIDAY']],
  ])('%s → %s skipping %p', (date, expected, reasons) => {
    const roll = rollToBusinessDay(date);
    expect(roll.date).toBe(expected);
    expect(roll.skipped.map((d) => d.reason)).toEqual(reasons);
  });

  it('names the holiday that falls on a weekend day', () => {
    expect(nonBusinessDay('2026-07-04')).toMatchObject({ reason: 'SATURDAY', holiday: { id: 'INDEPENDENCE_DAY' } });
    expect(nonBusinessDay('2026-07-03')).toMatchObject({ reason: 'FEDERAL_HOLIDAY', holiday: { id: 'INDEPENDENCE_DAY', observedOn: '2026-07-03' } });
    expect(nonBusinessDay('2026-07-06')).toBeNull();
  });
});
