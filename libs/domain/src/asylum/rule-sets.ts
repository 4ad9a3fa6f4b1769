/**
 * Dated rule sets for the asylum work-permit clock, permit validity and fees.
 *
 * Rules changed several times in 2020–2026, so no number below is used anywhere else directly: callers
 * pick a rule set (ruleSetFor(date) for the law in force, or a scenario by id) and read from it.
 * Values that changed independently of the clock rule (fees, validity cap, automatic extension) are
 * themselves lists of dated values, looked up by the date that matters legally (filing or decision date).
 * This is legal information for software, not legal advice; every value names its source.
 */
import { IsoDate, isIsoDate } from './dates';

/** A value that applies to events on or after `from` (until the next entry's `from`). */
export interface DatedValue<T> {
  from: IsoDate;
  value: T;
  source: string;
}

export interface RuleSet {
  id: string;
  label: string;
  /** When this rule set took (or would take) effect. */
  effectiveFrom: IsoDate;
  /** A what-if rule (e.g. a proposed rule) that ruleSetFor never picks. */
  scenario: boolean;
  source: string;
  /** Clock days (net of stops) before the I-765 (c)(8) may be filed. */
  eadMayFileAfterClockDays: number;
  /** Clock days before the permit may be granted. */
  eadEarliestGrantClockDays: number;
  /** Days after the I-765 receipt by which USCIS must decide (but never before the earliest grant day). */
  eadDecisionDays: number;
  /**
   * Maximum validity of a (c)(8) permit, initial or renewal, in months, keyed by decision date (an
   * application decided on or after the policy date was pending on it); null = no cap modeled.
   */
  eadValidityCapMonths: readonly DatedValue<number | null>[];
  /** Automatic extension of a (c)(8) permit while a renewal is pending, keyed by renewal filing date. */
  renewalAutoExtensionDays: readonly DatedValue<number | null>[];
  /** A renewal I-765 may be filed this many days before the permit expires. */
  renewalWindowDays: number;
  /** The annual asylum fee is due this many days after the date of its notice. */
  annualFeeDueDays: number;
  /** The annual asylum fee is collected from this date (the interim final rule's effective date). */
  annualFeeInForceFrom: IsoDate;
  /** A case pending this many days since its filing (or its last fee notice) without a notice is worth a look. */
  annualFeeNoticeExpectedAfterDays: number;
  /** H.R.1 (Pub. L. 119-21) fees in US dollars, keyed by filing/payment date; 0 before they existed. */
  fees: Readonly<Record<FeeKind, readonly DatedValue<number>[]>>;
}

export type FeeKind = 'i589' | 'annualAsylumFee' | 'initialEadC8' | 'renewalEadC8';

const HR1_NOTICE = 'H.R.1 (Pub. L. 119-21); USCIS notice 90 FR 34511, fees due for filings postmarked on/after 2025-07-22';
const HR1_INFLATION = 'H.R.1 annual inflation adjustment, from 2026-01-01';
const BEFORE_HR1 = 'no H.R.1 fee before 2025-07-22 (affirmative I-589 and initial (c)(8) I-765 were free)';

/**
 * Shared by the current rule and the scenario: the scenario changes only the clock, so a director
 * comparing the two sees the effect of the waiting period alone.
 */
const DATED_TABLES = {
  eadValidityCapMonths: [
    // Earlier USCIS validity policy (up to 5 years since 2023) is not a cap this tracker relies on.
    { from: '1900-01-01', value: null, source: 'no cap modeled before 2025-12-05' },
    {
      from: '2025-12-05',
      value: 18,
      source: 'USCIS policy alert of 2025-12-04: initial and renewal (c)(8) permits on applications pending or filed on/after 2025-12-05 valid at most 18 months',
    },
  ],
  renewalAutoExtensionDays: [
    // Before 2025-10-30 the extension was 180 or 540 days depending on temporary final rules and on
    // when the renewal was pending; that history is not modeled (null = check the rule that applied).
    { from: '1900-01-01', value: null, source: 'earlier 180/540-day automatic extension rules not modeled' },
    { from: '2025-10-30', value: 0, source: 'DHS interim final rule: no automatic extension for renewals filed on/after 2025-10-30' },
  ],
  fees: {
    i589: [
      { from: '1900-01-01', value: 0, source: BEFORE_HR1 },
      { from: '2025-07-22', value: 100, source: HR1_NOTICE },
    ],
    annualAsylumFee: [
      { from: '1900-01-01', value: 0, source: BEFORE_HR1 },
      { from: '2025-07-22', value: 100, source: HR1_NOTICE },
      { from: '2026-01-01', value: 102, source: HR1_INFLATION },
    ],
    initialEadC8: [
      { from: '1900-01-01', value: 0, source: BEFORE_HR1 },
      { from: '2025-07-22', value: 550, source: HR1_NOTICE },
      { from: '2026-01-01', value: 560, source: HR1_INFLATION },
    ],
    renewalEadC8: [
      // H.R.1 surcharge only; it is paid in addition to any regular USCIS (8 CFR 106.2) fee.
      { from: '1900-01-01', value: 0, source: 'no H.R.1 renewal fee before 2025-07-22' },
      { from: '2025-07-22', value: 275, source: HR1_NOTICE },
    ],
  },
  renewalWindowDays: 180,
  annualFeeDueDays: 30,
  annualFeeInForceFrom: '2026-05-29',
  // About eleven months: a notice should have come by the anniversary; a month ahead leaves time to ask.
  annualFeeNoticeExpectedAfterDays: 335,
} satisfies Pick<
  RuleSet,
  | 'eadValidityCapMonths'
  | 'renewalAutoExtensionDays'
  | 'fees'
  | 'renewalWindowDays'
  | 'annualFeeDueDays'
  | 'annualFeeInForceFrom'
  | 'annualFeeNoticeExpectedAfterDays'
