/**
 * The one-year asylum filing deadline (INA 208(a)(2)(B); 8 CFR 208.4(a)(2)(ii)).
 *
 * Counted from the last arrival, which is day 0, so the last timely day is the anniversary. A Feb 29
 * arrival uses Feb 28 of the next year (the conservative reading: never later than the law could mean)
 * and flags the case for an attorney. A deadline on a weekend or federal holiday moves to the next
 * business day. A deadline set by an immigration judge wins when earlier; it is taken as given (not
 * moved off weekends), because the judge chose that date and being early is never harmful.
 * Exceptions for changed or extraordinary circumstances are a caseworker's call, never computed here.
 */
import { addYears, IsoDate, isIsoDate, isLeapDay } from './dates';
import { NonBusinessDay, rollToBusinessDay } from './federal-holidays';
import { describeNonBusinessDay, Explanation, skippedDayParams } from './explanations';

export interface OneYearDeadlineInput {
  lastArrivalOn: IsoDate | null;
  judgeDeadlineOn?: IsoDate | null;
}

export interface OneYearDeadline {
  /** The deadline that applies: the earlier of the statutory and the judge's deadline. */
  deadline: IsoDate | null;
  /** Anniversary moved to a business day; null without an arrival date. */
  statutoryDeadline: IsoDate | null;
  anniversary: IsoDate | null;
  source: 'statute' | 'judge' | null;
  feb29Arrival: boolean;
  /** Non-business days the anniversary was moved over. */
  skipped: NonBusinessDay[];
  explanation: Explanation<'oneYearDeadline'>;
}

function checkDate(value: IsoDate | null | undefined, field: string): IsoDate | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) throw new RangeError(`${field} must be a valid YYYY-MM-DD date: ${JSON.stringify(value)}`);
  return value;
}

export function computeOneYearDeadline(input: OneYearDeadlineInput): OneYearDeadline {
  const arrival = checkDate(input.lastArrivalOn, 'lastArrivalOn');
  const judge = checkDate(input.judgeDeadlineOn, 'judgeDeadlineOn');
  const feb29Arrival = arrival !== null && isLeapDay(arrival);
  // addYears already maps Feb 29 to Feb 28 in the (always non-leap) following year.
  const anniversary = arrival === null ? null : addYears(arrival, 1);
  const roll = anniversary === null ? null : rollToBusinessDay(anniversary);
  const statutoryDeadline = roll?.date ?? null;
  const skipped = roll?.skipped ?? [];
  const judgeWins = judge !== null && (statutoryDeadline === null || judge < statutoryDeadline);
  const deadline = judgeWins ? judge : statutoryDeadline;
  const params = {
    date: deadline,
    arrivalOn: arrival,
    anniversary,
    statutoryDeadline,
    judgeDeadlineOn: judge,
    feb29Arrival,
    skipped: skipped.map(skippedDayParams),
  };

  let code: Explanation['code'];
  let text: string;
  if (judgeWins) {
    code = 'DEADLINE_SET_BY_JUDGE';
    text = statutoryDeadline
      ? `deadline ${judge}: set by the immigration judge, earlier than the statutory deadline ${statutoryDeadline}`
      : `deadline ${judge}: set by the immigration judge (no arrival date recorded)`;
  } else if (deadline === null || anniversary === null) {
    code = 'ARRIVAL_UNKNOWN';
    text = 'no deadline: last arrival date not recorded';
  } else {
    const base = feb29Arrival
      ? `arrival on leap day ${arrival}, anniversary taken as ${anniversary} (attorney review advised)`
      : `one year after arrival on ${arrival}`;
    if (skipped.length === 0) {
      code = 'DEADLINE_ANNIVERSARY';
      text = `deadline ${deadline}: ${base}`;
    } else {
      code = 'DEADLINE_MOVED_TO_BUSINESS_DAY';
      const [first, ...rest] = skipped;
      // Weekend days after the first are obvious; only holidays further along are worth a mention.
      const holidays = rest.filter((d) => d.reason === 'FEDERAL_HOLIDAY');
      const then = holidays.length ? `, then ${holidays.map((d) => `${d.date} ${describeNonBusinessDay(d)}`).join(' and ')}` : '';
      const lead = feb29Arrival ? `${base}; ` : '';
      text = `deadline ${deadline}: ${lead}anniversary ${anniversary} is ${describeNonBusinessDay(first)}${then}, moved to next business day`;
    }
    if (judge !== null) text += `; the judge's deadline ${judge} is later`;
  }
  return {
    deadline,
    statutoryDeadline,
    anniversary,
    source: deadline === null ? null : judgeWins ? 'judge' : 'statute',
    feb29Arrival,
    skipped,
    explanation: { key: 'oneYearDeadline', code, params, text },
  };
}
