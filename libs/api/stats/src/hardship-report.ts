/**
 * Turns exact aggregates into the published report with the disclosure control of @ct/domain (the
 * cell-key method; see libs/domain/src/stats/cell-key.ts):
 * - every count shown is the sum over the period's quarters of each quarter's true count plus its
 *   noise, keyed on the people in it and on everyone counted in that quarter;
 * - a figure from fewer people than the minimum cell is null and marked `suppressed`, decided on the
 *   true count; shares are hidden with their count, and also when those without the attribute are too
 *   few; tables get complementary suppression; figures derived from a hidden one are hidden with it;
 * - shares are computed from published counts; durations are whole weeks, percentiles only from 20
 *   people (the 90th from 50), read at a quantile moved by the cell key.
 *
 * Suppressed table cells do not say why (primary or complementary): that would tell which hidden
 * cell is the small one.
 */
import {
  type CountCell,
  HISTOGRAM_BINS,
  type KeyedGroup,
  PERCENTILE_FRACTIONS,
  PERCENTILE_MIN_PEOPLE,
  PERTURBATION_NOISES,
  type PercentileName,
  jitteredQuantiles,
  noiseIndex,
  partNoise,
  perturbCount,
  publishCount,
  publishPercentile,
  publishShare,
  publishTable,
  shareFraction,
  validateMinCell,
} from '@ct/domain';
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
import { EMPTY_GROUP, type RawDistribution, type RawHardship, type RawSummary } from './hardship-raw';

export type { CountFigure, DistributionFigure, HardshipBucket, HardshipFigures, HardshipReport, ShareFigure, TableFigure, TableFigureCell, WaitFigure } from '@ct/contracts';
export { PROFESSION_NOT_RECORDED, PROFESSION_OTHER } from '@ct/contracts';
export const TOP_PROFESSIONS = 10;
const PERCENTILES = ['p25', 'median', 'p75', 'p90'] as const satisfies readonly PercentileName[];

/** The quantiles the statements compute: for each percentile, one per noise of the table. */
export const PERCENTILE_QUANTILES = PERCENTILES.flatMap((p) => jitteredQuantiles(PERCENTILE_FRACTIONS[p], PERTURBATION_NOISES));
export const MEDIAN_QUANTILES = jitteredQuantiles(PERCENTILE_FRACTIONS.median, PERTURBATION_NOISES);

/** What one report or bucket is computed from: its quarters' counts and its own distributions. */
export interface FigureScope {
  quarters: readonly string[];
  summary: RawSummary;
}

export interface ReportOptions {
  minCell: number;
}

/** Whole months without the right to work are counted up to this (10 years). */
export const PERSON_MONTHS_CAP = 120;

class Scope {
  constructor(
    private readonly raw: RawHardship,
    private readonly scope: FigureScope,
    readonly minCell: number,
  ) {}

  private group(quarter: string, name: string): KeyedGroup {
    return this.raw.quarters.get(quarter)?.get(name) ?? EMPTY_GROUP;
  }

  /** A count of the period: its parts per quarter, each covered by everyone counted in that quarter. */
  cell(name: string, figure = name): CountCell {
    return { figure, parts: this.scope.quarters.map((q) => ({ members: this.group(q, name), cover: this.group(q, 'clients') })) };
  }

  /** Several counts of each quarter pooled into one cell (professions too rare to name). */
  pooled(names: readonly string[], figure: string): CountCell {
    return {
      figure,
      parts: this.scope.quarters.map((q) => {
        const members = names.map((n) => this.group(q, n)).reduce((a, b) => ({ n: a.n + b.n, keySum: a.keySum + b.keySum }), EMPTY_GROUP);
        return { members, cover: this.group(q, 'clients') };
      }),
    };
  }

  /** Names of the counts of the period that start with `prefix`. */
  names(prefix: string): string[] {
    const out = new Set<string>();
    for (const q of this.scope.quarters) for (const name of this.raw.quarters.get(q)?.keys() ?? []) if (name.startsWith(prefix)) out.add(name);
    return [...out];
  }

  /** Percentiles in whole weeks at the quantile the cell key picks; null below their minimum of people. */
  percentiles(dist: RawDistribution, figure: string, shown: boolean, only?: readonly PercentileName[]) {
    const out = {} as Record<PercentileName, number | null>;
    for (const [i, p] of PERCENTILES.entries()) {
      if (only && !only.includes(p)) continue;
      const noise = partNoise({ members: dist.group, cover: this.scope.summary.cover, figure: `${figure}:${p}` });
      const values = only ? dist.values : dist.values.slice(i * PERTURBATION_NOISES.length, (i + 1) * PERTURBATION_NOISES.length);
      out[p] = shown ? publishPercentile(p, { n: dist.group.n, values }, noiseIndex(noise), this.minCell) : null;
    }
    return out;
  }
}

