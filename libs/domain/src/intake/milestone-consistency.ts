import { addYears, daysBetween, type IsoDate } from '../asylum/dates';
import { clockDaysOn, normalizeStops } from '../asylum/clock-stops';

/**
 * Whether a case's milestones make sense together. Two severities:
 * - `impossible`: the dates contradict each other (a work permit approved before the I-589 that makes
 *   it possible was filed); such a milestone is refused, because every computed date would be wrong;
 * - `unusual`: possible but worth a second look (a permit approved before clock day 180); saved, with a
 *   visible warning.
 * Pure: the milestones and today come in, findings go out. Milestone types are plain strings so that
 * types added later (e.g. a permit renewal) pass through untouched.
 */
export type ConsistencySeverity = 'impossible' | 'unusual';

export interface ConsistencyMilestone {
  id: string;
  type: string;
  date: IsoDate;
  endDate?: IsoDate | null;
}

export type ConsistencyCode = 'BEFORE_PREREQUISITE' | 'EAD_APPLIED_BEFORE_DAY_150' | 'EAD_APPROVED_BEFORE_DAY_180' | 'FILED_AFTER_ONE_YEAR' | 'PAST_EVENT_IN_FUTURE' | 'CLOCK_STOP_BEFORE_FILING';

export interface ConsistencyFinding {
  severity: ConsistencySeverity;
  code: ConsistencyCode;
  /** The milestone the finding is about. */
  milestoneId: string;
  type: string;
  /** The milestone type it is compared with, where there is one. */
  otherType: string | null;
  params: Record<string, string | number>;
  /** English text without personal data, for the API's messages. */
  message: string;
}

/**
 * What must come before what: `after` may not be dated before the earliest `before` of the case.
 * Each row is one legal or factual sequence; the earliest `before` counts so that a second arrival or a
 * refiling does not invalidate what happened after the first.
 */
export const MILESTONE_ORDER: readonly { before: string; after: string; why: string }[] = [
  { before: 'ARRIVED', after: 'I589_FILED', why: 'an I-589 is filed in the United States, after arrival' },
  { before: 'ARRIVED', after: 'NTA_ISSUED', why: 'a Notice to Appear is issued after arrival' },
  { before: 'I589_FILED', after: 'I589_RECEIPT', why: 'the receipt notice follows the filing' },
  { before: 'I589_FILED', after: 'BIOMETRICS', why: 'biometrics follow the filing' },
  { before: 'I589_FILED', after: 'EAD_APPLIED', why: 'the (c)(8) permit rests on a pending I-589' },
  { before: 'I589_FILED', after: 'EAD_APPROVED', why: 'the (c)(8) permit rests on a pending I-589' },
  { before: 'EAD_APPLIED', after: 'EAD_APPROVED', why: 'a permit is approved after it is applied for' },
  { before: 'I589_FILED', after: 'EAD_CARD_RECEIVED', why: 'the (c)(8) permit rests on a pending I-589' },
  { before: 'EAD_APPLIED', after: 'EAD_CARD_RECEIVED', why: 'a card follows the application' },
  { before: 'EAD_APPROVED', after: 'EAD_CARD_RECEIVED', why: 'a card follows the approval' },
  { before: 'I589_FILED', after: 'INTERVIEW', why: 'the interview is on a filed I-589' },
  { before: 'I589_FILED', after: 'MERITS_HEARING', why: 'the merits hearing is on a filed I-589' },
  { before: 'NTA_ISSUED', after: 'MASTER_HEARING', why: 'court proceedings begin with the Notice to Appear' },
  { before: 'NTA_ISSUED', after: 'MERITS_HEARING', why: 'court proceedings begin with the Notice to Appear' },
  { before: 'I589_FILED', after: 'ASYLUM_GRANTED', why: 'a decision is on a filed I-589' },
  { before: 'I589_FILED', after: 'ASYLUM_DENIED', why: 'a decision is on a filed I-589' },
  { before: 'I589_FILED', after: 'REFERRED_TO_COURT', why: 'a referral is on a filed I-589' },
  { before: 'ASYLUM_DENIED', after: 'APPEAL_FILED', why: 'an appeal follows a denial' },
  { before: 'I589_FILED', after: 'ANNUAL_FEE_NOTICE', why: 'the annual fee is charged while an I-589 is pending' },
  { before: 'I589_FILED', after: 'ANNUAL_FEE_PAID', why: 'the annual fee is charged while an I-589 is pending' },
];

/** Events that have happened when recorded (unlike interviews, hearings and biometrics, which are scheduled). */
export const PAST_ONLY_TYPES: readonly string[] = ['ARRIVED', 'NTA_ISSUED', 'I589_FILED', 'I589_RECEIPT', 'EAD_APPLIED', 'EAD_APPROVED', 'EAD_CARD_RECEIVED', 'ASYLUM_GRANTED', 'ASYLUM_DENIED', 'REFERRED_TO_COURT', 'APPEAL_FILED', 'ANNUAL_FEE_NOTICE', 'ANNUAL_FEE_PAID'];

