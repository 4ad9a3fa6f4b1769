/**
 * Structured explanations of computed dates: a machine-readable `code` + `params` the UI can translate,
 * and an English `text` built from exactly those params (so a translation never knows more or less).
 */
import { weekdayName } from './dates';
import { NonBusinessDay } from './federal-holidays';

export type ExplanationParamValue =
  | string
  | number
  | boolean
  | null
  | readonly ExplanationParamValue[]
  | { readonly [key: string]: ExplanationParamValue };
export type ExplanationParams = { readonly [key: string]: ExplanationParamValue };

export type ExplanationCode =
  | 'ARRIVAL_UNKNOWN'
  | 'DEADLINE_ANNIVERSARY'
  | 'DEADLINE_MOVED_TO_BUSINESS_DAY'
  | 'DEADLINE_SET_BY_JUDGE'
  | 'CLOCK_NOT_STARTED'
  | 'CLOCK_STARTED'
  | 'CLOCK_DAYS'
  | 'CLOCK_STOPPED_DAYS'
  | 'CLOCK_STOPPED'
  | 'EAD_MAY_FILE'
  | 'EAD_EARLIEST_GRANT'
  | 'EAD_NOT_APPLIED'
  | 'EAD_DECISION_DUE'
  | 'EAD_CARD_RECEIVED'
  | 'EAD_APPROVED'
  | 'EAD_NOT_IN_HAND'
  | 'WAIT_ENDED'
  | 'WAIT_ONGOING'
  | 'WORK_AUTHORIZED_BY_GRANT'
  | 'WORK_AUTHORIZED_BY_PERMIT'
  | 'WORK_NOT_AUTHORIZED'
  | 'NO_PERMIT'
  | 'PERMIT_EXPIRY_UNKNOWN'
  | 'PERMIT_EXPIRES_CARD'
  | 'PERMIT_EXPIRES_CAP'
  | 'RENEWAL_NOT_NEEDED'
  | 'RENEWAL_UNKNOWN'
  | 'RENEWAL_WINDOW'
  | 'RENEWAL_FILED_NO_EXTENSION'
  | 'RENEWAL_FILED_EARLIER_RULE'
  | 'ANNUAL_FEE_NOT_PENDING'
  | 'ANNUAL_FEE_NO_NOTICE'
  | 'ANNUAL_FEE_NOTICE_EXPECTED'
  | 'ANNUAL_FEE_DUE'
  | 'ANNUAL_FEE_PAID'
  | 'ANNUAL_FEE_OVERDUE';

export interface Explanation<K extends string = string> {
  /** The computed field this explains. */
  key: K;
  code: ExplanationCode;
  params: ExplanationParams;
  /** English rendering of code + params. */
  text: string;
}

/** A non-business day as explanation params (no nested holiday object, just what the UI needs). */
export function skippedDayParams(day: NonBusinessDay): ExplanationParams {
  return { date: day.date, reason: day.reason, holidayId: day.holiday?.id ?? null, holidayName: day.holiday?.name ?? null };
}

/** "a Saturday (Independence Day)", "a federal holiday (Juneteenth…, observed)". */
export function describeNonBusinessDay(day: NonBusinessDay): string {
  if (day.reason === 'FEDERAL_HOLIDAY' && day.holiday) {
    const observed = day.holiday.date !== day.date ? ', observed' : '';
    return `a federal holiday (${day.holiday.name}${observed})`;
  }
  const weekend = `a ${weekdayName(day.date)}`;
  return day.holiday ? `${weekend} (${day.holiday.name})` : weekend;
}

/** "30 days" / "1 day". */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "no stops" / "plus 30 stopped days", as in the guide's examples. */
export function stopsPhrase(stoppedDays: number, joiner: 'plus' | 'minus'): string {
  return stoppedDays === 0 ? 'no stops' : `${joiner} ${plural(stoppedDays, 'stopped day')}`;
}
