import { computeAnnualFee, FeeMilestone } from './annual-fee';
import { RESTORED_2022_RULE } from './rule-sets';

const rules = RESTORED_2022_RULE;
const m = (type: string, date: string): FeeMilestone => ({ type, date });
const filed = m('I589_FILED', '2025-08-01');

describe('computeAnnualFee', () => {
  it.each<[string, FeeMilestone[], string, string | null, number | null, string | null, string[], string]>([
    ['not filed', [], '2026-08-01', null, null, null, [], 'ANNUAL_FEE_NOT_PENDING'],
    ['filed, months from a year', [filed], '2026-03-01', null, null, null, [], 'ANNUAL_FEE_NO_NOTICE'],
    // 335 days after 2025-08-01 = 2026-07-02 (after the rule took force on 2026-05-29).
    ['close to a year without a notice', [filed], '2026-07-02', null, null, null, ['ANNUAL_FEE_NOTICE_EXPECTED'], 'ANNUAL_FEE_NOTICE_EXPECTED'],
    ['the day before that', [filed], '2026-07-01', null, null, null, [], 'ANNUAL_FEE_NO_NOTICE'],
    // Close to a year, but before the fee was in force: no flag.
    ['before the rule took force', [m('I589_FILED', '2025-06-01')], '2026-05-28', null, null, null, [], 'ANNUAL_FEE_NO_NOTICE'],
    ['granted: not pending', [filed, m('ASYLUM_GRANTED', '2026-05-01')], '2026-08-01', null, null, null, [], 'ANNUAL_FEE_NO_NOTICE'],
    ['notice: due 30 days later, $102 in 2026', [filed, m('ANNUAL_FEE_NOTICE', '2026-07-10')], '2026-07-20', '2026-08-09', 102, null, ['ANNUAL_FEE_DUE'], 'ANNUAL_FEE_DUE'],
    ['last day to pay', [filed, m('ANNUAL_FEE_NOTICE', '2026-07-10')], '2026-08-09', '2026-08-09', 102, null, ['ANNUAL_FEE_DUE'], 'ANNUAL_FEE_DUE'],
    ['overdue the day after', [filed, m('ANNUAL_FEE_NOTICE', '2026-07-10')], '2026-08-10', '2026-08-09', 102, null, ['ANNUAL_FEE_OVERDUE'], 'ANNUAL_FEE_OVERDUE'],
    ['paid', [filed, m('ANNUAL_FEE_NOTICE', '2026-07-10'), m('ANNUAL_FEE_PAID', '2026-07-20')], '2026-09-01', '2026-08-09', 102, '2026-07-20', [], 'ANNUAL_FEE_PAID'],
    // A payment before the notice belongs to an earlier year's notice.
    ['an older payment does not pay a new notice', [filed, m('ANNUAL_FEE_PAID', '2026-06-01'), m('ANNUAL_FEE_NOTICE', '2026-07-10')], '2026-07-20', '2026-08-09', 102, null, ['ANNUAL_FEE_DUE'], 'ANNUAL_FEE_DUE'],
    ['a 2025 notice costs $100', [filed, m('ANNUAL_FEE_NOTICE', '2025-12-01')], '2025-12-05', '2025-12-31', 100, null, ['ANNUAL_FEE_DUE'], 'ANNUAL_FEE_DUE'],
    // Paid last year, a year since that notice: the next one is expected.
    ['next year, next notice expected', [filed, m('ANNUAL_FEE_NOTICE', '2026-07-10'), m('ANNUAL_FEE_PAID', '2026-07-20')], '2027-06-10', '2026-08-09', 102, '2026-07-20', ['ANNUAL_FEE_NOTICE_EXPECTED'], 'ANNUAL_FEE_PAID'],
    ['a future notice is not counted', [filed, m('ANNUAL_FEE_NOTICE', '2026-09-01')], '2026-03-01', null, null, null, [], 'ANNUAL_FEE_NO_NOTICE'],
  ])('%s', (_name, milestones, asOf, dueOn, amount, paidOn, flags, code) => {
    const status = computeAnnualFee(milestones, rules, { asOf });
    expect(status.annualFeeDueOn).toBe(dueOn);
    expect(status.annualFeeAmount).toBe(amount);
    expect(status.annualFeePaidOn).toBe(paidOn);
    expect(status.flags).toEqual(flags);
    expect(status.explanation.code).toBe(code);
  });

  it('explains in words', () => {
    expect(computeAnnualFee([filed, m('ANNUAL_FEE_NOTICE', '2026-07-10')], rules, { asOf: '2026-08-10' }).explanation.text).toBe(
      '$102 due 2026-08-09: 30 days after the notice of 2026-07-10; not paid: the asylum application may be rejected and any work permit ended',
    );
    expect(computeAnnualFee([filed], rules, { asOf: '2026-07-02' }).explanation.text).toBe(
      'no fee notice recorded, but the I-589 filed on 2025-08-01 will have been pending a year on 2026-08-01: check for a notice (the fee is due 30 days after it)',
    );
  });

  it('rejects a malformed date', () => {
    expect(() => computeAnnualFee([m('ANNUAL_FEE_NOTICE', '2026-13-01')], rules, { asOf: '2026-08-10' })).toThrow(RangeError);
  });
});
