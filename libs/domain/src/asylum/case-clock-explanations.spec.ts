import { CaseClock, CaseClockInput, ClockMilestone, computeCaseClock } from './case-clock';
import { RESTORED_2022_RULE } from './rule-sets';

// Explanations and input checks of computeCaseClock; the computed values are in case-clock.spec.ts.
// Dates and counts in the expected texts were computed independently with node's Date.
const m = (type: string, date: string): ClockMilestone => ({ type, date });
const stop = (date: string, endDate: string | null): ClockMilestone => ({ type: 'CLOCK_STOP', date, endDate });
const FILED = m('I589_FILED', '2026-01-05');
const ARRIVAL = '2025-05-30';

const explanationRows: [string, CaseClockInput, string, keyof CaseClock['explanations'], string, string][] = [
  ['not yet authorized', { lastArrivalOn: ARRIVAL, milestones: [FILED] }, '2026-03-01', 'workAuthorizedOn', 'WORK_NOT_AUTHORIZED', 'not yet: no work permit and no grant of asylum by 2026-03-01'],
  [
    'a grant ends the wait, in words',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPLIED', '2026-06-10'), m('ASYLUM_GRANTED', '2026-06-20')] },
    '2026-08-01',
    'workAuthorizedOn',
    'WORK_AUTHORIZED_BY_GRANT',
    'since 2026-06-20: asylum was granted, and an asylee may work incident to status (8 CFR 274a.12(a)(5)); the wait for a (c)(8) permit ended that day, whatever happens to a pending permit application',
  ],
  ['by a permit', { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_CARD_RECEIVED', '2026-07-20')] }, '2026-08-01', 'workAuthorizedOn', 'WORK_AUTHORIZED_BY_PERMIT', 'since 2026-07-20: (c)(8) work permit card received'],
  ['may file, no stops', { lastArrivalOn: ARRIVAL, milestones: [FILED] }, '2026-03-01', 'eadMayFileOn', 'EAD_MAY_FILE', 'may file on 2026-06-04: 150 days after 2026-01-05, no stops'],
  [
    'may file with a stop',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', '2026-03-31')] },
    '2026-05-01',
    'eadMayFileOn',
    'EAD_MAY_FILE',
    'may file on 2026-07-04: 150 days after 2026-01-05, plus 30 stopped days',
  ],
  [
    'earliest grant with a stop',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', '2026-03-31')] },
    '2026-05-01',
    'eadEarliestGrantOn',
    'EAD_EARLIEST_GRANT',
    'earliest grant on 2026-08-03: 180 days after 2026-01-05, plus 30 stopped days',
  ],
  [
    'may file during an open stop',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', null)] },
    '2026-04-01',
    'eadMayFileOn',
    'CLOCK_STOPPED',
    'not yet known: the clock has been stopped since 2026-03-01 at 55 of 150 days',
  ],
  [
    'clock days with a stop',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', '2026-03-31')] },
    '2026-05-01',
    'clockDays',
    'CLOCK_DAYS',
    '86 clock days on 2026-05-01: 116 days since 2026-01-05, minus 30 stopped days',
  ],
  [
    'clock days during an open stop',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', null)] },
    '2026-04-01',
    'clockDays',
    'CLOCK_DAYS',
    '55 clock days on 2026-04-01: 86 days since 2026-01-05, minus 31 stopped days; clock stopped since 2026-03-01',
  ],
  [
    'stopped days',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', '2026-03-31'), stop('2026-06-10', null)] },
    '2026-06-20',
    'clockStoppedDays',
    'CLOCK_STOPPED_DAYS',
    '40 stopped days: 2026-03-01 to 2026-03-31, since 2026-06-10 (open)',
  ],
  ['no clock', { lastArrivalOn: ARRIVAL, milestones: [] }, '2026-03-01', 'clockStartedOn', 'CLOCK_NOT_STARTED', 'not started: no I-589 received or lodged by 2026-03-01'],
  [
    'referral keeps days',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, m('REFERRED_TO_COURT', '2026-05-01')] },
    '2026-06-01',
    'clockStartedOn',
    'CLOCK_STARTED',
    'clock started on 2026-01-05, the day the I-589 was received or lodged; the referral to court on 2026-05-01 kept the accrued days',
  ],
  [
    'decision by receipt',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPLIED', '2026-06-20')] },
    '2026-06-25',
    'eadDecisionDueOn',
    'EAD_DECISION_DUE',
    'decision due 2026-07-20: 30 days after the I-765 receipt on 2026-06-20',
  ],
  [
    'decision by earliest grant',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_APPLIED', '2026-06-01')] },
    '2026-06-25',
    'eadDecisionDueOn',
    'EAD_DECISION_DUE',
    'decision due 2026-07-04: the earliest grant day, later than 30 days after the I-765 receipt on 2026-06-01',
  ],
  ['no I-765', { lastArrivalOn: ARRIVAL, milestones: [FILED] }, '2026-03-01', 'eadDecisionDueOn', 'EAD_NOT_APPLIED', 'no I-765 received by 2026-03-01'],
  [
    'card in hand',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_CARD_RECEIVED', '2026-07-24')] },
    '2026-08-01',
    'eadInHandOn',
    'EAD_CARD_RECEIVED',
    'permit in hand on 2026-07-24: card received',
  ],
  [
    'wait ended',
    { lastArrivalOn: ARRIVAL, milestones: [FILED, m('EAD_CARD_RECEIVED', '2026-07-24')] },
    '2026-08-01',
    'daysWithoutWorkAuthorization',
    'WAIT_ENDED',
    '200 days from the I-589 on 2026-01-05 to work permit in hand on 2026-07-24',
  ],
  [
    'still waiting since arrival',
    { lastArrivalOn: ARRIVAL, milestones: [FILED] },
    '2026-03-01',
    'daysWithoutWorkAuthorizationSinceArrival',
    'WAIT_ONGOING',
    'still waiting: 275 days since arrival on 2025-05-30, as of 2026-03-01',
  ],
  [
    'deadline moved off a Saturday',
    { lastArrivalOn: ARRIVAL, milestones: [] },
    '2026-03-01',
    'oneYearDeadline',
    'DEADLINE_MOVED_TO_BUSINESS_DAY',
    'deadline 2026-06-01: anniversary 2026-05-30 is a Saturday, moved to next business day',
  ],
];

