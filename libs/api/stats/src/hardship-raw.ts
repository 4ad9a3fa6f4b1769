/**
 * The hardship statements' output as exact aggregates, before any anonymity rule: per calendar quarter
 * of filing, each count with the sum of its members' record keys; per period (and bucket), the
 * distributions at their jittered quantiles. Never sent to a client as is (see hardship-report.ts).
 */
import type { KeyedGroup } from '@ct/domain';

/** A distribution's people (and their key sum) and its values at the jittered quantiles. */
export interface RawDistribution {
  group: KeyedGroup;
  values: (number | null)[];
}

export interface RawSummary {
  /** Everyone counted in the period or bucket. */
  cover: KeyedGroup;
  filed: RawDistribution;
  arrival: RawDistribution;
  waiting: RawDistribution;
  stopped: RawDistribution;
}

export interface RawHardship {
  /** Quarter label ('2025-Q2') → figure name ('homeless', 'supportNeeds:legal', 'professions:nurse') → count. */
  quarters: Map<string, Map<string, KeyedGroup>>;
  /** Key null: the whole period; otherwise the bucket label ('2025', '2025-Q2'). */
  summaries: Map<string | null, RawSummary>;
}

type Row = Record<string, unknown>;

const count = (value: unknown): number => {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error('statistics query returned a malformed count');
  return n;
};
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const group = (row: Row, name: string): KeyedGroup => ({ n: count(row[`${name}:n`]), keySum: count(row[`${name}:k`]) });

export const EMPTY_GROUP: KeyedGroup = { n: 0, keySum: 0 };

export function emptySummary(): RawSummary {
  const none = (): RawDistribution => ({ group: EMPTY_GROUP, values: [] });
  return { cover: EMPTY_GROUP, filed: none(), arrival: none(), waiting: none(), stopped: none() };
}

const TABLE_PREFIX: Record<string, string> = {
  filedHistogram: 'filedHistogram:',
  arrivalHistogram: 'arrivalHistogram:',
  professions: 'professions:',
  withoutMonths: 'withoutMonths:',
  withoutMonthsAdvanced: 'withoutMonthsAdvanced:',
};

/** Folds the rows of both statements (see hardship.sql.ts) into exact figures per quarter and period. */
export function parseHardshipRows(waits: { summary: Row[]; counts: Row[]; tables: Row[] }, housing: { counts: Row[] }): RawHardship {
  const quarters = new Map<string, Map<string, KeyedGroup>>();
  const at = (quarter: unknown) => {
    const key = String(quarter);
    let q = quarters.get(key);
    if (!q) quarters.set(key, (q = new Map()));
    return q;
  };
  for (const row of [...waits.counts, ...housing.counts]) {
    const q = at(row['quarter']);
    for (const column of Object.keys(row)) {
      if (!column.endsWith(':n')) continue;
      const name = column.slice(0, -2);
      q.set(name, group(row, name));
    }
  }
  for (const row of waits.tables) {
    const q = at(row['quarter']);
    const value = { n: count(row['n']), keySum: count(row['k']) };
    const tbl = String(row['tbl']);
    const name =
      tbl === 'professionsOther' ? 'professions:(other)' : tbl === 'professionsNotRecorded' ? 'professions:(not recorded)' : TABLE_PREFIX[tbl] ? `${TABLE_PREFIX[tbl]}${String(row['key'] ?? '')}` : null;
    if (name === null) throw new Error('statistics query returned an unknown table');
    const before = q.get(name);
    q.set(name, before ? { n: before.n + value.n, keySum: before.keySum + value.keySum } : value);
  }
  const summaries = new Map<string | null, RawSummary>();
  const dist = (row: Row, name: string, pct: string): RawDistribution => ({
    group: group(row, name),
    values: Array.isArray(row[pct]) ? (row[pct] as unknown[]).map(num) : [],
  });
  for (const row of waits.summary) {
    const bucket = row['bucket'] === null || row['bucket'] === undefined ? null : String(row['bucket']);
    summaries.set(bucket, {
      cover: group(row, 'cover'),
      filed: dist(row, 'filed', 'filed_pct'),
      arrival: dist(row, 'arrival', 'arrival_pct'),
      waiting: dist(row, 'waiting', 'waiting_pct'),
      stopped: dist(row, 'stopped', 'stopped_pct'),
    });
  }
  return { quarters, summaries };
}
