import { computeOneYearDeadline } from './one-year-deadline';

// Weekdays and holidays of each expected date were checked with node's Date and OPM's holiday calendars.
describe('computeOneYearDeadline: arrival → deadline', () => {
  it.each([
    // guide examples
    ['2025-03-10', '2026-03-10', 'DEADLINE_ANNIVERSARY', 'anniversary on a Tuesday'],
    ['2025-05-30', '2026-06-01', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'anniversary on a Saturday'],
    // holidays
    ['2025-06-19', '2026-06-22', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'Juneteenth (Friday), then the weekend'],
    ['2026-06-18', '2027-06-21', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'Juneteenth 2027 observed on Friday June 18'],
    ['2025-07-03', '2026-07-06', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'July 3 2026: Independence Day observed (July 4 is a Saturday)'],
    ['2025-07-04', '2026-07-06', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'July 4 2026 is a Saturday'],
    ['2025-12-25', '2026-12-28', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'Christmas on a Friday'],
    ['2026-12-24', '2027-12-27', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'Christmas 2027 observed on Friday Dec 24'],
    ['2025-11-26', '2026-11-27', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'Thanksgiving; the Friday after is a business day'],
    ['2026-12-31', '2028-01-03', 'DEADLINE_MOVED_TO_BUSINESS_DAY', "New Year's Day 2028 observed on Friday Dec 31 2027"],
    ['2020-12-31', '2022-01-03', 'DEADLINE_MOVED_TO_BUSINESS_DAY', "New Year's Day 2022 observed on Friday Dec 31 2021"],
    ['2024-12-31', '2025-12-31', 'DEADLINE_ANNIVERSARY', 'Dec 31 2025 is an ordinary Wednesday'],
    ['2025-01-19', '2026-01-20', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'MLK Day'],
    ['2026-01-16', '2027-01-19', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'Saturday, Sunday, then MLK Day'],
    ['2025-05-25', '2026-05-26', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'Memorial Day'],
    ['2027-11-10', '2028-11-13', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'Veterans Day 2028 observed on Friday Nov 10'],
    // leap years
    ['2025-02-28', '2026-03-02', 'DEADLINE_MOVED_TO_BUSINESS_DAY', 'Feb 28 2026 is a Saturday'],
    ['2023-02-28', '2024-02-28', 'DEADLINE_ANNIVERSARY', 'into a leap year, Feb 28 stays Feb 28'],
    ['2023-03-01', '2024-03-01', 'DEADLINE_ANNIVERSARY', 'into a leap year, Mar 1 stays Mar 1'],
  ])('%s → %s (%s: %s)', (arrival, deadline, code) => {
    const result = computeOneYearDeadline({ lastArrivalOn: arrival });
    expect(result.deadline).toBe(deadline);
    expect(result.statutoryDeadline).toBe(deadline);
    expect(result.source).toBe('statute');
    expect(result.feb29Arrival).toBe(false);
    expect(result.explanation).toMatchObject({ key: 'oneYearDeadline', code, params: { date: deadline, arrivalOn: arrival } });
  });
});

describe('computeOneYearDeadline: Feb 29 arrivals use Feb 28 and are flagged', () => {
  it.each([
    ['2024-02-29', '2025-02-28', '2025-02-28', 'DEADLINE_ANNIVERSARY'],
    ['2028-02-29', '2029-02-28', '2029-02-28', 'DEADLINE_ANNIVERSARY'],
    ['2020-02-29', '2021-02-28', '2021-03-01', 'DEADLINE_MOVED_TO_BUSINESS_DAY'],
  ])('%s → anniversary %s, deadline %s', (arrival, anniversary, deadline, code) => {
    const result = computeOneYearDeadline({ lastArrivalOn: arrival });
    expect(result).toMatchObject({ anniversary, deadline, feb29Arrival: true });
    expect(result.explanation.code).toBe(code);
    expect(result.explanation.params.feb29Arrival).toBe(true);
    expect(result.explanation.text).toContain('attorney review');
  });
});

