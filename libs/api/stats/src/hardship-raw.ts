/**
 * The hardship statements' output as exact aggregates, before any anonymity rule: counts of people
 * and order statistics, per bucket. Never sent to a client as is (see hardship-report.ts).
 */
import { HOUSING_CATEGORIES, SUPPORT_NEED_CATEGORIES } from '@ct/contracts';
import { OUTCOMES } from './hardship.sql';

/** n people, and the 25th, 50th, 75th and 90th percentiles (percentile_cont) of their values. */
export interface RawDistribution {
  n: number;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
}

export interface RawFigures {
  clients: number;
  filedWait: RawDistribution;
  arrivalWait: RawDistribution;
  stillWaiting: { n: number; medianDaysSoFar: number | null };
  stopped: RawDistribution;
  advancedDegree: number;
  workingEnglish: number;
  homeless: number;
  unsheltered: number;
  shelter: number;
  hostPlacement: number;
  housingDuringWait: Record<string, number>;
  supportNeeds: Record<string, number>;
  outcomes: Record<string, number>;
  filedHistogram: Record<string, number>;
  arrivalHistogram: Record<string, number>;
  /** Professions held by at least the minimum cell, by name; the rest only as two totals. */
  professions: { named: Record<string, number>; other: number; notRecorded: number };
}

export interface RawHardship {
  /** Key null: the whole period; otherwise the bucket label ('2025', '2025-Q2'). */
  figures: Map<string | null, RawFigures>;
}

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));

export function emptyFigures(): RawFigures {
  const none: RawDistribution = { n: 0, p25: null, median: null, p75: null, p90: null };
  return {
    clients: 0,
    filedWait: { ...none },
    arrivalWait: { ...none },
    stillWaiting: { n: 0, medianDaysSoFar: null },
    stopped: { ...none },
    advancedDegree: 0,
    workingEnglish: 0,
    homeless: 0,
    unsheltered: 0,
    shelter: 0,
    hostPlacement: 0,
    housingDuringWait: zeros(HOUSING_CATEGORIES),
    supportNeeds: zeros(SUPPORT_NEED_CATEGORIES),
    outcomes: zeros(OUTCOMES),
    filedHistogram: {},
    arrivalHistogram: {},
    professions: { named: {}, other: 0, notRecorded: 0 },
  };
}

type Row = Record<string, unknown>;

const count = (value: unknown): number => {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error('statistics query returned a malformed count');
  return n;
};
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function distribution(n: unknown, pct: unknown): RawDistribution {
  const p = Array.isArray(pct) ? pct.map(num) : [null, null, null, null];
  return { n: count(n), p25: p[0] ?? null, median: p[1] ?? null, p75: p[2] ?? null, p90: p[3] ?? null };
}

function prefixed(row: Row, prefix: string, keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, count(row[`${prefix}:${k}`])]));
}

/** Folds the rows of both statements (see hardship.sql.ts) into exact figures per bucket. */
export function parseHardshipRows(waits: { summary: Row[]; tables: Row[] }, housing: { summary: Row[] }): RawHardship {
  const figures = new Map<string | null, RawFigures>();
  const at = (bucket: unknown) => {
    const key = bucket === null || bucket === undefined ? null : String(bucket);
    let f = figures.get(key);
    if (!f) figures.set(key, (f = emptyFigures()));
    return f;
  };
  for (const row of waits.summary) {
    const f = at(row['bucket']);
    f.clients = count(row['clients']);
    f.filedWait = distribution(row['filed_n'], row['filed_pct']);
    f.arrivalWait = distribution(row['arrival_n'], row['arrival_pct']);
    f.stillWaiting = { n: count(row['waiting_n']), medianDaysSoFar: num(row['waiting_median']) };
    f.stopped = distribution(row['stopped_n'], row['stopped_pct']);
    f.advancedDegree = count(row['advanced_n']);
    f.workingEnglish = count(row['english_n']);
    f.outcomes = prefixed(row, 'outcomes', OUTCOMES);
  }
  for (const row of housing.summary) {
    const f = at(row['bucket']);
    f.homeless = count(row['homeless_n']);
    f.unsheltered = count(row['unsheltered_n']);
    f.shelter = count(row['shelter_n']);
    f.hostPlacement = count(row['host_n']);
    f.housingDuringWait = prefixed(row, 'housingDuringWait', HOUSING_CATEGORIES);
    f.supportNeeds = prefixed(row, 'supportNeeds', SUPPORT_NEED_CATEGORIES);
  }
  for (const row of waits.tables) {
    const f = at(row['bucket']);
    const n = count(row['n']);
    const key = String(row['key'] ?? '');
    switch (row['tbl']) {
      case 'filedHistogram':
        f.filedHistogram[key] = n;
        break;
      case 'arrivalHistogram':
        f.arrivalHistogram[key] = n;
        break;
      case 'professions':
        f.professions.named[key] = n;
        break;
      case 'professionsOther':
        f.professions.other += n;
        break;
      case 'professionsNotRecorded':
        f.professions.notRecorded += n;
        break;
      default:
        throw new Error('statistics query returned an unknown table');
    }
  }
  return { figures };
}
