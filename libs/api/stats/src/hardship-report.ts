/**
 * Turns exact aggregates into the published report, applying the anonymity rules of the domain guide
 * with the helpers of @ct/domain: a figure from fewer people than the minimum cell is null and marked
 * `suppressed`; every count shown is rounded to a multiple of 5; tables get complementary suppression;
 * a share is hidden with its count, and also when those without the attribute are too few.
 *
 * Suppressed table cells do not say why (primary or complementary): that would tell which hidden
 * cell is the small one.
 */
import { roundCount, shareOf, suppressFigure, suppressTable, type TableCell } from '@ct/domain';
import {
  type CountFigure,
  type DistributionFigure,
  type HardshipFigures,
  HOUSING_CATEGORIES,
  PROFESSION_NOT_RECORDED,
  PROFESSION_OTHER,
  SUPPORT_NEED_CATEGORIES,
  type ShareFigure,
  type TableFigure,
} from '@ct/contracts';
import { OUTCOMES } from './hardship.sql';
import type { RawDistribution, RawFigures } from './hardship-raw';

export type { CountFigure, DistributionFigure, HardshipBucket, HardshipFigures, HardshipReport, ShareFigure, TableFigure, TableFigureCell, WaitFigure } from '@ct/contracts';
export { PROFESSION_NOT_RECORDED, PROFESSION_OTHER } from '@ct/contracts';
export const TOP_PROFESSIONS = 10;

export interface ReportOptions {
  minCell: number;
  histogramCap: number;
}

function distributionFigure(d: RawDistribution, minCell: number): DistributionFigure {
  const f = suppressFigure({ n: d.n, median: d.median, p25: d.p25, p75: d.p75, p90: d.p90 }, { minCell });
  return { n: f.n, median: f.median, p25: f.p25, p75: f.p75, p90: f.p90, suppressed: f.suppressed };
}

function countFigure(n: number, minCell: number): CountFigure {
  return n < minCell ? { count: null, suppressed: true } : { count: roundCount(n), suppressed: false };
}

/** Shares to 4 decimals (a tenth of a percent and then some): more digits would only look precise. */
const fraction = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);

function share(count: number, total: number, minCell: number): ShareFigure {
  const f = shareOf(count, total, minCell);
  return { count: f.count, share: fraction(f.share), suppressed: f.suppressed };
}

/** Complementary suppression over one table; shares are of the rounded total of clients. */
function table(cells: TableCell[], total: number, minCell: number, partition: boolean): TableFigure {
  const result = suppressTable(cells, { minCell, total });
  const base = total < minCell ? 0 : roundCount(total);
  const out: TableFigure = {
    cells: result.cells.map((c) => ({
      key: c.key,
      count: c.count,
      share: c.count === null || base === 0 ? null : fraction(c.count / base),
      suppressed: c.suppressed,
    })),
  };
  if (partition && result.total) out.total = { count: result.total.count, suppressed: result.total.suppressed };
  return out;
}

function histogram(bars: Record<string, number>, n: number, cap: number, minCell: number): TableFigure {
  const cells: TableCell[] = [];
  for (let month = 0; month <= cap; month++) cells.push({ key: month === cap ? `${cap}+` : String(month), count: bars[String(month)] ?? 0 });
  return table(cells, n, minCell, true);
}

function professions(raw: RawFigures['professions'], clients: number, minCell: number): TableFigure {
  const reserved = new Set([PROFESSION_OTHER, PROFESSION_NOT_RECORDED]);
  const named = Object.entries(raw.named)
    .filter(([key]) => !reserved.has(key))
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const top = named.slice(0, TOP_PROFESSIONS);
  const pooled = raw.other + named.slice(TOP_PROFESSIONS).reduce((s, [, n]) => s + n, 0) + Object.entries(raw.named).filter(([k]) => reserved.has(k)).reduce((s, [, n]) => s + n, 0);
  const cells: TableCell[] = [
    ...top.map(([key, count]) => ({ key, count })),
    { key: PROFESSION_OTHER, count: pooled },
    { key: PROFESSION_NOT_RECORDED, count: raw.notRecorded },
  ];
  return table(cells, clients, minCell, true);
}

