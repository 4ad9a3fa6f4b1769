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

export type HardshipSplit = 'year' | 'quarter';

/** Bucket keys equal to the labels of splitPeriod() in @ct/domain ('2025', '2025-Q2'). Whitelisted SQL. */
const BUCKET_EXPRESSION: Record<HardshipSplit | 'none', string> = {
  none: 'NULL::text',
  year: `to_char(f.filed_on, 'YYYY')`,
  quarter: `to_char(f.filed_on, 'YYYY-"Q"Q')`,
};

/** Milestone types the report reads; everything else is skipped by the index scan. */
export const HARDSHIP_MILESTONE_TYPES = [
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
  const overall = split ? 'GROUPING SETS ((), (bucket))' : 'bucket';
  const text = `
WITH filed AS (
  SELECT m.client_id, min(m.date) AS filed_on
    FROM milestones m
   WHERE m.type = 'I589_FILED' AND m.date <= $1::date
   GROUP BY m.client_id
),
cohort AS (
  SELECT c.id AS client_id, f.filed_on, ${bucket} AS bucket,
         c.last_arrival_on, c.education_level, c.english_level,
         nullif(lower(btrim(c.profession)), '') AS profession
    FROM filed f
    JOIN clients c ON c.id = f.client_id
   WHERE f.filed_on >= $2::date AND f.filed_on < $3::date AND NOT c.exclude_from_statistics
),
events AS (
  SELECT m.client_id,
         min(m.date) FILTER (WHERE m.type = 'EAD_CARD_RECEIVED') AS card_on,
         min(m.date) FILTER (WHERE m.type = 'EAD_APPROVED') AS approved_on,
         min(m.date) FILTER (WHERE m.type = 'EAD_APPLIED') AS applied_on,
         min(m.date) FILTER (WHERE m.type = 'ASYLUM_GRANTED') AS granted_on,
         min(m.date) FILTER (WHERE m.type = 'ASYLUM_DENIED') AS denied_on,
         min(m.date) FILTER (WHERE m.type = 'REFERRED_TO_COURT') AS referred_on,
         max(m.date) FILTER (WHERE m.type = 'ARRIVED') AS arrived_on,
         range_agg(daterange(greatest(m.date, co.filed_on), least(coalesce(m.end_date, $1::date), $1::date)))
           FILTER (WHERE m.type = 'CLOCK_STOP' AND least(coalesce(m.end_date, $1::date), $1::date) > greatest(m.date, co.filed_on)) AS stops
    FROM cohort co
    JOIN milestones m ON m.client_id = co.client_id
   WHERE m.date <= $1::date AND m.type = ANY($4::text[])
   GROUP BY m.client_id
),
waits AS (
  SELECT co.*, e.applied_on, e.granted_on, e.denied_on, e.referred_on, e.stops,
         coalesce(e.card_on, e.approved_on) AS in_hand_on,
         CASE WHEN coalesce(co.last_arrival_on, e.arrived_on) <= $1::date THEN coalesce(co.last_arrival_on, e.arrived_on) END AS arrival_on,
         -- The wait runs from the filing until work is authorized (permit in hand or asylum granted), else through today.
         daterange(co.filed_on, greatest(co.filed_on, coalesce(least(coalesce(e.card_on, e.approved_on), e.granted_on), $1::date + 1))) AS wait
    FROM cohort co
    LEFT JOIN events e ON e.client_id = co.client_id
),
measured AS (
  SELECT w.*,
         CASE WHEN w.stops IS NULL THEN 0
              ELSE (SELECT coalesce(sum(upper(r) - lower(r)), 0) FROM unnest(w.stops * datemultirange(w.wait)) r)::int END AS stop_days,
         CASE WHEN w.in_hand_on IS NOT NULL THEN greatest(0, w.in_hand_on - w.filed_on) END AS filed_wait,
         CASE WHEN w.in_hand_on IS NOT NULL AND w.arrival_on IS NOT NULL THEN greatest(0, w.in_hand_on - w.arrival_on) END AS arrival_wait,
         CASE WHEN w.in_hand_on IS NULL AND w.granted_on IS NULL THEN $1::date - w.filed_on END AS days_so_far
    FROM waits w
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
housing AS (
  SELECT h.client_id, array_agg(DISTINCT h.category) AS categories
    FROM scenario w
    JOIN housing_situations h ON h.client_id = w.client_id
   WHERE h.started_on <= $1::date AND h.started_on < upper(w.wait) AND upper(w.wait) > w.filed_on
     AND (h.ended_on IS NULL OR h.ended_on > w.filed_on)
   GROUP BY h.client_id
),
needs AS (
  SELECT n.client_id, array_agg(DISTINCT n.category) AS categories
    FROM cohort co
    JOIN support_needs n ON n.client_id = co.client_id
   WHERE n.opened_on <= $1::date
   GROUP BY n.client_id
),
facts AS (
  SELECT s.bucket, s.profession, s.education_level, s.english_level, s.stop_days, s.days_so_far,
         s.filed_wait_s AS filed_wait,
         s.arrival_wait + (s.filed_wait_s - s.filed_wait) AS arrival_wait,
         least(extract(year FROM age(s.filed_on + s.filed_wait_s, s.filed_on)) * 12
               + extract(month FROM age(s.filed_on + s.filed_wait_s, s.filed_on)), $12::int)::int AS filed_months,
         least(extract(year FROM age(s.arrival_on + s.arrival_wait + (s.filed_wait_s - s.filed_wait), s.arrival_on)) * 12
               + extract(month FROM age(s.arrival_on + s.arrival_wait + (s.filed_wait_s - s.filed_wait), s.arrival_on)), $12::int)::int AS arrival_months,
         CASE WHEN s.granted_on IS NOT NULL THEN 'granted' WHEN s.denied_on IS NOT NULL THEN 'denied'
              WHEN s.referred_on IS NOT NULL THEN 'referred' ELSE 'pending' END AS outcome,
         coalesce(h.categories, '{}') AS housing,
         coalesce(n.categories, '{}') AS needs
    FROM scenario s
    LEFT JOIN housing h ON h.client_id = s.client_id
    LEFT JOIN needs n ON n.client_id = s.client_id
),
summary AS (
  SELECT bucket,
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
         count(*) FILTER (WHERE english_level = ANY ($11::text[])) AS english_n
    FROM facts
   GROUP BY ${overall}
),
professions AS (
  SELECT bucket, profession, count(*) AS n FROM facts GROUP BY ${by('profession')}
),
tables AS (
  SELECT bucket, 'housingDuringWait' AS tbl, category AS key, count(*) AS n
    FROM facts, unnest(housing) AS category GROUP BY ${by('category')}
  UNION ALL
  SELECT bucket, 'supportNeeds', category, count(*) FROM facts, unnest(needs) AS category GROUP BY ${by('category')}
  UNION ALL
  SELECT bucket, 'outcomes', outcome, count(*) FROM facts GROUP BY ${by('outcome')}
  UNION ALL
  SELECT bucket, 'filedHistogram', filed_months::text, count(*) FROM facts WHERE filed_months IS NOT NULL GROUP BY ${by('filed_months')}
  UNION ALL
  SELECT bucket, 'arrivalHistogram', arrival_months::text, count(*) FROM facts WHERE arrival_months IS NOT NULL GROUP BY ${by('arrival_months')}
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