function distribution(s: Scope, count: CountFigure, dist: RawDistribution, figure: string): DistributionFigure {
  const shown = !count.suppressed;
  const p = s.percentiles(dist, figure, shown);
  return { n: shown ? count.count : null, median: p.median, p25: p.p25, p75: p.p75, p90: p.p90, suppressed: !shown };
}

/** A table's published cells with their shares of the published number of clients. */
function table(s: Scope, cells: CountCell[], base: CountFigure, total?: CountCell): TableFigure {
  const result = publishTable(cells, s.minCell, total, s.cell('clients'));
  const denominator = base.count ?? 0;
  const out: TableFigure = {
    cells: result.cells.map((c) => ({
      key: c.key.slice(c.key.indexOf(':') + 1),
      count: c.count,
      share: c.count === null || denominator === 0 ? null : shareFraction(c.count, denominator),
      suppressed: c.suppressed,
    })),
  };
  if (total && result.total) out.total = result.total;
  return out;
}

function histogram(s: Scope, name: string, n: CountCell, base: CountFigure): TableFigure {
  return table(
    s,
    HISTOGRAM_BINS.map((b) => s.cell(`${name}:${b.key}`)),
    base,
    n,
  );
}

function professions(s: Scope, base: CountFigure): TableFigure {
  const reserved = new Set([`professions:${PROFESSION_OTHER}`, `professions:${PROFESSION_NOT_RECORDED}`]);
  // Ranked by their published counts, so that the order tells nothing the counts do not.
  const named = s
    .names('professions:')
    .filter((n) => !reserved.has(n))
    .map((n) => ({ name: n, value: perturbCount(s.cell(n)).value }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
  const top = named.slice(0, TOP_PROFESSIONS).map((n) => n.name);
  const rest = [...named.slice(TOP_PROFESSIONS).map((n) => n.name), `professions:${PROFESSION_OTHER}`];
  const cells = [...top.map((n) => s.cell(n)), s.pooled(rest, `professions:${PROFESSION_OTHER}`), s.cell(`professions:${PROFESSION_NOT_RECORDED}`)];
  return table(s, cells, base, s.cell('clients'));
}

/**
 * Person-months without the right to work, as the sum over k = 1, 2, … of the perturbed number of
 * people without it for at least k whole months: every term is a count under the cell-key method, so
 * the sum carries its noise, redrawn whenever anyone is added or changed.
 */
function personMonths(s: Scope, clients: CountFigure, advanced: ShareFigure) {
  const sumOver = (prefix: string) => {
    const names = s.names(`${prefix}:`);
    const months = names.map((n) => Number(n.slice(prefix.length + 1)));
    let total = 0;
    for (let k = 1; k <= PERSON_MONTHS_CAP; k++) {
      const atLeast = names.filter((_, i) => months[i] >= k);
      if (atLeast.length === 0) break;
      total += perturbCount(s.pooled(atLeast, `${prefix}:atLeast:${k}`)).value;
    }
    return total;
  };
  if (clients.suppressed) return { total: null, advancedDegree: null, advancedShare: null, suppressed: true };
  const total = sumOver('withoutMonths');
  const adv = advanced.suppressed ? null : sumOver('withoutMonthsAdvanced');
  return { total, advancedDegree: adv, advancedShare: adv === null || total === 0 ? null : shareFraction(Math.min(adv, total), total), suppressed: false };
}

function share(s: Scope, name: string): ShareFigure {
  const f = publishShare(s.cell(name), s.cell('clients'), s.minCell);
  return { count: f.count, share: f.share, suppressed: f.suppressed };
}

export function publishFigures(raw: RawHardship, scope: FigureScope, options: ReportOptions): HardshipFigures {
  const minCell = validateMinCell(options.minCell);
  const s = new Scope(raw, scope, minCell);
  const clients = publishCount(s.cell('clients'), minCell);
  const filedN = publishCount(s.cell('filedWait'), minCell);
  const arrivalN = publishCount(s.cell('arrivalWait'), minCell);
  // Those still waiting are hidden when they, or those no longer waiting, are too few.
  const waitingShare = publishShare(s.cell('stillWaiting'), s.cell('clients'), minCell);
  const waitingMedian = s.percentiles(scope.summary.waiting, 'stillWaiting', !waitingShare.suppressed, ['median']);
  const stops = share(s, 'clockStops');
  const cellsOf = (prefix: string, keys: readonly string[]) => keys.map((k) => s.cell(`${prefix}:${k}`));
  const advancedDegree = share(s, 'advancedDegree');
  return {
    clients,
    waitedPastRule: share(s, 'pastRule'),
    personMonthsWithoutWork: personMonths(s, clients, advancedDegree),
    waitFiledToEadDays: { ...distribution(s, filedN, scope.summary.filed, 'filedWait'), histogram: histogram(s, 'filedHistogram', s.cell('filedWait'), clients) },
    waitArrivalToEadDays: { ...distribution(s, arrivalN, scope.summary.arrival, 'arrivalWait'), histogram: histogram(s, 'arrivalHistogram', s.cell('arrivalWait'), clients) },
    stillWaiting: { count: waitingShare.count, medianDaysSoFar: waitingMedian.median ?? null, suppressed: waitingShare.suppressed },
    clockStops: stops,
    // The same people as the clock stops: hidden with them, and their number is the one published there.
    daysLostToStops: distribution(s, { count: stops.count, suppressed: stops.suppressed }, scope.summary.stopped, 'daysLostToStops'),
    everHomelessDuringWait: share(s, 'homeless'),
    unshelteredDuringWait: share(s, 'unsheltered'),
    shelterDuringWait: share(s, 'shelter'),
    hostPlacementDuringWait: share(s, 'hostPlacement'),
    housingDuringWait: table(s, cellsOf('housingDuringWait', HOUSING_CATEGORIES), clients),
    advancedDegree,
    workingEnglish: share(s, 'workingEnglish'),
    topProfessions: professions(s, clients),
    supportNeeds: table(s, cellsOf('supportNeeds', SUPPORT_NEED_CATEGORIES), clients),
    outcomes: table(s, cellsOf('outcomes', OUTCOMES), clients, s.cell('clients')),
  };
}

/** What each figure means, for the people who quote them. */
export function definitions(earliestGrantDays = 180): Record<string, string> {
  return {
    period: 'Clients are counted in the calendar quarter their first I-589 was received or lodged. Only events dated on or before the report day count; clients who withheld consent are never counted.',
    waitFiledToEadDays: 'Days from the first I-589 filing to the work permit in hand (the card received, else the approval), for clients who have one.',
    waitArrivalToEadDays: 'Days from the last arrival to the work permit in hand, for clients with both dates.',
    histogram: `Clients by whole calendar months waited, in bins of ${HISTOGRAM_BINS.map((b) => b.key).join(', ')} months.`,
    stillWaiting: 'Clients with neither a work permit in hand nor asylum granted; days so far from the first I-589 filing to the report day.',
    waitedPastRule: `Clients whose wait from filing to the right to work lasted, or has lasted so far, longer than the ${earliestGrantDays} days after which the rules allow a permit to be granted.`,
    personMonthsWithoutWork: 'The months clients lived without the right to work, from the filing until the permit, an asylum grant or the report day, added up; and the part lived by people with a master’s degree or doctorate.',
    clockStops: 'Clients whose work-permit clock was stopped during the wait; days lost are the stopped days during the wait, overlapping stops counted once.',
    duringWait: 'Housing during the wait: any housing period overlapping the days from the filing until work was authorized (permit in hand or asylum granted), or until the report day. Homeless: street, car or emergency shelter; unsheltered: street or car.',
    advancedDegree: "Master's or doctorate, as a share of all clients counted.",
    workingEnglish: 'English at B2 or above, as a share of all clients counted.',
    topProfessions: `The ${TOP_PROFESSIONS} most frequent professions held by at least the minimum cell size; all others are pooled.`,
    supportNeeds: 'Clients with at least one need of the category opened on or before the report day.',
    outcomes: 'Status on the report day: granted, denied, referred to immigration court, else pending.',
    anonymity:
      'Counts carry small random noise (cell-key method: at most 3 per calendar quarter, zero on average, the same for the same people every time); figures from fewer people than the minimum cell size are null and marked suppressed, and further cells are hidden so that no hidden cell can be derived; shares are computed from the published counts; durations are in whole weeks, and percentiles are given only from ' +
      `${PERCENTILE_MIN_PEOPLE.median} people (the 90th from ${PERCENTILE_MIN_PEOPLE.p90}).`,
  };
}