describe('computeCaseClock explanations', () => {
  it.each(explanationRows)('%s', (_name, input, asOf, key, code, text) => {
    const explanation = computeCaseClock(input, RESTORED_2022_RULE, { asOf }).explanations[key];
    expect(explanation).toMatchObject({ key, code, text });
  });

  it('has an explanation for every computed field, keyed by that field', () => {
    const { explanations } = computeCaseClock({ lastArrivalOn: null, milestones: [] }, RESTORED_2022_RULE, { asOf: '2026-03-01' });
    for (const [key, explanation] of Object.entries(explanations)) {
      expect(explanation.key).toBe(key);
      expect(explanation.text.length).toBeGreaterThan(0);
    }
    expect(Object.keys(explanations).sort()).toEqual(
      [
        'clockDays',
        'clockStartedOn',
        'clockStoppedDays',
        'daysWithoutWorkAuthorization',
        'daysWithoutWorkAuthorizationSinceArrival',
        'eadDecisionDueOn',
        'eadEarliestGrantOn',
        'eadInHandOn',
        'eadMayFileOn',
        'oneYearDeadline',
        'workAuthorizedOn',
      ].sort(),
    );
  });

  it('gives the UI machine-readable params', () => {
    const { explanations } = computeCaseClock(
      { lastArrivalOn: ARRIVAL, milestones: [FILED, stop('2026-03-01', '2026-03-31')] },
      RESTORED_2022_RULE,
      { asOf: '2026-05-01' },
    );
    expect(explanations.eadMayFileOn.params).toEqual({ date: '2026-07-04', startedOn: '2026-01-05', requiredDays: 150, stoppedDays: 30, projected: true });
  });
});

describe('computeCaseClock input checks', () => {
  it.each<[string, CaseClockInput, string]>([
    ['bad asOf', { lastArrivalOn: null, milestones: [] }, '2026-02-30'],
    ['bad milestone date', { lastArrivalOn: null, milestones: [m('I589_FILED', '2026-13-01')] }, '2026-03-01'],
    ['bad stop end', { lastArrivalOn: null, milestones: [stop('2026-01-01', 'soon')] }, '2026-03-01'],
    ['bad arrival', { lastArrivalOn: '2025-02-29', milestones: [] }, '2026-03-01'],
  ])('%s → RangeError', (_name, input, asOf) => {
    expect(() => computeCaseClock(input, RESTORED_2022_RULE, { asOf })).toThrow(RangeError);
  });

  it('does not mutate its input', () => {
    const input: CaseClockInput = { lastArrivalOn: ARRIVAL, milestones: Object.freeze([FILED, stop('2026-03-15', '2026-04-10'), stop('2026-03-01', '2026-03-31')]) };
    const copy = JSON.parse(JSON.stringify(input));
    computeCaseClock(input, RESTORED_2022_RULE, { asOf: '2026-12-31' });
    expect(input).toEqual(copy);
  });
});
