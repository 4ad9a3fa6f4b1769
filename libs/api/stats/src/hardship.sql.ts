/**
 * The SQL of the hardship report. PostgreSQL does all the per-person work (first filing, permit in
 * hand, clock stops merged as date multiranges, overlaps with housing history, percentiles, counts);
 * only aggregates leave the database, and rare professions leave it already pooled into "other".
 *
 * One statement: the per-client facts are computed once (a CTE referenced by both outputs, so
 * PostgreSQL materializes it once) and aggregated twice, into scalar figures per bucket and into
 * frequency tables per bucket. With a split, GROUPING SETS gives the whole period (bucket NULL)
 * and each bucket in the same pass.
 *
 * Date semantics follow the API contract: only events dated on or before today count; the clock
 * starts on the first I589_FILED; the permit is in hand on the first EAD_CARD_RECEIVED, else the first
 * EAD_APPROVED; a CLOCK_STOP is [date, endDate) and open (running to today) while endDate is null or
 * still in the future; housing periods are [startedOn, endedOn).
 */

import { HOUSING_CATEGORIES, SUPPORT_NEED_CATEGORIES } from '@ct/contracts';

/** A client's outcome as of today: a grant wins over a denial, a denial over a referral to court. */
export const OUTCOMES = ['granted', 'referred', 'denied', 'pending'] as const;

/** Category names come from the contract's constants, never from a request; checked anyway. */
function literal(value: string): string {
  if (!/^[a-z_]+$/.test(value)) throw new Error(`unexpected category ${value}`);
  return `'${value}'`;
}

/** Whole calendar months in a wait of `days` from `from` (15 Jan → 14 Mar is 1 month), as age() counts them. */
function wholeMonths(from: string, days: string): string {
  const age = `age(${from} + ${days}, ${from})`;
  return `(extract(year FROM ${age}) * 12 + extract(month FROM ${age}))::int`;
}

function countColumns(table: string, column: string, categories: readonly string[]): string[] {
  return categories.map((c) => `count(*) FILTER (WHERE ${literal(c)} = ANY (${column})) AS "${table}:${c}"`);
}

export type HardshipSplit = 'year' | 'quarter';

/** Bucket keys equal to the labels of splitPeriod() in @ct/domain ('2025', '2025-Q2'). Whitelisted SQL. */
const BUCKET_EXPRESSION: Record<HardshipSplit | 'none', string> = {
  none: 'NULL::text',
  year: `to_char(f.filed_on, 'YYYY')`,
  quarter: `to_char(f.filed_on, 'YYYY-"Q"Q')`,
};

/** Milestone types the report reads; everything else is skipped by the index scan. */
export const HARDSHIP_MILESTONE_TYPES = [
  'I589_FILED',
  'ARRIVED',
  'EAD_APPLIED',
  'EAD_APPROVED',
  'EAD_CARD_RECEIVED',
  'ASYLUM_GRANTED',
  'ASYLUM_DENIED',
  'REFERRED_TO_COURT',
  'CLOCK_STOP',
] as const;

export interface HardshipSqlParams {
  today: string;
  firstDay: string;
  endExclusive: string;
  proposedScenario: boolean;
  /** Clock days before the I-765 may be filed: the rule in force, and the scenario's. */
  mayFileDaysCurrent: number;
  mayFileDaysScenario: number;
  homelessCategories: readonly string[];
  unshelteredCategories: readonly string[];
  advancedDegrees: readonly string[];
  workingEnglish: readonly string[];
  /** Histogram months at or above this are pooled into one "cap+" bar. */
  histogramCap: number;
  minCell: number;
}

export interface HardshipStatement {
  name: string;
  text: string;
  values: unknown[];
}