describe('computeOneYearDeadline: judge-imposed deadline', () => {
  it.each([
    ['earlier judge date wins', '2025-03-10', '2026-01-15', '2026-01-15', 'judge', 'DEADLINE_SET_BY_JUDGE'],
    ['later judge date loses', '2025-03-10', '2026-05-01', '2026-03-10', 'statute', 'DEADLINE_ANNIVERSARY'],
    ['equal dates: statute', '2025-03-10', '2026-03-10', '2026-03-10', 'statute', 'DEADLINE_ANNIVERSARY'],
    ['judge date is taken as given, even on a weekend', '2025-05-30', '2026-05-31', '2026-05-31', 'judge', 'DEADLINE_SET_BY_JUDGE'],
    ['later than a moved deadline', '2025-05-30', '2026-06-02', '2026-06-01', 'statute', 'DEADLINE_MOVED_TO_BUSINESS_DAY'],
    ['judge date without an arrival', null, '2026-02-01', '2026-02-01', 'judge', 'DEADLINE_SET_BY_JUDGE'],
    ['neither', null, null, null, null, 'ARRIVAL_UNKNOWN'],
  ])('%s', (_name, arrival, judge, deadline, source, code) => {
    const result = computeOneYearDeadline({ lastArrivalOn: arrival, judgeDeadlineOn: judge });
    expect(result.deadline).toBe(deadline);
    expect(result.source).toBe(source);
    expect(result.explanation.code).toBe(code);
  });
});

describe('computeOneYearDeadline: English text', () => {
  it.each([
    ['2025-03-10', null, 'deadline 2026-03-10: one year after arrival on 2025-03-10'],
    ['2025-05-30', null, 'deadline 2026-06-01: anniversary 2026-05-30 is a Saturday, moved to next business day'],
    [
      '2025-06-19',
      null,
      'deadline 2026-06-22: anniversary 2026-06-19 is a federal holiday (Juneteenth National Independence Day), moved to next business day',
    ],
    [
      '2025-07-03',
      null,
      'deadline 2026-07-06: anniversary 2026-07-03 is a federal holiday (Independence Day, observed), moved to next business day',
    ],
    ['2025-07-04', null, 'deadline 2026-07-06: anniversary 2026-07-04 is a Saturday (Independence Day), moved to next business day'],
    [
      '2026-01-16',
      null,
      'deadline 2027-01-19: anniversary 2027-01-16 is a Saturday, then 2027-01-18 a federal holiday (Birthday of Martin Luther King, Jr.), moved to next business day',
    ],
    [
      '2020-02-29',
      null,
      'deadline 2021-03-01: arrival on leap day 2020-02-29, anniversary taken as 2021-02-28 (attorney review advised); anniversary 2021-02-28 is a Sunday, moved to next business day',
    ],
    ['2025-03-10', '2026-01-15', 'deadline 2026-01-15: set by the immigration judge, earlier than the statutory deadline 2026-03-10'],
    ['2025-03-10', '2026-05-01', "deadline 2026-03-10: one year after arrival on 2025-03-10; the judge's deadline 2026-05-01 is later"],
    [null, null, 'no deadline: last arrival date not recorded'],
  ])('arrival %p, judge %p', (arrival, judge, text) => {
    expect(computeOneYearDeadline({ lastArrivalOn: arrival, judgeDeadlineOn: judge }).explanation.text).toBe(text);
  });

  it('lists every skipped day in the params, holidays named by id', () => {
    expect(computeOneYearDeadline({ lastArrivalOn: '2026-01-16' }).explanation.params.skipped).toEqual([
      { date: '2027-01-16', reason: 'SATURDAY', holidayId: null, holidayName: null },
      { date: '2027-01-17', reason: 'SUNDAY', holidayId: null, holidayName: null },
      { date: '2027-01-18', reason: 'FEDERAL_HOLIDAY', holidayId: 'MLK_DAY', holidayName: 'Birthday of Martin Luther King, Jr.' },
    ]);
  });

  it.each([['2025-02-29'], ['03/10/2025']])('rejects a malformed arrival %p', (bad) => {
    expect(() => computeOneYearDeadline({ lastArrivalOn: bad })).toThrow(RangeError);
  });
});
