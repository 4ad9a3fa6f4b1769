import { CaseClock, CaseClockInput, ClockMilestone, computeCaseClock } from './case-clock';
import { PROPOSED_365_DAY_RULE, RESTORED_2022_RULE, RuleSet } from './rule-sets';

// Every expected date and count below was computed independently with node's Date
// (e.g. `new Date('2026-01-05T00:00:00Z')` + n days), never copied from computeCaseClock's output.
const m = (type: string, date: string): ClockMilestone => ({ type, date });
const stop = (date: string, endDate: string | null): ClockMilestone => ({ type: 'CLOCK_STOP', date, endDate });
const FILED = m('I589_FILED', '2026-01-05');
const ARRIVAL = '2025-05-30';

interface Row {
  name: string;
  input: CaseClockInput;
  asOf: string;
  rules?: RuleSet;
  expected: Partial<CaseClock>;
}

const rows: Row[] = [
  {
    name: 'guide example: I-589 received 2026-01-05, no stops',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED] },
    asOf: '2026-03-01',
    expected: {
      oneYearDeadline: '2026-06-01',
      clockStartedOn: '2026-01-05',
      clockDays: 55,
      clockStoppedDays: 0,
      clockStopped: false,
      eadMayFileOn: '2026-06-04',
      eadEarliestGrantOn: '2026-07-04',
      eadDecisionDueOn: null,
      eadInHandOn: null,
      daysWithoutWorkAuthorization: 55,
      daysWithoutWorkAuthorizationSinceArrival: 275,
      flags: [],
    },
  },
  {
    name: 'guide example with a closed 30-day stop',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', '2026-03-31')] },
    asOf: '2026-05-01',
    expected: { clockDays: 86, clockStoppedDays: 30, eadMayFileOn: '2026-07-04', eadEarliestGrantOn: '2026-08-03', daysWithoutWorkAuthorization: 116 },
  },
  {
    name: 'clock on the filing day',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED] },
    asOf: '2026-01-05',
    expected: { clockStartedOn: '2026-01-05', clockDays: 0, clockStoppedDays: 0, daysWithoutWorkAuthorization: 0 },
  },
  {
    name: 'clock on the may-file day reads exactly 150',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED] },
    asOf: '2026-06-04',
    expected: { clockDays: 150, eadMayFileOn: '2026-06-04' },
  },
  {
    name: 'I-765 received on the may-file day: decision due on the earliest grant day',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPLIED', '2026-06-04')] },
    asOf: '2026-06-20',
    expected: { clockDays: 166, eadAppliedOn: '2026-06-04', eadDecisionDueOn: '2026-07-04', flags: [] },
  },
  {
    name: 'I-765 received later: decision due 30 days after the receipt',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPLIED', '2026-06-20')] },
    asOf: '2026-06-25',
    expected: { clockDays: 171, eadDecisionDueOn: '2026-07-20' },
  },
  {
    name: 'I-765 received too early: flagged, decision bound by the earliest grant day',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPLIED', '2026-05-01')] },
    asOf: '2026-05-10',
    expected: { eadDecisionDueOn: '2026-07-04', flags: ['EAD_APPLIED_BEFORE_ELIGIBLE'] },
  },
  {
    name: 'decision overdue: past the due date with nothing in hand',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPLIED', '2026-06-04')] },
    asOf: '2026-07-05',
    expected: { eadDecisionDueOn: '2026-07-04', flags: ['EAD_DECISION_OVERDUE'] },
  },
  {
    name: 'on the due date itself the decision is not yet overdue',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPLIED', '2026-06-04')] },
    asOf: '2026-07-04',
    expected: { flags: [] },
  },
  {
    name: 'permit in hand by card (the card wins over an earlier approval)',
    input: {
      lastArrivalOn: ARRIVAL,
      milestones: [FILED, m('EAD_APPLIED', '2026-06-04'), m('EAD_APPROVED', '2026-07-10'), m('EAD_CARD_RECEIVED', '2026-07-24')],
    },
    asOf: '2026-08-01',
    expected: {
      eadInHandOn: '2026-07-24',
      workAuthorizedOn: '2026-07-24',
      workAuthorizedBy: 'EAD_CARD_RECEIVED',
      daysWithoutWorkAuthorization: 200,
      daysWithoutWorkAuthorizationSinceArrival: 420,
      clockDays: 208,
      flags: [],
    },
  },
  {
    name: 'permit in hand by approval when no card is recorded',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPROVED', '2026-07-10')] },
    asOf: '2026-08-01',
    expected: { eadInHandOn: '2026-07-10', workAuthorizedBy: 'EAD_APPROVED', daysWithoutWorkAuthorization: 186, daysWithoutWorkAuthorizationSinceArrival: 406 },
  },
  {
    name: 'a future-dated card is ignored: approval counts',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPROVED', '2026-07-10'), m('EAD_CARD_RECEIVED', '2026-08-15')] },
    asOf: '2026-08-01',
    expected: { eadInHandOn: '2026-07-10', daysWithoutWorkAuthorization: 186 },
  },
  {
    name: 'open stop before day 150: may-file and grant dates not knowable',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', null)] },
    asOf: '2026-04-01',
    expected: {
      clockDays: 55,
      clockStoppedDays: 31,
      clockStopped: true,
      eadMayFileOn: null,
      eadEarliestGrantOn: null,
      daysWithoutWorkAuthorization: 86,
      flags: ['CLOCK_STOPPED'],
    },
  },
  {
    name: 'open stop after day 150: may-file date stays, grant date unknown',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-06-10', null)] },
    asOf: '2026-06-20',
    expected: { clockDays: 156, clockStoppedDays: 10, eadMayFileOn: '2026-06-04', eadEarliestGrantOn: null },
  },
  {
    name: 'I-765 pending during an open stop: decision date unknown',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPLIED', '2026-06-05'), stop('2026-06-10', null)] },
    asOf: '2026-06-20',
    expected: { eadAppliedOn: '2026-06-05', eadDecisionDueOn: null, flags: ['CLOCK_STOPPED'] },
  },
  {
    name: 'a stop whose resume date is still ahead counts as open',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', '2026-05-01')] },
    asOf: '2026-04-01',
    expected: { clockDays: 55, clockStoppedDays: 31, clockStopped: true, eadMayFileOn: null },
  },
  {
    name: 'the same stop once its resume date has passed',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', '2026-05-01')] },
    asOf: '2026-05-15',
    expected: { clockDays: 69, clockStoppedDays: 61, clockStopped: false, eadMayFileOn: '2026-08-04', eadEarliestGrantOn: '2026-09-03' },
  },
  {
    name: 'overlapping stops are not double-counted',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', '2026-03-31'), stop('2026-03-15', '2026-04-10')] },
    asOf: '2026-12-31',
    expected: { clockDays: 320, clockStoppedDays: 40, eadMayFileOn: '2026-07-14', eadEarliestGrantOn: '2026-08-13' },
  },
  {
    name: 'a stop before the clock start does not count',
    input: { lastArrivalOn: ARRIVAL, milestones: [stop('2025-12-01', '2025-12-20'), FILED] },
    asOf: '2026-12-31',
    expected: { clockDays: 360, clockStoppedDays: 0, eadMayFileOn: '2026-06-04', eadEarliestGrantOn: '2026-07-04' },
  },
  {
    name: 'a stop straddling the clock start counts from the start',
    input: { lastArrivalOn: ARRIVAL, milestones: [stop('2025-12-20', '2026-01-15'), FILED] },
    asOf: '2026-12-31',
    expected: { clockDays: 350, clockStoppedDays: 10, eadMayFileOn: '2026-06-14', eadEarliestGrantOn: '2026-07-14' },
  },
  {
    name: 'a future-dated stop is ignored',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-04-01', '2026-04-20')] },
    asOf: '2026-03-15',
    expected: { clockDays: 69, clockStoppedDays: 0, eadMayFileOn: '2026-06-04' },
  },
  {
    name: 'referred to court and lodged again there: keeps the days accrued since the first filing',
    input: {
      lastArrivalOn: '2024-09-01',
      milestones: [m('I589_FILED', '2025-06-02'), m('REFERRED_TO_COURT', '2025-09-15'), m('I589_FILED', '2025-10-20')],
    },
    asOf: '2025-12-01',
    expected: { clockStartedOn: '2025-06-02', clockDays: 182, eadMayFileOn: '2025-10-30', eadEarliestGrantOn: '2025-11-29' },
  },
  {
    name: 'not yet filed: only the deadline and the wait since arrival',
    input: { lastArrivalOn: ARRIVAL, milestones: [m('ARRIVED', ARRIVAL)] },
    asOf: '2026-03-01',
    expected: {
      oneYearDeadline: '2026-06-01',
      clockStartedOn: null,
      clockDays: null,
      clockStoppedDays: null,
      eadMayFileOn: null,
      eadEarliestGrantOn: null,
      eadDecisionDueOn: null,
      eadInHandOn: null,
      daysWithoutWorkAuthorization: null,
      daysWithoutWorkAuthorizationSinceArrival: 275,
      flags: [],
      attorneyReviewFlag: false,
    },
  },
  {
    name: 'not filed and the deadline has passed',
    input: { lastArrivalOn: ARRIVAL, milestones: [] },
    asOf: '2026-06-02',
    expected: { oneYearDeadline: '2026-06-01', flags: ['ONE_YEAR_DEADLINE_PASSED'], attorneyReviewFlag: true },
  },
  {
    name: 'not filed, on the (moved) deadline day: not yet passed',
    input: { lastArrivalOn: ARRIVAL, milestones: [] },
    asOf: '2026-06-01',
    expected: { flags: [], attorneyReviewFlag: false },
  },
  {
    name: 'a future-dated I-589 does not start the clock',
    input: { lastArrivalOn: ARRIVAL, milestones: [m('I589_FILED', '2026-04-01')] },
    asOf: '2026-03-01',
    expected: { clockStartedOn: null, clockDays: null, eadMayFileOn: null, daysWithoutWorkAuthorization: null },
  },
  {
    name: 'I-589 filed on the deadline (moved to Monday) is timely',
    input: { lastArrivalOn: ARRIVAL, milestones: [m('I589_FILED', '2026-06-01')] },
    asOf: '2026-06-05',
    expected: { flags: [], attorneyReviewFlag: false },
  },
  {
    name: 'I-589 filed the day after the deadline',
    input: { lastArrivalOn: '2025-03-10', milestones: [m('I589_FILED', '2026-03-11')] },
    asOf: '2026-03-20',
    expected: { oneYearDeadline: '2026-03-10', flags: ['I589_FILED_AFTER_DEADLINE'], attorneyReviewFlag: true, daysWithoutWorkAuthorizationSinceArrival: 375 },
  },
  {
    name: 'Feb 29 arrival: Feb 28 deadline, attorney review',
    input: { lastArrivalOn: '2024-02-29', milestones: [m('I589_FILED', '2024-11-01')] },
    asOf: '2024-12-01',
    expected: { oneYearDeadline: '2025-02-28', flags: ['FEB29_ARRIVAL'], attorneyReviewFlag: true },
  },
  {
    name: 'clock spanning Feb 29, 2028',
    input: { lastArrivalOn: '2027-03-01', milestones: [m('I589_FILED', '2027-10-01')] },
    asOf: '2028-03-01',
    expected: { clockDays: 152, eadMayFileOn: '2028-02-28', eadEarliestGrantOn: '2028-03-29' },
  },
  {
    name: 'judge deadline earlier than the statutory one',
    input: { lastArrivalOn: '2025-03-10', judgeDeadlineOn: '2026-01-15', milestones: [] },
    asOf: '2025-12-01',
    expected: { oneYearDeadline: '2026-01-15', statutoryOneYearDeadline: '2026-03-10', oneYearDeadlineSource: 'judge', flags: ['JUDGE_DEADLINE'] },
  },
  {
    name: 'judge deadline later than the statutory one',
    input: { lastArrivalOn: '2025-03-10', judgeDeadlineOn: '2026-05-01', milestones: [] },
    asOf: '2025-12-01',
    expected: { oneYearDeadline: '2026-03-10', oneYearDeadlineSource: 'statute', flags: [] },
  },
  {
    name: 'asylum granted before any permit: the wait ends at the grant',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, m('ASYLUM_GRANTED', '2026-04-15')] },
    asOf: '2026-06-01',
    expected: { eadInHandOn: null, workAuthorizedOn: '2026-04-15', workAuthorizedBy: 'ASYLUM_GRANTED', daysWithoutWorkAuthorization: 100 },
  },
  {
    name: 'no lastArrivalOn: the latest ARRIVED milestone on or before asOf',
    input: { lastArrivalOn: null, milestones: [m('ARRIVED', '2024-01-10'), m('ARRIVED', '2025-03-10'), m('ARRIVED', '2026-04-01')] },
    asOf: '2026-03-01',
    expected: { lastArrivalOn: '2025-03-10', oneYearDeadline: '2026-03-10' },
  },
  {
    name: 'no arrival at all',
    input: { lastArrivalOn: null, milestones: [FILED] },
    asOf: '2026-03-01',
    expected: { lastArrivalOn: null, oneYearDeadline: null, oneYearDeadlineSource: null, daysWithoutWorkAuthorizationSinceArrival: null, daysWithoutWorkAuthorization: 55 },
  },
  {
    name: 'a permit recorded before the filing (data error) counts as no wait, never negative',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_CARD_RECEIVED', '2025-12-01')] },
    asOf: '2026-03-01',
    expected: { eadInHandOn: '2025-12-01', daysWithoutWorkAuthorization: 0 },
  },
  {
    name: 'proposed 365-day rule, same client',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPLIED', '2027-01-05')] },
    asOf: '2027-01-10',
    rules: PROPOSED_365_DAY_RULE,
    // 91 FR 8616 gives USCIS 180 days (not 30) to decide.
    expected: { eadMayFileOn: '2027-01-05', eadEarliestGrantOn: '2027-01-05', eadDecisionDueOn: '2027-07-04' },
  },
  {
    name: 'proposed 365-day rule with a 30-day stop',
    input: { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', '2026-03-31'), m('EAD_APPLIED', '2027-02-04')] },
    asOf: '2027-02-10',
    rules: PROPOSED_365_DAY_RULE,
    expected: { eadMayFileOn: '2027-02-04', eadEarliestGrantOn: '2027-02-04', eadDecisionDueOn: '2027-08-03' },
  },
];

describe('computeCaseClock', () => {
  it.each(rows)('$name', ({ input, asOf, rules, expected }) => {
    const result = computeCaseClock(input, rules ?? RESTORED_2022_RULE, { asOf });
    expect(result).toMatchObject(expected);
    expect(result.asOf).toBe(asOf);
    expect(result.ruleSetId).toBe((rules ?? RESTORED_2022_RULE).id);
  });
});
