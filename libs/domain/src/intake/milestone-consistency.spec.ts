import { type ConsistencyMilestone, checkMilestoneWrite, checkMilestones } from './milestone-consistency';

const TODAY = '2026-11-29';
let n = 0;
const m = (type: string, date: string, endDate: string | null = null): ConsistencyMilestone => ({ id: `m${++n}`, type, date, endDate });
const summary = (ms: ConsistencyMilestone[]) => checkMilestones(ms, TODAY).map((f) => `${f.severity}:${f.code}:${f.type}${f.otherType ? `<${f.otherType}` : ''}`);

describe('checkMilestones: what must come before what', () => {
  it.each<[string, ConsistencyMilestone[], string[]]>([
    ['an ordinary affirmative case', [m('ARRIVED', '2025-01-10'), m('I589_FILED', '2025-06-01'), m('I589_RECEIPT', '2025-06-10'), m('BIOMETRICS', '2025-07-01'), m('EAD_APPLIED', '2025-11-01'), m('EAD_APPROVED', '2025-12-15'), m('EAD_CARD_RECEIVED', '2025-12-30')], []],
    ['permit approved before the I-589', [m('I589_FILED', '2026-03-01'), m('EAD_APPROVED', '2026-02-01')], ['impossible:BEFORE_PREREQUISITE:EAD_APPROVED<I589_FILED']],
    ['permit applied for before the I-589', [m('I589_FILED', '2026-03-01'), m('EAD_APPLIED', '2026-02-01')], ['impossible:BEFORE_PREREQUISITE:EAD_APPLIED<I589_FILED']],
    ['I-589 before arrival', [m('ARRIVED', '2026-03-01'), m('I589_FILED', '2026-02-01')], ['impossible:BEFORE_PREREQUISITE:I589_FILED<ARRIVED']],
    ['approval before application', [m('I589_FILED', '2025-01-01'), m('EAD_APPLIED', '2025-08-01'), m('EAD_APPROVED', '2025-07-15')], ['impossible:BEFORE_PREREQUISITE:EAD_APPROVED<EAD_APPLIED']],
    ['card before approval', [m('I589_FILED', '2025-01-01'), m('EAD_APPLIED', '2025-06-01'), m('EAD_APPROVED', '2025-08-01'), m('EAD_CARD_RECEIVED', '2025-07-20')], ['impossible:BEFORE_PREREQUISITE:EAD_CARD_RECEIVED<EAD_APPROVED']],
    ['hearing before the Notice to Appear', [m('NTA_ISSUED', '2025-05-01'), m('MASTER_HEARING', '2025-04-01')], ['impossible:BEFORE_PREREQUISITE:MASTER_HEARING<NTA_ISSUED']],
    ['appeal before denial', [m('I589_FILED', '2024-01-01'), m('ASYLUM_DENIED', '2025-05-01'), m('APPEAL_FILED', '2025-04-01')], ['impossible:BEFORE_PREREQUISITE:APPEAL_FILED<ASYLUM_DENIED']],
    ['a missing prerequisite is no contradiction', [m('EAD_APPROVED', '2025-02-01')], []],
    ['same day is allowed', [m('ARRIVED', '2025-02-01'), m('NTA_ISSUED', '2025-02-01')], []],
    ['a second arrival after filing keeps the first', [m('ARRIVED', '2024-01-01'), m('I589_FILED', '2024-06-01'), m('ARRIVED', '2025-01-01')], []],
    ['permit approved on clock day 120', [m('I589_FILED', '2026-01-01'), m('EAD_APPLIED', '2026-01-15'), m('EAD_APPROVED', '2026-05-01')], ['unusual:EAD_APPLIED_BEFORE_DAY_150:EAD_APPLIED<I589_FILED', 'unusual:EAD_APPROVED_BEFORE_DAY_180:EAD_APPROVED<I589_FILED']],
    ['a stop pushes day 180 later', [m('I589_FILED', '2026-01-01'), m('CLOCK_STOP', '2026-02-01', '2026-03-03'), m('EAD_APPLIED', '2026-07-01'), m('EAD_APPROVED', '2026-07-15')], ['unusual:EAD_APPROVED_BEFORE_DAY_180:EAD_APPROVED<I589_FILED']],
    ['permit on day 180 exactly', [m('I589_FILED', '2026-01-05'), m('EAD_APPLIED', '2026-06-04'), m('EAD_APPROVED', '2026-07-04')], []],
    ['filed more than a year after arrival', [m('ARRIVED', '2024-01-10'), m('I589_FILED', '2025-02-01')], ['unusual:FILED_AFTER_ONE_YEAR:I589_FILED<ARRIVED']],
    ['a decision recorded ahead of time', [m('I589_FILED', '2025-01-01'), m('ASYLUM_GRANTED', '2027-01-01')], ['unusual:PAST_EVENT_IN_FUTURE:ASYLUM_GRANTED']],
    ['a scheduled interview is normal', [m('I589_FILED', '2025-01-01'), m('INTERVIEW', '2027-01-01')], []],
    ['a clock stop before filing', [m('CLOCK_STOP', '2025-01-01', '2025-02-01'), m('I589_FILED', '2025-03-01')], ['unusual:CLOCK_STOP_BEFORE_FILING:CLOCK_STOP<I589_FILED']],
  ])('%s', (_label, milestones, expected) => expect(summary(milestones)).toEqual(expected));
});

describe('checkMilestoneWrite: blames a write only for what it changes', () => {
  const filed = m('I589_FILED', '2026-03-01');
  it.each<[string, ConsistencyMilestone[], ConsistencyMilestone, string[]]>([
    ['a new permit before the filing', [filed], m('EAD_APPROVED', '2026-02-01'), ['BEFORE_PREREQUISITE']],
    ['a filing moved after an existing permit', [m('EAD_APPLIED', '2026-08-01'), filed], { ...filed, date: '2026-09-01' }, ['BEFORE_PREREQUISITE']],
    ['an old contradiction is not blamed on an unrelated write', [filed, m('EAD_APPROVED', '2026-02-01')], m('BIOMETRICS', '2026-04-01'), []],
    ['a consistent write', [filed], m('BIOMETRICS', '2026-04-01'), []],
  ])('%s', (_label, existing, candidate, codes) => expect(checkMilestoneWrite(existing, candidate, TODAY).map((f) => f.code)).toEqual(codes));
});
