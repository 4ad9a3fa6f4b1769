import { computeCase } from '@ct/api-casework';
import type { CaseEntity, ClientEntity, MilestoneEntity } from '@ct/api-casework';
import { wantedTasks } from './deadline-tasks';

const TODAY = '2026-11-30';
let n = 0;
const m = (type: string, date: string): MilestoneEntity => ({ id: `m${++n}`, type, date, endDate: null, validFrom: null, validUntil: null }) as unknown as MilestoneEntity;

function kase(milestones: MilestoneEntity[], status = 'filed') {
  const k = { id: 'case-1', clientId: 'client-1', status, judgeDeadlineOn: null, oneYearExceptionClaimed: false } as unknown as CaseEntity;
  const client = { id: 'client-1', code: 'CL-TEST-0001', caseworkerId: 'cw-1', lastArrivalOn: '2025-06-01' } as unknown as ClientEntity;
  return { kase: k, client, milestones, computed: computeCase(client.lastArrivalOn, k, milestones, TODAY) };
}

describe('wantedTasks (tasks computed dates call for)', () => {
  it.each<[string, MilestoneEntity[], string[]]>([
    // Filed 2026-06-01: may file the I-765 on 2026-10-29, already eligible.
    ['eligible for the I-765', [m('I589_FILED', '2026-06-01')], ['FILE_I765:case-1:2026-10-29@2026-10-29']],
    // May file on 2026-12-14: within 14 days, a task now.
    ['eligible within two weeks', [m('I589_FILED', '2026-07-17')], ['FILE_I765:case-1:2026-12-14@2026-12-14']],
    ['eligible in a month: not yet', [m('I589_FILED', '2026-08-10')], []],
    ['already applied: none', [m('I589_FILED', '2026-06-01'), m('EAD_APPLIED', '2026-11-01')], []],
    // Notice 2026-11-20: due 2026-12-20.
    ['annual fee notice', [m('I589_FILED', '2025-12-01'), m('EAD_APPLIED', '2026-05-01'), m('ANNUAL_FEE_NOTICE', '2026-11-20')], ['PAY_ANNUAL_FEE:case-1:2026-11-20@2026-12-20']],
    ['annual fee paid: none', [m('I589_FILED', '2025-12-01'), m('EAD_APPLIED', '2026-05-01'), m('ANNUAL_FEE_NOTICE', '2026-11-20'), m('ANNUAL_FEE_PAID', '2026-11-25')], []],
    // Approved 2025-12-20 → expires 2027-06-19 → renewal window opens 2026-12-21, within 30 days.
    ['renewal window within a month', [m('I589_FILED', '2025-06-01'), m('EAD_APPLIED', '2025-11-01'), m('EAD_APPROVED', '2025-12-20')], ['FILE_RENEWAL:case-1:2027-06-19@2026-12-21']],
    ['renewal filed: none', [m('I589_FILED', '2025-06-01'), m('EAD_APPLIED', '2025-11-01'), m('EAD_APPROVED', '2025-12-20'), m('EAD_RENEWAL_APPLIED', '2026-11-01')], []],
    ['granted: no permit tasks', [m('I589_FILED', '2025-06-01'), m('EAD_APPLIED', '2025-11-01'), m('EAD_APPROVED', '2025-12-20'), m('ASYLUM_GRANTED', '2026-10-01')], []],
  ])('%s', (_name, milestones, expected) => {
    expect(wantedTasks(kase(milestones), TODAY).map((t) => `${t.sourceKey}@${t.dueOn}`)).toEqual(expected);
  });

  it('an interview in 10 days: prepare a week before; the key follows a rescheduled date', () => {
    const interview = m('INTERVIEW', '2026-12-10');
    const [task] = wantedTasks(kase([m('I589_FILED', '2026-08-10'), interview]), TODAY);
    expect(task).toMatchObject({ kind: 'PREPARE_INTERVIEW', dueOn: '2026-12-03', sourceKey: `PREPARE_INTERVIEW:${interview.id}:2026-12-10`, assigneeId: 'cw-1' });
  });

  it('a closed case wants nothing', () => {
    expect(wantedTasks(kase([m('I589_FILED', '2026-06-01')], 'closed'), TODAY)).toEqual([]);
  });
});
