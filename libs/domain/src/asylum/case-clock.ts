/**
 * Every computed, read-only field of a case (API contract: oneYearDeadline … daysWithoutWorkAuthorization),
 * with an explanation for each, from the case's milestones, the client's last arrival and a rule set.
 *
 * Only milestones dated on or before `asOf` count (scheduled interviews and hearings may be entered in
 * advance). Milestone types are plain strings here so that this library depends on nothing; the values
 * are those of the contract (libs/shared/contracts casework.ts).
 */
import { addDays, daysBetween, IsoDate, isIsoDate, maxDate } from './dates';
import { ClockTarget, clockDaysOn, dateWhenClockReaches, normalizeStops, StopPeriod } from './clock-stops';
import { Explanation, plural, stopsPhrase } from './explanations';
import { computeOneYearDeadline } from './one-year-deadline';
import { RuleSet } from './rule-sets';

/** The milestone types this computation reads (others are accepted and ignored). */
export type ClockMilestoneType =
  | 'ARRIVED'
  | 'I589_FILED'
  | 'EAD_APPLIED'
  | 'EAD_APPROVED'
  | 'EAD_CARD_RECEIVED'
  | 'ASYLUM_GRANTED'
  | 'REFERRED_TO_COURT'
  | 'CLOCK_STOP';

export interface ClockMilestone {
  type: ClockMilestoneType | (string & {});
  date: IsoDate;
  /** Only for CLOCK_STOP: the day the clock resumes (exclusive); null/absent while open. */
  endDate?: IsoDate | null;
}

export interface CaseClockInput {
  /** The client's last arrival; when null, the latest ARRIVED milestone (on or before asOf) is used. */
  lastArrivalOn: IsoDate | null;
  judgeDeadlineOn?: IsoDate | null;
  milestones: readonly ClockMilestone[];
}

export interface CaseClockOptions {
  /** "Today": all computation is as of this date; never read from the system clock. */
  asOf: IsoDate;
}

export type CaseClockFlag =
  /** Arrival on Feb 29: deadline taken as Feb 28, an attorney should confirm. */
  | 'FEB29_ARRIVAL'
  /** The judge's deadline is earlier than the statutory one and applies. */
  | 'JUDGE_DEADLINE'
  /** No I-589 filed and the one-year deadline has passed: only an exception can save the claim. */
  | 'ONE_YEAR_DEADLINE_PASSED'
  /** The I-589 was filed after the one-year deadline: an exception must be argued. */
  | 'I589_FILED_AFTER_DEADLINE'
  /** An applicant-caused stop is open as of asOf. */
  | 'CLOCK_STOPPED'
  /** The I-765 was received before the may-file date: USCIS will deny it as premature. */
  | 'EAD_APPLIED_BEFORE_ELIGIBLE'
  /** The decision due date has passed and no permit is in hand: a case for an inquiry or mandamus. */
  | 'EAD_DECISION_OVERDUE';

export type ExplainedField =
  | 'oneYearDeadline'
  | 'clockStartedOn'
  | 'clockDays'
  | 'clockStoppedDays'
  | 'eadMayFileOn'
  | 'eadEarliestGrantOn'
  | 'eadDecisionDueOn'
  | 'eadInHandOn'
  | 'daysWithoutWorkAuthorization'
  | 'daysWithoutWorkAuthorizationSinceArrival'
  | 'workAuthorizedOn';

export type CaseClockExplanations = { [K in ExplainedField]: Explanation<K> };

export interface CaseClock {
  asOf: IsoDate;
  ruleSetId: string;
  lastArrivalOn: IsoDate | null;
  oneYearDeadline: IsoDate | null;
  /** Statutory deadline alone (anniversary moved to a business day), whether or not a judge's is earlier. */
  statutoryOneYearDeadline: IsoDate | null;
  oneYearDeadlineSource: 'statute' | 'judge' | null;
  clockStartedOn: IsoDate | null;
  clockDays: number | null;
  clockStoppedDays: number | null;
  /** Merged stops counted by the clock (after its start, up to asOf). */
  clockStops: StopPeriod[];
  clockStopped: boolean;
  eadMayFileOn: IsoDate | null;
  eadEarliestGrantOn: IsoDate | null;
  eadAppliedOn: IsoDate | null;
  eadDecisionDueOn: IsoDate | null;
  eadInHandOn: IsoDate | null;
  /** End of the wait: eadInHandOn, or an earlier asylum grant (asylees may work incident to status). */
  workAuthorizedOn: IsoDate | null;
  workAuthorizedBy: 'EAD_CARD_RECEIVED' | 'EAD_APPROVED' | 'ASYLUM_GRANTED' | null;
  daysWithoutWorkAuthorization: number | null;
  daysWithoutWorkAuthorizationSinceArrival: number | null;
  attorneyReviewFlag: boolean;
  flags: CaseClockFlag[];
  explanations: CaseClockExplanations;
}

