/**
 * The SQL of the hardship report. PostgreSQL does all the per-person work (first filing, permit in
 * hand, clock stops merged as date multiranges, overlaps of housing history with the wait,
 * percentiles, counts); only aggregates leave the database, and professions held by fewer people
 * than the minimum cell leave it already pooled into "other", never by name.
 *
 * One statement. Each table is reduced to one row per client by an aggregate over an index in
 * client order (milestones, housing, needs), the four client-ordered streams are merged, and the
 * per-client facts are aggregated twice: into scalar figures and into frequency tables. With a
 * split, GROUPING SETS computes the whole period (bucket NULL) and each bucket in the same pass.
 *
 * Date semantics follow the API contract: only events dated on or before today count; the clock
 * starts on the first I589_FILED; the permit is in hand on the first EAD_CARD_RECEIVED, else the first
 * EAD_APPROVED; a CLOCK_STOP is [date, endDate) and stays open (running to today) while endDate is null
 * or still in the future (as in the case clock of @ct/domain); housing periods are [startedOn, endedOn).
 */
import { HOUSING_CATEGORIES, SUPPORT_NEED_CATEGORIES } from '@ct/contracts';

export type HardshipSplit = 'year' | 'quarter';

/** A client's outcome as of today: a grant wins over a denial, a denial over a referral to court. */
export const OUTCOMES = ['granted', 'referred', 'denied', 'pending'] as const;

/** Milestone types the report reads: exactly those of the partial index idx_milestones_stats. */
export const HARDSHIP_MILESTONE_TYPES = [
  'I589_FILED',
  'EAD_APPLIED',
  'EAD_APPROVED',
  'EAD_CARD_RECEIVED',
  'ASYLUM_GRANTED',
  'ASYLUM_DENIED',
  'REFERRED_TO_COURT',
  'CLOCK_STOP',
] as const;

/**
 * Settings for the transaction the statement runs in. The cohort's size comes from a HAVING on an
 * aggregate, which PostgreSQL cannot estimate (it guesses 0.5% of clients); planned for a few hundred
 * rows, it would probe indexes once per client or hash wide rows, several times slower at 10^5 clients
 * than merging the client-ordered index scans. The wrong estimate also inflates costs enough to start
 * JIT compilation, which alone takes longer than the query.
 */
export const HARDSHIP_SESSION_SETTINGS = ['SET LOCAL jit = off', 'SET LOCAL enable_nestloop = off', 'SET LOCAL enable_hashjoin = off', "SET LOCAL work_mem = '32MB'"] as const;

export interface HardshipSqlParams {
  today: string;
  firstDay: string;
  endExclusive: string;
  proposedScenario: boolean;
  /** Clock days before the I-765 may be filed: under the rule in force, and under the scenario. */
  mayFileDaysCurrent: number;
  mayFileDaysScenario: number;
  homelessCategories: readonly string[];
  unshelteredCategories: readonly string[];
  advancedDegrees: readonly string[];
  workingEnglish: readonly string[];
  /** Histogram months at or above this are pooled into one last bar. */
  histogramCap: number;
  minCell: number;
}

export interface HardshipStatement {
  name: string;
  text: string;
  values: unknown[];
}

/** Category names come from the contract's constants, never from a request; checked all the same. */
function literal(value: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(value)) throw new Error(`unexpected SQL literal ${value}`);
  return `'${value}'`;
}

/** The bit mask of `selected` within `all` (bit i stands for all[i]). */
function mask(all: readonly string[], selected: readonly string[]): number {
  return selected.reduce((m, c) => {
    const i = all.indexOf(c);
    if (i < 0) throw new Error(`unknown category ${c}`);
    return m | (1 << i);
  }, 0);
}

/** Whole calendar months in a wait of `days` days from `from` (15 Jan to 14 Mar is 1), as age() counts them. */
function wholeMonths(from: string, days: string): string {
  const age = `age(${from} + ${days}, ${from})`;
  return `(extract(year FROM ${age}) * 12 + extract(month FROM ${age}))::int`;
}

