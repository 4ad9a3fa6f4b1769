import type { StatsScenario, StatsSplit } from './types';

/** What the statistics screens ask the API for; kept in the page's URL so a view can be shared and printed. */
export interface StatsQuery {
  /** First month of filing, `YYYY-MM`. */
  from: string;
  /** Last month of filing, `YYYY-MM`, inclusive. */
  to: string;
  split: StatsSplit | null;
  scenario: StatsScenario;
}

export const SPLITS: readonly StatsSplit[] = ['year', 'quarter'];
export const SCENARIOS: readonly StatsScenario[] = ['current', 'proposed-365'];
/** The default period: this many months, ending with the current one. */
export const DEFAULT_MONTHS = 24;

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

/** The last 24 months up to and including the current one. */
export function defaultPeriod(now: Date = new Date()): { from: string; to: string } {
  const to = monthOf(now);
  return { from: addMonths(to, -(DEFAULT_MONTHS - 1)), to };
}

/** Reads the query from a URL's search string; anything missing or malformed takes its default. */
export function parseStatsQuery(search: string, now: Date = new Date()): StatsQuery {
  const params = new URLSearchParams(search);
  const defaults = defaultPeriod(now);
  const from = params.get('from');
  const to = params.get('to');
  const split = params.get('split');
  const scenario = params.get('scenario');
  return {
    from: isMonth(from) ? from : defaults.from,
    to: isMonth(to) ? to : defaults.to,
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
