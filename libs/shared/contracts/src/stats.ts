/**
 * The response of `GET /api/stats/hardship`, shared by the API that builds it and the back office that
 * shows it. Every figure is anonymized by the server: a figure from fewer people than `anonymity.minCell`
 * is null with `suppressed: true`, and every count shown is a multiple of 5.
 */

export interface CountFigure {
  count: number | null;
  suppressed: boolean;
}

export interface ShareFigure extends CountFigure {
  /** A fraction in [0, 1]: the rounded count over the rounded number of clients. */
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
  /** People by whole months waited ("0" … "47", then "48+" pooling the rest). */
  histogram: TableFigure;
}

export interface StillWaitingFigure {
  count: number | null;
  medianDaysSoFar: number | null;
  suppressed: boolean;
}

export interface HardshipFigures {
  clients: CountFigure;
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
  anonymity: { minCell: number; countsRoundedTo: 5 };
  /** What each figure means, in English. */
  definitions: Record<string, string>;
  buckets: HardshipBucket[];
}

/** Keys of the pooled profession cells. */
export const PROFESSION_OTHER = '(other)';
export const PROFESSION_NOT_RECORDED = '(not recorded)';
export const OUTCOME_KEYS = ['granted', 'referred', 'denied', 'pending'] as const;
