/**
 * The annual asylum fee (H.R.1 of 2025; interim final rule in force from 2026-05-29). For each year an
 * I-589 stays pending, USCIS or the court sends a notice; the fee must be paid within 30 days of the
 * notice date, or the application is rejected and a (c)(8) permit ends at once.
 *
 * The caseworker records the notice (ANNUAL_FEE_NOTICE, the notice's date) and the payment
 * (ANNUAL_FEE_PAID); the due date and the amount are computed. A case pending close to a year since its
 * filing (or since its last notice) with no notice recorded is flagged: a lost notice is a lost case.
 */
import { addDays, IsoDate, isIsoDate } from './dates';
import { Explanation } from './explanations';
import { feeOn, RuleSet } from './rule-sets';

export interface FeeMilestone {
  type: string;
  date: IsoDate;
}

export type AnnualFeeFlag =
  /** A notice is recorded, not yet paid, the due date not passed. */
  | 'ANNUAL_FEE_DUE'
  /** Not paid by the due date: the application may be rejected and the permit ended. */
  | 'ANNUAL_FEE_OVERDUE'
  /** Pending close to a year since the filing or the last notice, and no new notice recorded. */
  | 'ANNUAL_FEE_NOTICE_EXPECTED';

export interface AnnualFeeStatus {
  /** The latest notice on or before asOf. */
  annualFeeNoticeOn: IsoDate | null;
  annualFeeDueOn: IsoDate | null;
  /** US dollars, from the rule set by the notice date. */
  annualFeeAmount: number | null;
  annualFeePaidOn: IsoDate | null;
  /** When the next notice would be expected to arrive (filing or last notice + one year), while pending. */
  annualFeeNextNoticeExpectedOn: IsoDate | null;
  flags: AnnualFeeFlag[];
  explanation: Explanation<'annualFeeDueOn'>;
}

function firstOf(list: readonly FeeMilestone[], type: string): IsoDate | null {
  return list.filter((m) => m.type === type).reduce<IsoDate | null>((a, m) => (a === null || m.date < a ? m.date : a), null);
}

function lastOf(list: readonly FeeMilestone[], type: string): IsoDate | null {
  return list.filter((m) => m.type === type).reduce<IsoDate | null>((a, m) => (a === null || m.date > a ? m.date : a), null);
}

export function computeAnnualFee(milestones: readonly FeeMilestone[], rules: RuleSet, options: { asOf: IsoDate }): AnnualFeeStatus {
  const { asOf } = options;
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a valid YYYY-MM-DD date: ${JSON.stringify(asOf)}`);
  milestones.forEach((m, i) => {
    if (!isIsoDate(m.date)) throw new RangeError(`milestones[${i}].date must be a valid YYYY-MM-DD date: ${JSON.stringify(m.date)}`);
  });
  const known = milestones.filter((m) => m.date <= asOf);
  const filedOn = firstOf(known, 'I589_FILED');
  const decidedOn = firstOf(known, 'ASYLUM_GRANTED') ?? firstOf(known, 'ASYLUM_DENIED');
  const pending = filedOn !== null && decidedOn === null;
  const noticeOn = lastOf(known, 'ANNUAL_FEE_NOTICE');
  const key = 'annualFeeDueOn';
  const flags: AnnualFeeFlag[] = [];

  const reference = noticeOn ?? filedOn;
  const nextExpected = pending && reference !== null ? addDays(reference, 365) : null;
  const expectedSoon =
    pending && reference !== null && asOf >= addDays(reference, rules.annualFeeNoticeExpectedAfterDays) && asOf >= rules.annualFeeInForceFrom;

  if (noticeOn === null) {
    if (expectedSoon) flags.push('ANNUAL_FEE_NOTICE_EXPECTED');
    const explanation: Explanation<'annualFeeDueOn'> =
      filedOn === null
        ? { key, code: 'ANNUAL_FEE_NOT_PENDING', params: { asOf }, text: `no annual fee: no I-589 received or lodged by ${asOf}` }
        : expectedSoon
          ? {
              key,
              code: 'ANNUAL_FEE_NOTICE_EXPECTED',
              params: { filedOn, expectedOn: nextExpected, inForceFrom: rules.annualFeeInForceFrom },
              text: `no fee notice recorded, but the I-589 filed on ${filedOn} will have been pending a year on ${nextExpected}: check for a notice (the fee is due 30 days after it)`,
            }
          : { key, code: 'ANNUAL_FEE_NO_NOTICE', params: { filedOn, expectedOn: nextExpected }, text: `no annual fee notice recorded` };
    return { annualFeeNoticeOn: null, annualFeeDueOn: null, annualFeeAmount: null, annualFeePaidOn: null, annualFeeNextNoticeExpectedOn: nextExpected, flags, explanation };
  }

  const dueOn = addDays(noticeOn, rules.annualFeeDueDays);
  const amount = feeOn(rules, 'annualAsylumFee', noticeOn);
  const paidOn = known.filter((m) => m.type === 'ANNUAL_FEE_PAID' && m.date >= noticeOn).reduce<IsoDate | null>((a, m) => (a === null || m.date < a ? m.date : a), null);
  const params = { date: dueOn, noticeOn, dueDays: rules.annualFeeDueDays, amount, paidOn, expectedOn: nextExpected };
  const base = `$${amount} due ${dueOn}: ${rules.annualFeeDueDays} days after the notice of ${noticeOn}`;
  let explanation: Explanation<'annualFeeDueOn'>;
  if (paidOn !== null) {
    explanation = { key, code: 'ANNUAL_FEE_PAID', params, text: `${base}; paid on ${paidOn}` };
    if (expectedSoon) flags.push('ANNUAL_FEE_NOTICE_EXPECTED');
  } else if (asOf > dueOn) {
    flags.push('ANNUAL_FEE_OVERDUE');
    explanation = { key, code: 'ANNUAL_FEE_OVERDUE', params, text: `${base}; not paid: the asylum application may be rejected and any work permit ended` };
  } else {
    flags.push('ANNUAL_FEE_DUE');
    explanation = { key, code: 'ANNUAL_FEE_DUE', params, text: `${base}; not yet paid` };
  }
  return {
    annualFeeNoticeOn: noticeOn,
    annualFeeDueOn: dueOn,
    annualFeeAmount: amount,
    annualFeePaidOn: paidOn,
    annualFeeNextNoticeExpectedOn: nextExpected,
    flags,
    explanation,
  };
}