function firstOf(milestones: readonly ClockMilestone[], type: ClockMilestoneType): IsoDate | null {
  return milestones.filter((m) => m.type === type).reduce<IsoDate | null>((a, m) => (a === null || m.date < a ? m.date : a), null);
}

function lastOf(milestones: readonly ClockMilestone[], type: ClockMilestoneType): IsoDate | null {
  return milestones.filter((m) => m.type === type).reduce<IsoDate | null>((a, m) => (a === null || m.date > a ? m.date : a), null);
}

function validate(input: CaseClockInput, asOf: IsoDate): void {
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a valid YYYY-MM-DD date: ${JSON.stringify(asOf)}`);
  input.milestones.forEach((m, i) => {
    if (!isIsoDate(m.date)) throw new RangeError(`milestones[${i}].date must be a valid YYYY-MM-DD date: ${JSON.stringify(m.date)}`);
    if (m.endDate != null && !isIsoDate(m.endDate)) {
      throw new RangeError(`milestones[${i}].endDate must be a valid YYYY-MM-DD date: ${JSON.stringify(m.endDate)}`);
    }
  });
}

function explainTarget<K extends 'eadMayFileOn' | 'eadEarliestGrantOn'>(
  key: K,
  target: ClockTarget | null,
  startedOn: IsoDate | null,
  requiredDays: number,
  asOf: IsoDate,
): Explanation<K> {
  if (target === null || startedOn === null) {
    return { key, code: 'CLOCK_NOT_STARTED', params: { requiredDays }, text: `not known: no I-589 received or lodged by ${asOf}` };
  }
  if (target.kind === 'stopped') {
    const params = { requiredDays, stoppedSince: target.stoppedSince, clockDaysAtStop: target.clockDaysAtStop };
    const text = `not yet known: the clock has been stopped since ${target.stoppedSince} at ${target.clockDaysAtStop} of ${requiredDays} days`;
    return { key, code: 'CLOCK_STOPPED', params, text };
  }
  const code = key === 'eadMayFileOn' ? 'EAD_MAY_FILE' : 'EAD_EARLIEST_GRANT';
  const what = key === 'eadMayFileOn' ? 'may file on' : 'earliest grant on';
  const params = { date: target.date, startedOn, requiredDays, stoppedDays: target.stoppedDays, projected: target.date > asOf };
  const text = `${what} ${target.date}: ${requiredDays} days after ${startedOn}, ${stopsPhrase(target.stoppedDays, 'plus')}`;
  return { key, code, params, text };
}

export function computeCaseClock(input: CaseClockInput, rules: RuleSet, options: CaseClockOptions): CaseClock {
  const { asOf } = options;
  validate(input, asOf);
  const known = input.milestones.filter((m) => m.date <= asOf);
  const flags: CaseClockFlag[] = [];

  // --- one-year deadline
  const lastArrivalOn = input.lastArrivalOn ?? lastOf(known, 'ARRIVED');
  const deadline = computeOneYearDeadline({ lastArrivalOn, judgeDeadlineOn: input.judgeDeadlineOn });
  if (deadline.feb29Arrival) flags.push('FEB29_ARRIVAL');
  if (deadline.source === 'judge') flags.push('JUDGE_DEADLINE');

  // --- clock start and stops. The earliest filing counts: a case referred to court and lodged again
  // there keeps the days accrued since the first (complete) filing.
  const clockStartedOn = firstOf(known, 'I589_FILED');
  const referredOn = firstOf(known, 'REFERRED_TO_COURT');
  if (deadline.deadline !== null) {
    if (clockStartedOn === null && asOf > deadline.deadline) flags.push('ONE_YEAR_DEADLINE_PASSED');
    if (clockStartedOn !== null && clockStartedOn > deadline.deadline) flags.push('I589_FILED_AFTER_DEADLINE');
  }
  const stopInputs = known.filter((m) => m.type === 'CLOCK_STOP').map((m) => ({ from: m.date, to: m.endDate ?? null }));
  const clockStops = clockStartedOn === null ? [] : normalizeStops(stopInputs, clockStartedOn, asOf);
  const openStop = clockStops.find((s) => s.to === null) ?? null;
  const clockStopped = openStop !== null;
  if (clockStopped) flags.push('CLOCK_STOPPED');
  const clockStoppedDays = clockStartedOn === null ? null : clockStops.reduce((sum, s) => sum + s.days, 0);
  const clockDays = clockStartedOn === null ? null : clockDaysOn(clockStartedOn, clockStops, asOf);

  // --- work permit dates
  const mayFile = clockStartedOn === null ? null : dateWhenClockReaches(clockStartedOn, clockStops, rules.eadMayFileAfterClockDays);
  const earliest = clockStartedOn === null ? null : dateWhenClockReaches(clockStartedOn, clockStops, rules.eadEarliestGrantClockDays);
  const eadMayFileOn = mayFile?.kind === 'date' ? mayFile.date : null;
  const eadEarliestGrantOn = earliest?.kind === 'date' ? earliest.date : null;
  const eadAppliedOn = firstOf(known, 'EAD_APPLIED');
  const receiptPlus = eadAppliedOn === null ? null : addDays(eadAppliedOn, rules.eadDecisionDays);
  const eadDecisionDueOn = receiptPlus !== null && eadEarliestGrantOn !== null ? maxDate(receiptPlus, eadEarliestGrantOn) : null;
  if (eadAppliedOn !== null && eadMayFileOn !== null && eadAppliedOn < eadMayFileOn) flags.push('EAD_APPLIED_BEFORE_ELIGIBLE');
  const cardOn = firstOf(known, 'EAD_CARD_RECEIVED');
  const approvedOn = firstOf(known, 'EAD_APPROVED');
  const eadInHandOn = cardOn ?? approvedOn;
  if (eadDecisionDueOn !== null && eadInHandOn === null && asOf > eadDecisionDueOn) flags.push('EAD_DECISION_OVERDUE');

  // --- the wait. A grant ends it even without a (c)(8) card: asylees are authorized incident to status,
  // and otherwise a quick grant would count as "still waiting" forever.
  const grantedOn = firstOf(known, 'ASYLUM_GRANTED');
  let workAuthorizedOn = eadInHandOn;
  let workAuthorizedBy: CaseClock['workAuthorizedBy'] = cardOn ? 'EAD_CARD_RECEIVED' : approvedOn ? 'EAD_APPROVED' : null;
  if (grantedOn !== null && (workAuthorizedOn === null || grantedOn < workAuthorizedOn)) {
    workAuthorizedOn = grantedOn;
    workAuthorizedBy = 'ASYLUM_GRANTED';
  }
  const waitEnd = workAuthorizedOn ?? asOf;
  // Clamped at 0: a permit recorded before the filing (data error, or another basis) is no wait.
  const waitFrom = (from: IsoDate | null) => (from === null || from > asOf ? null : Math.max(0, daysBetween(from, waitEnd)));
  const daysWithoutWorkAuthorization = waitFrom(clockStartedOn);
  const daysWithoutWorkAuthorizationSinceArrival = waitFrom(lastArrivalOn);

  const attorneyReviewFlag = flags.some((f) => ['FEB29_ARRIVAL', 'ONE_YEAR_DEADLINE_PASSED', 'I589_FILED_AFTER_DEADLINE'].includes(f));

  // --- explanations
  const notStarted = `no I-589 received or lodged by ${asOf}`;
  const explainWait = <K extends 'daysWithoutWorkAuthorization' | 'daysWithoutWorkAuthorizationSinceArrival'>(
    key: K,
    from: IsoDate | null,
    days: number | null,
    fromWhat: string,
  ): Explanation<K> => {
    if (from === null || days === null) {
      return key === 'daysWithoutWorkAuthorization'
        ? { key, code: 'CLOCK_NOT_STARTED', params: {}, text: `not counted: ${notStarted}` }
        : { key, code: 'ARRIVAL_UNKNOWN', params: {}, text: 'not counted: last arrival date not recorded or in the future' };
    }
    if (workAuthorizedOn !== null) {
      const how = workAuthorizedBy === 'ASYLUM_GRANTED' ? 'asylum granted (work authorized incident to status)' : 'work permit in hand';
      const params = { days, from, to: workAuthorizedOn, by: workAuthorizedBy };
      return { key, code: 'WAIT_ENDED', params, text: `${plural(days, 'day')} from ${fromWhat} on ${from} to ${how} on ${workAuthorizedOn}` };
    }
    return { key, code: 'WAIT_ONGOING', params: { days, from, asOf }, text: `still waiting: ${plural(days, 'day')} since ${fromWhat} on ${from}, as of ${asOf}` };
  };

  const explanations: CaseClockExplanations = {
    oneYearDeadline: deadline.explanation,
    clockStartedOn:
      clockStartedOn === null
        ? { key: 'clockStartedOn', code: 'CLOCK_NOT_STARTED', params: {}, text: `not started: ${notStarted}` }
        : {
            key: 'clockStartedOn',
            code: 'CLOCK_STARTED',
            params: { date: clockStartedOn, referredToCourtOn: referredOn },
            text:
              `clock started on ${clockStartedOn}, the day the I-589 was received or lodged` +
              (referredOn ? `; the referral to court on ${referredOn} kept the accrued days` : ''),
          },
    clockDays:
      clockStartedOn === null || clockDays === null || clockStoppedDays === null
        ? { key: 'clockDays', code: 'CLOCK_NOT_STARTED', params: {}, text: `no clock: ${notStarted}` }
        : {
            key: 'clockDays',
            code: 'CLOCK_DAYS',
            params: {
              clockDays,
              asOf,
              startedOn: clockStartedOn,
              elapsedDays: Math.max(0, daysBetween(clockStartedOn, asOf)),
              stoppedDays: clockStoppedDays,
              stoppedSince: openStop?.from ?? null,
            },
            text:
              `${plural(clockDays, 'clock day')} on ${asOf}: ${plural(Math.max(0, daysBetween(clockStartedOn, asOf)), 'day')} since ${clockStartedOn}, ` +
              stopsPhrase(clockStoppedDays, 'minus') +
              (openStop ? `; clock stopped since ${openStop.from}` : ''),
          },
    clockStoppedDays:
      clockStoppedDays === null
        ? { key: 'clockStoppedDays', code: 'CLOCK_NOT_STARTED', params: {}, text: `no clock: ${notStarted}` }
        : {
            key: 'clockStoppedDays',
            code: 'CLOCK_STOPPED_DAYS',
            params: { stoppedDays: clockStoppedDays, stops: clockStops.map((s) => ({ from: s.from, to: s.to, days: s.days })) },
            text:
              clockStops.length === 0
                ? 'no stops'
                : `${plural(clockStoppedDays, 'stopped day')}: ` +
                  clockStops.map((s) => (s.to ? `${s.from} to ${s.to}` : `since ${s.from} (open)`)).join(', '),
          },
    eadMayFileOn: explainTarget('eadMayFileOn', mayFile, clockStartedOn, rules.eadMayFileAfterClockDays, asOf),
    eadEarliestGrantOn: explainTarget('eadEarliestGrantOn', earliest, clockStartedOn, rules.eadEarliestGrantClockDays, asOf),
    eadDecisionDueOn: explainDecision(eadAppliedOn, receiptPlus, eadDecisionDueOn, eadEarliestGrantOn, earliest, rules, asOf),
    eadInHandOn:
      cardOn !== null
        ? { key: 'eadInHandOn', code: 'EAD_CARD_RECEIVED', params: { date: cardOn }, text: `permit in hand on ${cardOn}: card received` }
        : approvedOn !== null
          ? { key: 'eadInHandOn', code: 'EAD_APPROVED', params: { date: approvedOn }, text: `permit in hand on ${approvedOn}: approved (card not yet recorded)` }
          : { key: 'eadInHandOn', code: 'EAD_NOT_IN_HAND', params: { asOf }, text: `no work permit approved or received by ${asOf}` },
    workAuthorizedOn: explainWorkAuthorized(workAuthorizedOn, workAuthorizedBy, asOf),
    daysWithoutWorkAuthorization: explainWait('daysWithoutWorkAuthorization', clockStartedOn, daysWithoutWorkAuthorization, 'the I-589'),
    daysWithoutWorkAuthorizationSinceArrival: explainWait(
      'daysWithoutWorkAuthorizationSinceArrival',
      lastArrivalOn,
      daysWithoutWorkAuthorizationSinceArrival,
      'arrival',
    ),
  };

  return {
    asOf,
    ruleSetId: rules.id,
    lastArrivalOn,
    oneYearDeadline: deadline.deadline,
    statutoryOneYearDeadline: deadline.statutoryDeadline,
    oneYearDeadlineSource: deadline.source,
    clockStartedOn,
    clockDays,
    clockStoppedDays,
    clockStops,
    clockStopped,
    eadMayFileOn,
    eadEarliestGrantOn,
    eadAppliedOn,
    eadDecisionDueOn,
    eadInHandOn,
    workAuthorizedOn,
    workAuthorizedBy,
    daysWithoutWorkAuthorization,
    daysWithoutWorkAuthorizationSinceArrival,
    attorneyReviewFlag,
    flags,
    explanations,
  };
}

function explainDecision(
  appliedOn: IsoDate | null,
  receiptPlus: IsoDate | null,
  dueOn: IsoDate | null,
  earliestGrantOn: IsoDate | null,
  earliest: ClockTarget | null,
  rules: RuleSet,
  asOf: IsoDate,
): Explanation<'eadDecisionDueOn'> {
  const key = 'eadDecisionDueOn';
  if (appliedOn === null || receiptPlus === null) {
    return { key, code: 'EAD_NOT_APPLIED', params: { asOf }, text: `no I-765 received by ${asOf}` };
  }
  if (dueOn === null) {
    if (earliest?.kind === 'stopped') {
      const params = { appliedOn, stoppedSince: earliest.stoppedSince, clockDaysAtStop: earliest.clockDaysAtStop };
      return { key, code: 'CLOCK_STOPPED', params, text: `not yet known: I-765 received on ${appliedOn}, but the clock has been stopped since ${earliest.stoppedSince}` };
    }
    return { key, code: 'CLOCK_NOT_STARTED', params: { appliedOn }, text: `not known: I-765 received on ${appliedOn}, but no I-589 filing date recorded` };
  }
  const boundBy = dueOn === receiptPlus ? 'receipt' : 'earliestGrant';
  const params = { date: dueOn, appliedOn, decisionDays: rules.eadDecisionDays, earliestGrantOn, boundBy };
  const text =
    boundBy === 'receipt'
      ? `decision due ${dueOn}: ${rules.eadDecisionDays} days after the I-765 receipt on ${appliedOn}`
      : `decision due ${dueOn}: the earliest grant day, later than ${rules.eadDecisionDays} days after the I-765 receipt on ${appliedOn}`;
  return { key, code: 'EAD_DECISION_DUE', params, text };
}

/** Why the client may (or may not yet) work: a permit in hand, or a grant of asylum, which ends the wait by itself. */
function explainWorkAuthorized(on: IsoDate | null, by: CaseClock['workAuthorizedBy'], asOf: IsoDate): Explanation<'workAuthorizedOn'> {
  const key = 'workAuthorizedOn';
  if (on === null || by === null) {
    return { key, code: 'WORK_NOT_AUTHORIZED', params: { asOf }, text: `not yet: no work permit and no grant of asylum by ${asOf}` };
  }
  if (by === 'ASYLUM_GRANTED') {
    return {
      key,
      code: 'WORK_AUTHORIZED_BY_GRANT',
      params: { date: on },
      text:
        `since ${on}: asylum was granted, and an asylee may work incident to status (8 CFR 274a.12(a)(5)); ` +
        'the wait for a (c)(8) permit ended that day, whatever happens to a pending permit application',
    };
  }
  return { key, code: 'WORK_AUTHORIZED_BY_PERMIT', params: { date: on, by }, text: `since ${on}: (c)(8) work permit ${by === 'EAD_CARD_RECEIVED' ? 'card received' : 'approved'}` };
}