/** Clock thresholds below which a permit step is unusual (the rules in force: 150 and 180 days). */
export interface ConsistencyThresholds {
  eadFileAfterDays: number;
  eadGrantAfterDays: number;
}
export const DEFAULT_THRESHOLDS: ConsistencyThresholds = { eadFileAfterDays: 150, eadGrantAfterDays: 180 };

const earliest = (ms: readonly ConsistencyMilestone[], type: string): ConsistencyMilestone | null =>
  ms.filter((m) => m.type === type).reduce<ConsistencyMilestone | null>((a, m) => (a === null || m.date < a.date ? m : a), null);

/** Every finding for a whole case, in milestone date order. */
export function checkMilestones(milestones: readonly ConsistencyMilestone[], asOf: IsoDate, thresholds: ConsistencyThresholds = DEFAULT_THRESHOLDS): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  const sorted = [...milestones].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const m of sorted) {
    for (const rule of MILESTONE_ORDER) {
      if (rule.after !== m.type) continue;
      const first = earliest(milestones, rule.before);
      if (first && m.date < first.date) {
        findings.push({
          severity: 'impossible',
          code: 'BEFORE_PREREQUISITE',
          milestoneId: m.id,
          type: m.type,
          otherType: rule.before,
          params: { date: m.date, otherDate: first.date },
          message: `${m.type} dated ${m.date} is before ${rule.before} (${first.date}): ${rule.why}`,
        });
      }
    }
  }
  const filed = earliest(milestones, 'I589_FILED');
  const stops = milestones.filter((m) => m.type === 'CLOCK_STOP').map((m) => ({ from: m.date, to: m.endDate ?? null }));
  for (const m of sorted) {
    if (PAST_ONLY_TYPES.includes(m.type) && m.date > asOf) {
      findings.push({ severity: 'unusual', code: 'PAST_EVENT_IN_FUTURE', milestoneId: m.id, type: m.type, otherType: null, params: { date: m.date }, message: `${m.type} is dated in the future (${m.date}); it is not counted until that day` });
    }
    if (!filed || m.date < filed.date) {
      if (m.type === 'CLOCK_STOP' && filed) {
        findings.push({ severity: 'unusual', code: 'CLOCK_STOP_BEFORE_FILING', milestoneId: m.id, type: m.type, otherType: 'I589_FILED', params: { date: m.date, otherDate: filed.date }, message: `a clock stop from ${m.date} begins before the I-589 was filed (${filed.date})` });
      }
      continue;
    }
    const days = clockDaysOn(filed.date, normalizeStops(stops, filed.date, m.date), m.date);
    if (m.type === 'EAD_APPLIED' && days < thresholds.eadFileAfterDays) {
      findings.push({ severity: 'unusual', code: 'EAD_APPLIED_BEFORE_DAY_150', milestoneId: m.id, type: m.type, otherType: 'I589_FILED', params: { date: m.date, clockDays: days, threshold: thresholds.eadFileAfterDays }, message: `the permit application is dated on clock day ${days}, before day ${thresholds.eadFileAfterDays}` });
    }
    if ((m.type === 'EAD_APPROVED' || m.type === 'EAD_CARD_RECEIVED') && days < thresholds.eadGrantAfterDays) {
      findings.push({ severity: 'unusual', code: 'EAD_APPROVED_BEFORE_DAY_180', milestoneId: m.id, type: m.type, otherType: 'I589_FILED', params: { date: m.date, clockDays: days, threshold: thresholds.eadGrantAfterDays }, message: `${m.type} is dated on clock day ${days}, before day ${thresholds.eadGrantAfterDays}` });
    }
  }
  if (filed) {
    const arrivals = milestones.filter((m) => m.type === 'ARRIVED' && m.date <= filed.date).sort((a, b) => b.date.localeCompare(a.date));
    const last = arrivals[0];
    if (last && filed.date > addYears(last.date, 1)) {
      findings.push({ severity: 'unusual', code: 'FILED_AFTER_ONE_YEAR', milestoneId: filed.id, type: 'I589_FILED', otherType: 'ARRIVED', params: { date: filed.date, otherDate: last.date, days: daysBetween(last.date, filed.date) }, message: `the I-589 was filed ${daysBetween(last.date, filed.date)} days after the last arrival: an exception to the one-year deadline must be claimed` });
    }
  }
  return findings;
}

/**
 * Findings that a write of `candidate` would cause: those about the candidate itself, and those it causes
 * on other milestones (a late-dated I-589 that puts an earlier permit before it). Findings that already
 * existed before the write are not blamed on it.
 */
export function checkMilestoneWrite(existing: readonly ConsistencyMilestone[], candidate: ConsistencyMilestone, asOf: IsoDate, thresholds: ConsistencyThresholds = DEFAULT_THRESHOLDS): ConsistencyFinding[] {
  const others = existing.filter((m) => m.id !== candidate.id);
  const key = (f: ConsistencyFinding) => `${f.code}|${f.milestoneId}|${f.otherType}`;
  const before = new Set(checkMilestones(existing, asOf, thresholds).map(key));
  return checkMilestones([...others, candidate], asOf, thresholds).filter((f) => f.milestoneId === candidate.id || !before.has(key(f)));
}
