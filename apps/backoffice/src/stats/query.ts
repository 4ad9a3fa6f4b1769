import type { StatsScenario, StatsSplit } from './types';

/** What the statistics screens ask the API for; kept in the page's URL so a view can be shared and printed. */
export interface StatsQuery {
  /** First month of filing, `YYYY-MM`: the first month of a calendar quarter. */
  from: string;
  /** Last month of filing, `YYYY-MM`, inclusive: the last month of a calendar quarter. */
  to: string;
  split: StatsSplit | null;
  scenario: StatsScenario;
}

export const SPLITS: readonly StatsSplit[] = ['year', 'quarter'];
export const SCENARIOS: readonly StatsScenario[] = ['current', 'proposed-365'];
/** The default period: this many calendar quarters, ending with the current one. */
export const DEFAULT_QUARTERS = 8;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: unknown): value is string => typeof value === 'string' && MONTH.test(value);

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM` of a date on this computer's calendar. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

/** `month` moved by `delta` months (negative: earlier). */
export function addMonths(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The first month of the quarter `month` is in (statistics are published by whole calendar quarters). */
export function quarterStart(month: string): string {
  const m = Number(month.slice(5));
  return `${month.slice(0, 4)}-${pad(m - ((m - 1) % 3))}`;
}

/** The last month of the quarter `month` is in. */
export const quarterEnd = (month: string): string => addMonths(quarterStart(month), 2);

/** The last 8 calendar quarters up to and including the current one. */
export function defaultPeriod(now: Date = new Date()): { from: string; to: string } {
  const to = quarterEnd(monthOf(now));
  return { from: addMonths(quarterStart(to), -3 * (DEFAULT_QUARTERS - 1)), to };
}

/** Quarters to choose from, newest first: `{from, to}` months of each, for the period pickers. */
export function quarterChoices(now: Date = new Date(), years = 12): { from: string; to: string }[] {
  const last = quarterStart(monthOf(now));
  return Array.from({ length: years * 4 }, (_, i) => {
    const from = addMonths(last, -3 * i);
    return { from, to: quarterEnd(from) };
  });
}

/** Reads the query from a URL's search string; anything missing or malformed takes its default. */
export function parseStatsQuery(search: string, now: Date = new Date()): StatsQuery {
  const params = new URLSearchParams(search);
  const defaults = defaultPeriod(now);
  const from = params.get('from');
  const to = params.get('to');
  const split = params.get('split');
  const scenario = params.get('scenario');
  // A month inside a quarter widens to the whole quarter: the API publishes nothing finer.
  return {
    from: isMonth(from) ? quarterStart(from) : defaults.from,
    to: isMonth(to) ? quarterEnd(to) : defaults.to,
    split: (SPLITS as readonly string[]).includes(split ?? '') ? (split as StatsSplit) : null,
    scenario: (SCENARIOS as readonly string[]).includes(scenario ?? '') ? (scenario as StatsScenario) : 'current',
  };
}

/** The query as URL parameters, in the API's names (`split` and `scenario` only when not the default). */
export function statsSearch(query: StatsQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.split) params.set('split', query.split);
  if (query.scenario !== 'current') params.set('scenario', query.scenario);
  return params.toString();
}

/** The other rule, for the side-by-side comparison. */
export const otherScenario = (scenario: StatsScenario): StatsScenario => (scenario === 'current' ? 'proposed-365' : 'current');

/** Message-key form of a scenario id (`proposed-365` → `proposed_365`). */
export const scenarioKey = (scenario: string): string => scenario.replace(/-/g, '_');