>;

/**
 * 8 CFR 208.7 as restored on 2022-02-07 after Asylumworks v. Mayorkas vacated the 2020 rules.
 * The restored text is the 1997 text, so 150/180/30 are also right for earlier clocks, except during
 * 2020-08-25..2022-02-06 for applicants not covered by CASA/ASAP class relief (365-day wait; not
 * modeled, because which applicants were covered is a per-person legal question).
 */
export const RESTORED_2022_RULE: RuleSet = {
  id: 'restored-2022',
  label: '8 CFR 208.7 as restored 2022-02-07',
  effectiveFrom: '2022-02-07',
  scenario: false,
  source: 'Asylumworks v. Mayorkas (D.D.C., decided 2022-02-07)',
  eadMayFileAfterClockDays: 150,
  eadEarliestGrantClockDays: 180,
  eadDecisionDays: 30,
  ...DATED_TABLES,
};

/**
 * The rule proposed on 2026-02-23 (91 FR 8616, docket USCIS-2025-0370, not final): a 365-day wait before
 * the I-765 may be filed, and USCIS given 180 days (not 30) to decide it.
 * Modeling choice: may file at 365 clock days; earliest grant also at 365, because the statutory 180-day
 * bar (INA 208(d)(2)) is already passed by then and we do not invent a further waiting period; decision
 * due 180 days after the I-765 receipt. So the latest lawful decision is day 365 + 180. Dated as
 * proposed, but a scenario: ruleSetFor never picks it.
 */
export const PROPOSED_365_DAY_RULE: RuleSet = {
  id: 'proposed-365',
  label: 'Proposed rule of 2026-02-23: 365-day wait before filing the I-765',
  effectiveFrom: '2026-02-23',
  scenario: true,
  source: 'DHS proposed rule, 91 FR 8616 (2026-02-23), docket USCIS-2025-0370 (scenario only, not law)',
  eadMayFileAfterClockDays: 365,
  eadEarliestGrantClockDays: 365,
  eadDecisionDays: 180,
  ...DATED_TABLES,
};

/** Every rule set, in effective-date order. */
export const RULE_SETS: readonly RuleSet[] = [RESTORED_2022_RULE, PROPOSED_365_DAY_RULE];

/** Ids a caller (e.g. a director's "what if" switch) can choose from. */
export const RULE_SCENARIOS = ['current', 'proposed-365'] as const;
export type RuleScenarioId = (typeof RULE_SCENARIOS)[number];

function assertDate(date: IsoDate, what: string): void {
  if (!isIsoDate(date)) throw new RangeError(`${what} must be a valid YYYY-MM-DD date: ${JSON.stringify(date)}`);
}

/**
 * The (non-scenario) rule set in force on `date`. Dates before the earliest modeled rule get the
 * earliest one (see RESTORED_2022_RULE on why that is right for nearly everyone), never an error:
 * an old arrival must not make the case page fail.
 */
export function ruleSetFor(date: IsoDate): RuleSet {
  assertDate(date, 'ruleSetFor date');
  const inForce = RULE_SETS.filter((r) => !r.scenario);
  return inForce.filter((r) => r.effectiveFrom <= date).at(-1) ?? inForce[0];
}

/** 'current' = the law in force on `asOf`; other ids select a scenario whatever the date. */
export function selectRuleSet(id: RuleScenarioId, asOf: IsoDate): RuleSet {
  if (id === 'current') return ruleSetFor(asOf);
  const found = RULE_SETS.find((r) => r.id === id);
  if (!found) throw new RangeError(`Unknown rule scenario: ${JSON.stringify(id)}`);
  return found;
}

export function isRuleScenarioId(value: unknown): value is RuleScenarioId {
  return typeof value === 'string' && (RULE_SCENARIOS as readonly string[]).includes(value);
}

/** The entry of a dated table in force on `date` (null if the table starts later). */
export function datedValueOn<T>(table: readonly DatedValue<T>[], date: IsoDate): DatedValue<T> | null {
  assertDate(date, 'date');
  let found: DatedValue<T> | null = null;
  for (const entry of table) if (entry.from <= date && (!found || entry.from >= found.from)) found = entry;
  return found;
}

/** Fee in US dollars for a form filed (or the annual fee paid) on `date`. */
export function feeOn(rules: RuleSet, kind: FeeKind, date: IsoDate): number {
  return datedValueOn(rules.fees[kind], date)?.value ?? 0;
}

/** Maximum months of validity for a (c)(8) permit (initial or renewal) decided on `decidedOn`; null = no cap modeled. */
export function eadValidityCapMonths(rules: RuleSet, decidedOn: IsoDate): number | null {
  return datedValueOn(rules.eadValidityCapMonths, decidedOn)?.value ?? null;
}

/** Days of automatic extension for a renewal filed on `filedOn`; 0 = none; null = earlier rule, not modeled. */
export function renewalAutoExtensionDays(rules: RuleSet, filedOn: IsoDate): number | null {
  return datedValueOn(rules.renewalAutoExtensionDays, filedOn)?.value ?? null;
}
