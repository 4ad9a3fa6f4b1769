/**
 * A director's view of the team: per caseworker, counts only (never which client), enough to balance
 * caseloads and see where help is needed.
 */
export interface CaseloadOverviewRow {
  /** null: clients assigned to nobody. */
  caseworkerId: string | null;
  caseworkerName: string | null;
  clients: number;
  /** Work-permit decisions past their due date, not yet in hand. */
  decisionsOverdue: number;
  /** One-year filing deadlines within the next 30 days (or already missed) with no I-589 filed. */
  oneYearDeadlinesSoon: number;
  /** Open support needs of urgency high or urgent. */
  urgentNeedsOpen: number;
}

export interface CaseloadOverview {
  asOf: string;
  /** Days ahead counted as "soon" for one-year deadlines. */
  deadlineWindowDays: number;
  rows: CaseloadOverviewRow[];
}