export function hardshipStatement(split: HardshipSplit | null, p: HardshipSqlParams): HardshipStatement {
  const values: unknown[] = [];
  const param = (value: unknown, type: string) => {
    values.push(value);
    return `$${values.length}::${type}`;
  };
  const today = param(p.today, 'date');
  const firstDay = param(p.firstDay, 'date');
  const endExclusive = param(p.endExclusive, 'date');
  const proposed = param(p.proposedScenario, 'boolean');
  const mayFileCurrent = param(p.mayFileDaysCurrent, 'int');
  const mayFileScenario = param(p.mayFileDaysScenario, 'int');
  const needCategories = param(SUPPORT_NEED_CATEGORIES, 'text[]');
  const advancedDegrees = param(p.advancedDegrees, 'text[]');
  const workingEnglish = param(p.workingEnglish, 'text[]');
  const histogramCap = param(p.histogramCap, 'int');
  const minCell = param(p.minCell, 'int');

  const bucket = split === 'year' ? `to_char(w.filed_on, 'YYYY')` : split === 'quarter' ? `to_char(w.filed_on, 'YYYY-"Q"Q')` : 'NULL::text';
  const by = (key: string) => (split ? `GROUPING SETS ((${key}), (bucket, ${key}))` : `bucket, ${key}`);
  const housingRanges = HOUSING_CATEGORIES.map(
    (c) => `range_agg(daterange(h.started_on, CASE WHEN h.ended_on < h.started_on THEN h.started_on ELSE h.ended_on END)) FILTER (WHERE h.category = ${literal(c)}) AS ${c}`,
  ).join(',\n         ');
  const housingMask = HOUSING_CATEGORIES.map((c, i) => `CASE WHEN w.${c} && w.wait THEN ${1 << i} ELSE 0 END`).join(' | ');
  const bitCount = (table: string, column: string, categories: readonly string[]) =>
    categories.map((c) => `count(*) FILTER (WHERE ${column} & ${mask(categories, [c])} <> 0) AS "${table}:${c}"`);
  const tableCounts = [
    ...bitCount('housingDuringWait', 'housing', HOUSING_CATEGORIES),
    ...bitCount('supportNeeds', 'needs', SUPPORT_NEED_CATEGORIES),
    ...OUTCOMES.map((o) => `count(*) FILTER (WHERE outcome = ${literal(o)}) AS "outcomes:${o}"`),
  ].join(',\n         ');

  const text = `
WITH ms AS (
  -- One row per client of the cohort: first filing in the period (as known today) and the dates that end or stop the wait.
  SELECT m.client_id,
         min(m.date) FILTER (WHERE m.type = 'I589_FILED') AS filed_on,
         min(m.date) FILTER (WHERE m.type = 'EAD_CARD_RECEIVED') AS card_on,
         min(m.date) FILTER (WHERE m.type = 'EAD_APPROVED') AS approved_on,
         min(m.date) FILTER (WHERE m.type = 'EAD_APPLIED') AS applied_on,
         min(m.date) FILTER (WHERE m.type = 'ASYLUM_GRANTED') AS granted_on,
         min(m.date) FILTER (WHERE m.type = 'ASYLUM_DENIED') AS denied_on,
         min(m.date) FILTER (WHERE m.type = 'REFERRED_TO_COURT') AS referred_on,
         range_agg(daterange(m.date, least(coalesce(m.end_date, ${today}), ${today})))
           FILTER (WHERE m.type = 'CLOCK_STOP' AND least(coalesce(m.end_date, ${today}), ${today}) > m.date) AS stops
    FROM milestones m
   WHERE m.date <= ${today} AND m.type IN (${HARDSHIP_MILESTONE_TYPES.map(literal).join(', ')})
   GROUP BY m.client_id
  HAVING min(m.date) FILTER (WHERE m.type = 'I589_FILED') >= ${firstDay}
     AND min(m.date) FILTER (WHERE m.type = 'I589_FILED') < ${endExclusive}
),
housing AS (
  -- Per client and housing category, the days spent there as a multirange (tested against the wait below).
  SELECT h.client_id,
         ${housingRanges}
    FROM housing_situations h
   WHERE h.started_on <= ${today}
   GROUP BY h.client_id
),
needs AS (
  -- Per client, one bit per support-need category (position in the contract's list) opened by today.
  SELECT n.client_id, bit_or(1 << (array_position(${needCategories}, n.category) - 1)) AS mask
    FROM support_needs n
   WHERE n.opened_on <= ${today}
   GROUP BY n.client_id
),
waits AS MATERIALIZED (
  SELECT ms.*, ${HOUSING_CATEGORIES.map((c) => `h.${c}`).join(', ')}, n.mask AS needs,
         c.education_level, c.english_level, nullif(lower(btrim(c.profession)), '') AS profession,
         coalesce(ms.card_on, ms.approved_on) AS in_hand_on,
         -- The last arrival; the latest ARRIVED milestone only where the client record has none.
         (SELECT CASE WHEN a <= ${today} THEN a END
            FROM coalesce(c.last_arrival_on, (SELECT max(x.date) FROM milestones x
                                               WHERE x.client_id = ms.client_id AND x.type = 'ARRIVED' AND x.date <= ${today})) a) AS arrival_on,
         -- The wait runs from the filing until work is authorized (permit in hand or asylum granted), else through today.
         daterange(ms.filed_on, greatest(ms.filed_on, coalesce(least(coalesce(ms.card_on, ms.approved_on), ms.granted_on), ${today} + 1))) AS wait
    FROM ms
    JOIN clients c ON c.id = ms.client_id AND NOT c.exclude_from_statistics
    LEFT JOIN housing h ON h.client_id = ms.client_id
    LEFT JOIN needs n ON n.client_id = ms.client_id
),
measured AS (
  SELECT w.filed_on, w.arrival_on, w.in_hand_on, w.applied_on, w.granted_on, w.denied_on, w.referred_on,
         w.education_level, w.english_level, w.profession, coalesce(w.needs, 0) AS needs,
         ${bucket} AS bucket,
         ${housingMask} AS housing,
         CASE WHEN w.stops IS NULL THEN 0
              ELSE (SELECT coalesce(sum(upper(r) - lower(r)), 0)::int FROM unnest(w.stops * datemultirange(w.wait)) r) END AS stop_days,
         CASE WHEN w.in_hand_on IS NOT NULL THEN greatest(0, w.in_hand_on - w.filed_on) END AS filed_wait,
         CASE WHEN w.in_hand_on IS NOT NULL AND w.arrival_on IS NOT NULL THEN greatest(0, w.in_hand_on - w.arrival_on) END AS arrival_wait,
         CASE WHEN w.in_hand_on IS NULL AND w.granted_on IS NULL THEN ${today} - w.filed_on END AS days_so_far
    FROM waits w
),
scenario AS MATERIALIZED (
  -- Proposed rule: the I-765 may be filed only at N clock days. Projected wait = the actual wait, or
  -- N days + the days the clock was stopped + the actual processing time after the I-765 (without an
  -- I-765 date: the actual wait beyond the current earliest filing day), whichever is longer, but never
  -- past an asylum grant (work is then authorized incident to status).
  SELECT s.*,
         CASE WHEN ${proposed} AND s.filed_wait IS NOT NULL THEN
           greatest(s.filed_wait, least(
             ${mayFileScenario} + s.stop_days + CASE WHEN s.applied_on BETWEEN s.filed_on AND s.in_hand_on THEN s.in_hand_on - s.applied_on
                                               ELSE greatest(0, s.filed_wait - (${mayFileCurrent} + s.stop_days)) END,
             coalesce(s.granted_on - s.filed_on, 2147483647)))
         ELSE s.filed_wait END AS filed_wait_s
    FROM measured s
),
facts AS MATERIALIZED (
  SELECT bucket, profession, stop_days, days_so_far, housing, needs,
         coalesce(education_level = ANY (${advancedDegrees}), false) AS advanced,
         coalesce(english_level = ANY (${workingEnglish}), false) AS working_english,
         filed_wait_s AS filed_wait,
         arrival_wait + (filed_wait_s - filed_wait) AS arrival_wait,
         CASE WHEN filed_wait IS NOT NULL THEN least(${wholeMonths('filed_on', 'filed_wait_s')}, ${histogramCap}) END AS filed_months,
         CASE WHEN arrival_wait IS NOT NULL THEN least(${wholeMonths('arrival_on', '(arrival_wait + filed_wait_s - filed_wait)')}, ${histogramCap}) END AS arrival_months,
         CASE WHEN granted_on IS NOT NULL THEN 'granted' WHEN denied_on IS NOT NULL THEN 'denied'
              WHEN referred_on IS NOT NULL THEN 'referred' ELSE 'pending' END AS outcome
    FROM scenario
),
summary AS (
  SELECT ${split ? 'bucket' : 'NULL::text AS bucket'},
         count(*) AS clients,
         count(filed_wait) AS filed_n,
         percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY filed_wait) AS filed_pct,
         count(arrival_wait) AS arrival_n,
         percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY arrival_wait) AS arrival_pct,
         count(days_so_far) AS waiting_n,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY days_so_far) AS waiting_median,
         count(*) FILTER (WHERE stop_days > 0) AS stopped_n,
         percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY nullif(stop_days, 0)) AS stopped_pct,
         count(*) FILTER (WHERE housing & ${mask(HOUSING_CATEGORIES, p.homelessCategories)} <> 0) AS homeless_n,
         count(*) FILTER (WHERE housing & ${mask(HOUSING_CATEGORIES, p.unshelteredCategories)} <> 0) AS unsheltered_n,
         count(*) FILTER (WHERE housing & ${mask(HOUSING_CATEGORIES, ['emergency_shelter'])} <> 0) AS shelter_n,
         count(*) FILTER (WHERE housing & ${mask(HOUSING_CATEGORIES, ['host_placement'])} <> 0) AS host_n,
         count(*) FILTER (WHERE advanced) AS advanced_n,
         count(*) FILTER (WHERE working_english) AS english_n,
         ${tableCounts}
    FROM facts
   GROUP BY ${split ? 'GROUPING SETS ((), (bucket))' : '()'}
),
professions AS (
  SELECT bucket, profession, count(*) AS n FROM facts GROUP BY ${by('profession')}
),
tables AS (
  SELECT bucket, 'filedHistogram' AS tbl, filed_months::text AS key, count(*) AS n
    FROM facts WHERE filed_months IS NOT NULL GROUP BY ${by('filed_months')}
  UNION ALL
  SELECT bucket, 'arrivalHistogram', arrival_months::text, count(*)
    FROM facts WHERE arrival_months IS NOT NULL GROUP BY ${by('arrival_months')}
  UNION ALL
  -- Only professions shared by at least the minimum cell leave the database by name.
  SELECT bucket,
         CASE WHEN profession IS NULL THEN 'professionsNotRecorded' WHEN n >= ${minCell} THEN 'professions' ELSE 'professionsOther' END,
         CASE WHEN profession IS NOT NULL AND n >= ${minCell} THEN profession END,
         sum(n)
    FROM professions
   GROUP BY 1, 2, 3
)
SELECT (SELECT coalesce(json_agg(s), '[]') FROM summary s) AS summary,
       (SELECT coalesce(json_agg(t), '[]') FROM tables t) AS tables`;
  return { name: 'hardship', text, values };
}
