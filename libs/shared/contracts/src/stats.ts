/**
 * The response of `GET /api/stats/hardship`, shared by the API that builds it and the back office that
 * shows it. Every figure is anonymized by the server: a figure from fewer people than `anonymity.minCell`
 * is null with `suppressed: true`, every count shown carries small cell-key noise, and durations are in
 * whole weeks (multiples of 7 days).
 */

export interface CountFigure {
  count: number | null;
  suppressed: boolean;
}

export interface ShareFigure extends CountFigure {
  /** A fraction in [0, 1]: the published count over the published number of clients. */
  share: number | null;
}

export interface DistributionFigure {
  n: number | null;
  median: number | null;
  p25: number | null;
  p75: number | null;
  p90: number | null;
  suppressed: boolean;
}

export interface TableFigureCell extends ShareFigure {
  key: string;
}

export interface TableFigure {
  /** Only for tables whose cells partition their total. */
  total?: CountFigure;
  cells: TableFigureCell[];
}

export interface WaitFigure extends DistributionFigure {
  /** People by whole months waited, in bins "0-3", "3-6", "6-9", "9-12", "12-18", "18+". */
  histogram: TableFigure;
}

export interface StillWaitingFigure {
  count: number | null;
  medianDaysSoFar: number | null;
  suppressed: boolean;
}

/** Person-months lived without the right to work, and how many of them by people with an advanced degree. */
export interface PersonMonthsFigure {
  total: number | null;
  advancedDegree: number | null;
  /** advancedDegree / total, from the published sums. */
  advancedShare: number | null;
  suppressed: boolean;
}

export interface HardshipFigures {
  clients: CountFigure;
  /** People whose wait from filing to the right to work lasted (or has lasted so far) longer than the rules' earliest grant day. */
  waitedPastRule: ShareFigure;
  personMonthsWithoutWork: PersonMonthsFigure;
  waitFiledToEadDays: WaitFigure;
  waitArrivalToEadDays: WaitFigure;
  stillWaiting: StillWaitingFigure;
  clockStops: ShareFigure;
  daysLostToStops: DistributionFigure;
  everHomelessDuringWait: ShareFigure;
  unshelteredDuringWait: ShareFigure;
  shelterDuringWait: ShareFigure;
  hostPlacementDuringWait: ShareFigure;
  housingDuringWait: TableFigure;
  advancedDegree: ShareFigure;
  workingEnglish: ShareFigure;
  topProfessions: TableFigure;
  supportNeeds: TableFigure;
  outcomes: TableFigure;
}

export interface HardshipBucket extends HardshipFigures {
  label: string;
  from: string;
  to: string;
  /** The period cuts this bucket: it covers fewer months than a whole year or quarter. */
  partial: boolean;
}

export type StatsSplit = 'year' | 'quarter';
export type StatsScenario = 'current' | 'proposed-365';

export interface HardshipReport extends HardshipFigures {
  report: 'hardship';
  period: { from: string; to: string; months: number };
  split: StatsSplit | null;
  scenario: { id: string; ruleSet: string; label: string; model: string };
  /** The month the report was computed in; figures count events on or before that day. */
  asOfMonth: string;
  /** The work-permit constants of the rule in force and of the proposed rule, as the figures used them. */
  rules: { current: RuleSummary; proposed: RuleSummary };
  /** The organization's name for the printed report (ORG_NAME), and the day the figures were computed. */
  organization: string | null;
  asOf: string;
  anonymity: {
    minCell: number;
    method: 'cell-key';
    /** The largest noise added to a count for each calendar quarter it covers. */
    maxNoisePerQuarter: number;
    /** Durations are rounded to multiples of this many days. */
    durationsRoundedToDays: 7;
    /** The fewest people a median (and the 25th and 75th percentiles) or a 90th percentile is given from. */
    percentileMinPeople: { median: number; p90: number };
  };
  /** What each figure means, in English. */
  definitions: Record<string, string>;
  buckets: HardshipBucket[];
}

export interface RuleSummary {
  label: string;
  /** Clock days before the I-765 may be filed. */
  mayFileAfterDays: number;
  /** Clock days before a permit may be granted. */
  earliestGrantDays: number;
  /** Days USCIS has to decide an I-765. */
  decisionDays: number;
}

/** Keys of the pooled profession cells. */
export const PROFESSION_OTHER = '(other)';
export const PROFESSION_NOT_RECORDED = '(not recorded)';
export const OUTCOME_KEYS = ['granted', 'referred', 'denied', 'pending'] as const;