/** Builds the statement; the split only picks a whitelisted expression, every value is a parameter. */
export function hardshipStatement(split: HardshipSplit | null, p: HardshipSqlParams): HardshipStatement {
  const bucket = BUCKET_EXPRESSION[split ?? 'none'];
  const by = (key: string) => (split ? `GROUPING SETS ((${key}), (bucket, ${key}))` : `bucket, ${key}`);
  const overall = split ? 'GROUPING SETS ((), (bucket))' : '()';
  const categoryCounts = [
    ...countColumns('housingDuringWait', 'housing', HOUSING_CATEGORIES),
    ...countColumns('supportNeeds', 'needs', SUPPORT_NEED_CATEGORIES),
    ...OUTCOMES.map((o) => `count(*) FILTER (WHERE outcome = ${literal(o)}) AS "outcomes:${o}"`),
  ].join(',\n         ');
  const text = `
WITH ms AS (
  SELECT m.client_id,
         min(m.date) FILTER (WHERE m.type = 'I589_FILED') AS filed_on,
         min(m.date) FILTER (WHERE m.type = 'EAD_CARD_RECEIVED') AS card_on,
         min(m.date) FILTER (WHERE m.type = 'EAD_APPROVED') AS approved_on,
         min(m.date) FILTER (WHERE m.type = 'EAD_APPLIED') AS applied_on,
         min(m.date) FILTER (WHERE m.type = 'ASYLUM_GRANTED') AS granted_on,
         min(m.date) FILTER (WHERE m.type = 'ASYLUM_DENIED') AS denied_on,
         min(m.date) FILTER (WHERE m.type = 'REFERRED_TO_COURT') AS referred_on,
         max(m.date) FILTER (WHERE m.type = 'ARRIVED') AS arrived_on
    FROM milestones m
   WHERE m.date <= $1::date AND m.type = ANY ($4::text[])
   GROUP BY m.client_id
  HAVING min(m.date) FILTER (WHERE m.type = 'I589_FILED') >= $2::date
     AND min(m.date) FILTER (WHERE m.type = 'I589_FILED') < $3::date
),
waits AS (
  SELECT ms.*, ${bucket} AS bucket, c.education_level, c.english_level,
         nullif(lower(btrim(c.profession)), '') AS profession,
         coalesce(ms.card_on, ms.approved_on) AS in_hand_on,
         CASE WHEN coalesce(c.last_arrival_on, ms.arrived_on) <= $1::date THEN coalesce(c.last_arrival_on, ms.arrived_on) END AS arrival_on,
         -- The wait runs from the filing until work is authorized (permit in hand or asylum granted), else through today.
         daterange(ms.filed_on, greatest(ms.filed_on, coalesce(least(coalesce(ms.card_on, ms.approved_on), ms.granted_on), $1::date + 1))) AS wait
    FROM ms
    JOIN clients c ON c.id = ms.client_id
   WHERE NOT c.exclude_from_statistics
),
stops AS (
  -- Stops merged (range_agg) and cut to the wait, so overlapping stops never count a day twice.
  SELECT w.client_id,
         (SELECT coalesce(sum(upper(r) - lower(r)), 0)::int
            FROM unnest(range_agg(daterange(m.date, least(coalesce(m.end_date, $1::date), $1::date))) * datemultirange(w.wait)) r) AS stop_days
    FROM waits w
    JOIN milestones m ON m.client_id = w.client_id
   WHERE m.type = 'CLOCK_STOP' AND m.date <= $1::date AND least(coalesce(m.end_date, $1::date), $1::date) > m.date
   GROUP BY w.client_id, w.wait
),
housing AS (
  SELECT h.client_id, array_agg(h.category) AS categories
    FROM waits w
    JOIN housing_situations h ON h.client_id = w.client_id
   WHERE h.started_on <= $1::date AND h.started_on < upper(w.wait) AND upper(w.wait) > w.filed_on
     AND (h.ended_on IS NULL OR h.ended_on > w.filed_on)
   GROUP BY h.client_id
),
needs AS (
  SELECT n.client_id, array_agg(n.category) AS categories
    FROM waits w
    JOIN support_needs n ON n.client_id = w.client_id
   WHERE n.opened_on <= $1::date
   GROUP BY n.client_id
),
measured AS (
  SELECT w.bucket, w.profession, w.education_level, w.english_level, w.filed_on, w.arrival_on, w.in_hand_on,
         w.applied_on, w.granted_on, w.denied_on, w.referred_on,
         coalesce(s.stop_days, 0) AS stop_days,
         CASE WHEN w.in_hand_on IS NOT NULL THEN greatest(0, w.in_hand_on - w.filed_on) END AS filed_wait,
         CASE WHEN w.in_hand_on IS NOT NULL AND w.arrival_on IS NOT NULL THEN greatest(0, w.in_hand_on - w.arrival_on) END AS arrival_wait,
         CASE WHEN w.in_hand_on IS NULL AND w.granted_on IS NULL THEN $1::date - w.filed_on END AS days_so_far,
         coalesce(h.categories, '{}') AS housing,
         coalesce(n.categories, '{}') AS needs
    FROM waits w
    LEFT JOIN stops s ON s.client_id = w.client_id
    LEFT JOIN housing h ON h.client_id = w.client_id
    LEFT JOIN needs n ON n.client_id = w.client_id
),
scenario AS (
  -- Proposed rule: the I-765 may be filed only at $7 clock days. Projected wait = the actual wait, or
  -- $7 days + the days the clock was stopped + the actual processing time after the I-765, whichever
  -- is longer, but never past an asylum grant (work is then authorized incident to status).
  SELECT s.*,
         CASE WHEN $5::boolean AND s.filed_wait IS NOT NULL THEN
           greatest(s.filed_wait, least(
             $7::int + s.stop_days + CASE WHEN s.applied_on BETWEEN s.filed_on AND s.in_hand_on THEN s.in_hand_on - s.applied_on
                                          ELSE greatest(0, s.filed_wait - ($6::int + s.stop_days)) END,
             coalesce(s.granted_on - s.filed_on, 2147483647)))
         ELSE s.filed_wait END AS filed_wait_s
    FROM measured s
),
facts AS MATERIALIZED (
  SELECT bucket, profession, education_level, english_level, stop_days, days_so_far, housing, needs,
         filed_wait_s AS filed_wait,
         arrival_wait + (filed_wait_s - filed_wait) AS arrival_wait,
         CASE WHEN filed_wait IS NOT NULL THEN least(${wholeMonths('filed_on', 'filed_wait_s')}, $12::int) END AS filed_months,
         CASE WHEN arrival_wait IS NOT NULL THEN least(${wholeMonths('arrival_on', '(arrival_wait + filed_wait_s - filed_wait)')}, $12::int) END AS arrival_months,
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
         count(*) FILTER (WHERE housing && $8::text[]) AS homeless_n,
         count(*) FILTER (WHERE housing && $9::text[]) AS unsheltered_n,
         count(*) FILTER (WHERE 'emergency_shelter' = ANY (housing)) AS shelter_n,
         count(*) FILTER (WHERE 'host_placement' = ANY (housing)) AS host_n,
         count(*) FILTER (WHERE education_level = ANY ($10::text[])) AS advanced_n,
         count(*) FILTER (WHERE english_level = ANY ($11::text[])) AS english_n,
         ${categoryCounts}
    FROM facts
   GROUP BY ${overall}
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
  SELECT bucket, CASE WHEN profession IS NULL THEN 'professionsNotRecorded' WHEN n >= $13::int THEN 'professions' ELSE 'professionsOther' END,
         CASE WHEN profession IS NOT NULL AND n >= $13::int THEN profession END, sum(n)
    FROM professions
   GROUP BY 1, 2, 3
)
SELECT (SELECT coalesce(json_agg(s), '[]') FROM summary s) AS summary,
       (SELECT coalesce(json_agg(t), '[]') FROM tables t) AS tables`;
  const values = [
    p.today,
    p.firstDay,
    p.endExclusive,
    HARDSHIP_MILESTONE_TYPES,
    p.proposedScenario,
    p.mayFileDaysCurrent,
    p.mayFileDaysScenario,
    p.homelessCategories,
    p.unshelteredCategories,
    p.advancedDegrees,
    p.workingEnglish,
    p.histogramCap,
    p.minCell,
  ];
  return { name: 'hardship', text, values };
}