const cellsOf = (keys: readonly string[], counts: Record<string, number>): TableCell[] => keys.map((key) => ({ key, count: counts[key] ?? 0 }));

export function publishFigures(raw: RawFigures, options: ReportOptions): HardshipFigures {
  const { minCell, histogramCap } = options;
  const clients = raw.clients;
  const waiting = suppressFigure({ n: raw.stillWaiting.n, medianDaysSoFar: raw.stillWaiting.medianDaysSoFar }, { minCell });
  return {
    clients: countFigure(clients, minCell),
    waitFiledToEadDays: { ...distributionFigure(raw.filedWait, minCell), histogram: histogram(raw.filedHistogram, raw.filedWait.n, histogramCap, minCell) },
    waitArrivalToEadDays: {
      ...distributionFigure(raw.arrivalWait, minCell),
      histogram: histogram(raw.arrivalHistogram, raw.arrivalWait.n, histogramCap, minCell),
    },
    stillWaiting: { count: waiting.n, medianDaysSoFar: waiting.medianDaysSoFar, suppressed: waiting.suppressed },
    clockStops: share(raw.stopped.n, clients, minCell),
    daysLostToStops: distributionFigure(raw.stopped, minCell),
    everHomelessDuringWait: share(raw.homeless, clients, minCell),
    unshelteredDuringWait: share(raw.unsheltered, clients, minCell),
    shelterDuringWait: share(raw.shelter, clients, minCell),
    hostPlacementDuringWait: share(raw.hostPlacement, clients, minCell),
    housingDuringWait: table(cellsOf(HOUSING_CATEGORIES, raw.housingDuringWait), clients, minCell, false),
    advancedDegree: share(raw.advancedDegree, clients, minCell),
    workingEnglish: share(raw.workingEnglish, clients, minCell),
    topProfessions: professions(raw.professions, clients, minCell),
    supportNeeds: table(cellsOf(SUPPORT_NEED_CATEGORIES, raw.supportNeeds), clients, minCell, false),
    outcomes: table(cellsOf(OUTCOMES, raw.outcomes), clients, minCell, true),
  };
}

/** What each figure means, for the people who quote them. */
export function definitions(histogramCap: number): Record<string, string> {
  return {
    period: 'Clients are counted in the month their first I-589 was received or lodged (I589_FILED). Only events dated on or before the report day count; clients who withheld consent are never counted.',
    waitFiledToEadDays: 'Days from the first I589_FILED to the work permit in hand (first EAD_CARD_RECEIVED, else first EAD_APPROVED), for clients who have one.',
    waitArrivalToEadDays: 'Days from the last arrival to the work permit in hand, for clients with both dates.',
    histogram: `Clients by whole calendar months waited; the last bar counts ${histogramCap} months or more.`,
    stillWaiting: 'Clients with neither a work permit in hand nor asylum granted; days so far from the first I589_FILED to the report day.',
    clockStops: 'Clients whose work-permit clock was stopped (CLOCK_STOP) during the wait; days lost are the stopped days during the wait, overlapping stops counted once.',
    duringWait: 'Housing during the wait: any housing period overlapping the days from the filing until work was authorized (permit in hand or asylum granted), or until the report day. Homeless: street, car or emergency shelter; unsheltered: street or car.',
    advancedDegree: "Master's or doctorate, as a share of all clients counted.",
    workingEnglish: 'English at B2 or above, as a share of all clients counted.',
    topProfessions: `The ${TOP_PROFESSIONS} most frequent professions held by at least the minimum cell size; all others are pooled.`,
    supportNeeds: 'Clients with at least one need of the category opened on or before the report day.',
    outcomes: 'Status on the report day: granted (ASYLUM_GRANTED), denied (ASYLUM_DENIED), referred to court (REFERRED_TO_COURT), else pending.',
    anonymity: 'Figures from fewer people than the minimum cell size are null and marked suppressed; counts are rounded to multiples of 5; in tables further cells are hidden so that no hidden cell can be derived; medians and percentiles are exact values of the unrounded data.',
  };
}
