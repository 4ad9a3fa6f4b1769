/**
 * The SQL of the hardship report. PostgreSQL does all the per-person work (first filing, permit in
 * hand, clock stops merged as date multiranges, overlaps of housing history with the wait,
 * percentiles, counts); only aggregates leave the database, and professions held by fewer people
 * than the minimum cell leave it already pooled into "other", never by name.
 *
 * Two statements over the same snapshot, independent so that they can run at once on two
 * connections (one per core): `waits` (the wait figures, clock stops, qualifications, outcomes and
 * the frequency tables that go with them) and `housing` (housing history during the wait and
 * support needs). Each reduces every table to one row per client with an aggregate over an index in
 * client order and merges those client-ordered streams. Every count comes out per calendar quarter of
 * filing with the sum of its members' record keys (the cell-key perturbation adds each quarter's noise,
 * see @ct/domain cell-key.ts); percentiles come for the whole period and, with a split, each bucket
 * (GROUPING SETS), at the jittered quantiles the cell key chooses from.
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
 * Settings for the transactions the statements run in. The cohort's size comes from a HAVING on an
 * aggregate, which PostgreSQL cannot estimate (it guesses 0.5% of clients); planned for a few hundred
 * rows, it would probe indexes once per client or hash wide rows, several times slower at 10^5 clients
 * than merging the client-ordered index scans. The wrong estimate also inflates later costs enough to
 * start JIT compilation, which alone takes longer than the query.
 */
export const HARDSHIP_SESSION_SETTINGS = [
  'SET LOCAL jit = off',
  'SET LOCAL enable_nestloop = off',
  'SET LOCAL enable_hashjoin = off',
  "SET LOCAL work_mem = '32MB'",
] as const;

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
  /** Lower bounds, in whole months, of the histogram bins after the first (e.g. [3, 6, 9, 12, 18]). */
  histogramBinBounds: readonly number[];
  /** Keys of the histogram bins, one more than the bounds ('0-3', …, '18+'). */
  histogramBinKeys: readonly string[];
  /** The jittered quantiles of each percentile (p25, median, p75, p90), in that order, the table's noises within each. */
  quantiles: readonly number[];
  /** Clock days before a permit may be granted under the rule in force (the "180 days the rules set"). */
  earliestGrantDays: number;
  /** Whole months without the right to work at or above this are counted as this many. */
  personMonthsCap: number;
  /** The jittered quantiles of the median alone (for the days so far of those still waiting). */
  medianQuantiles: readonly number[];
  minCell: number;
}

export interface HardshipStatement {
  name: 'waits' | 'housing';
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

/**
 * Whole calendar months in a wait of `days` days from `from` (15 Jan to 14 Mar is 1), exactly as age()
 * counts them, from date parts (date_part works in float8, about twice as fast as age or extract).
 */
function wholeMonths(from: string, days: string): string {
  const to = `(${from} + ${days})`;
  const part = (field: string, date: string) => `date_part('${field}', ${date})`;
  return `((${part('year', to)} - ${part('year', from)}) * 12 + ${part('month', to)} - ${part('month', from)} - (${part('day', to)} < ${part('day', from)})::int)::int`;
}

/** Numbered parameters with their types, in order of first use. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

/** The SQL pieces both statements share. */
function common(split: HardshipSplit | null, q: Params, p: HardshipSqlParams) {
  const today = q.add(p.today, 'date');
  const firstDay = q.add(p.firstDay, 'date');
  const endExclusive = q.add(p.endExclusive, 'date');
  const bucket = (column: string) =>
    split === 'year' ? `to_char(${column}, 'YYYY')` : split === 'quarter' ? `to_char(${column}, 'YYYY-"Q"Q')` : 'NULL::text';
  const quarter = (column: string) => `to_char(${column}, 'YYYY-"Q"Q')`;
  // One row per client of the cohort, in client order: the first filing (in the period, as known
  // today) and the dates that end or stop the wait, from the partial covering index on milestones.
  const cohort = (extra: string) => `
cohort AS (
  SELECT m.client_id,
         min(m.date) FILTER (WHERE m.type = 'I589_FILED') AS filed_on,
         min(m.date) FILTER (WHERE m.type = 'EAD_CARD_RECEIVED') AS card_on,
         min(m.date) FILTER (WHERE m.type = 'EAD_APPROVED') AS approved_on,
         min(m.date) FILTER (WHERE m.type = 'ASYLUM_GRANTED') AS granted_on${extra}
    FROM milestones m
   WHERE m.date <= ${today} AND m.type IN (${HARDSHIP_MILESTONE_TYPES.map(literal).join(', ')})
   GROUP BY m.client_id
  HAVING min(m.date) FILTER (WHERE m.type = 'I589_FILED') >= ${firstDay}
     AND min(m.date) FILTER (WHERE m.type = 'I589_FILED') < ${endExclusive}
),
spans AS (
  -- The wait runs from the filing until work is authorized (permit in hand or asylum granted), else
  -- through today. Clients who withheld consent to be counted are left out here.
  SELECT k.*, ${bucket('k.filed_on')} AS bucket, ${quarter('k.filed_on')} AS quarter, c.stats_record_key::bigint AS rk,
         c.education_level, c.english_level, c.profession, c.last_arrival_on,
         coalesce(k.card_on, k.approved_on) AS in_hand_on,
         greatest(k.filed_on, coalesce(least(coalesce(k.card_on, k.approved_on), k.granted_on), ${today} + 1)) AS wait_end
    FROM cohort k
    JOIN clients c ON c.id = k.client_id AND NOT c.exclude_from_statistics
)`;
  // Percentiles: the whole period (bucket NULL) and, with a split, each bucket as well.
  const overall = split ? 'GROUPING SETS ((), (bucket))' : '()';
  const bucketColumn = split ? 'bucket' : 'NULL::text AS bucket';
  return { today, cohort, overall, bucketColumn };
}

/**
 * A count per quarter and the sum of its members' record keys (for the cell key): "name:n", "name:k".
 * The key sum fits a bigint by far (2^31 per person).
 */
const keyed = (name: string, condition: string) =>
  `count(*) FILTER (WHERE ${condition}) AS "${name}:n", coalesce(sum(rk) FILTER (WHERE ${condition}), 0) AS "${name}:k"`;

const bitCounts = (table: string, column: string, categories: readonly string[]) =>
  categories.map((c) => keyed(`${table}:${c}`, `${column} & ${mask(categories, [c])} <> 0`));

/** Waits (actual or projected), still waiting, clock stops, qualifications, outcomes, professions, histograms. */
export function waitsStatement(split: HardshipSplit | null, p: HardshipSqlParams): HardshipStatement {
  const q = new Params();
  const { today, cohort, overall, bucketColumn } = common(split, q, p);
  const proposed = q.add(p.proposedScenario, 'boolean');
  const mayFileCurrent = q.add(p.mayFileDaysCurrent, 'int');
  const mayFileScenario = q.add(p.mayFileDaysScenario, 'int');
  const advancedDegrees = q.add(p.advancedDegrees, 'text[]');
  const workingEnglish = q.add(p.workingEnglish, 'text[]');
  const binBounds = q.add(p.histogramBinBounds, 'int[]');
  const binKeys = q.add(p.histogramBinKeys, 'text[]');
  const quantiles = q.add(p.quantiles, 'float8[]');
  const medianQuantiles = q.add(p.medianQuantiles, 'float8[]');
  const minCell = q.add(p.minCell, 'int');
  const earliestGrant = q.add(p.earliestGrantDays, 'int');
  const monthsCap = q.add(p.personMonthsCap, 'int');
  const outcomes = OUTCOMES.map((o) => keyed(`outcomes:${o}`, `outcome = ${literal(o)}`)).join(',\n         ');
  // The bin of a number of whole months: width_bucket counts the bounds at or below it.
  const bin = (months: string) => `(${binKeys})[width_bucket(${months}, ${binBounds}) + 1]`;

  const text = `
WITH ${cohort(`,
         min(m.date) FILTER (WHERE m.type = 'EAD_APPLIED') AS applied_on,
         min(m.date) FILTER (WHERE m.type = 'ASYLUM_DENIED') AS denied_on,
         min(m.date) FILTER (WHERE m.type = 'REFERRED_TO_COURT') AS referred_on,
         range_agg(daterange(m.date, least(coalesce(m.end_date, ${today}), ${today})))
           FILTER (WHERE m.type = 'CLOCK_STOP' AND least(coalesce(m.end_date, ${today}), ${today}) > m.date) AS stops`)},
measured AS (
  -- OFFSET 0 on this step and the next keeps PostgreSQL from inlining each computed column into every
  -- later use (the arrival subquery would run a dozen times per client): each column is computed once.
  SELECT w.*, CASE WHEN w.arrived_on <= ${today} THEN w.arrived_on END AS arrival_on,
         CASE WHEN w.stops IS NULL THEN 0
              ELSE (SELECT coalesce(sum(upper(r) - lower(r)), 0)::int FROM unnest(w.stops * datemultirange(daterange(w.filed_on, w.wait_end))) r) END AS stop_days,
         CASE WHEN w.in_hand_on IS NOT NULL THEN greatest(0, w.in_hand_on - w.filed_on) END AS filed_wait,
         CASE WHEN w.in_hand_on IS NOT NULL AND w.arrived_on <= ${today} THEN greatest(0, w.in_hand_on - w.arrived_on) END AS arrival_wait,
         CASE WHEN w.in_hand_on IS NULL AND w.granted_on IS NULL THEN ${today} - w.filed_on END AS days_so_far
    FROM (SELECT s.filed_on, s.in_hand_on, s.applied_on, s.granted_on, s.denied_on, s.referred_on, s.stops, s.wait_end, s.bucket, s.quarter, s.rk,
                 s.education_level, s.english_level, nullif(lower(btrim(s.profession)), '') AS profession,
                 -- The last arrival; the latest ARRIVED milestone only where the client record has none.
                 coalesce(s.last_arrival_on, (SELECT max(x.date) FROM milestones x
                                               WHERE x.client_id = s.client_id AND x.type = 'ARRIVED' AND x.date <= ${today})) AS arrived_on
            FROM spans s OFFSET 0) w
  OFFSET 0
),
scenario AS (
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
  OFFSET 0
),
facts AS MATERIALIZED (
  SELECT bucket, quarter, rk, profession, stop_days, days_so_far,
         coalesce(education_level = ANY (${advancedDegrees}), false) AS advanced,
         coalesce(english_level = ANY (${workingEnglish}), false) AS working_english,
         filed_wait_s AS filed_wait,
         arrival_wait + (filed_wait_s - filed_wait) AS arrival_wait,
         CASE WHEN filed_wait IS NOT NULL THEN ${bin(wholeMonths('filed_on', 'filed_wait_s'))} END AS filed_bin,
         CASE WHEN arrival_wait IS NOT NULL THEN ${bin(wholeMonths('arrival_on', '(arrival_wait + filed_wait_s - filed_wait)'))} END AS arrival_bin,
         -- Days without the right to work: the wait (as projected under a scenario), else until the grant or today.
         coalesce(filed_wait_s, wait_end - filed_on) AS without_days,
         least(${wholeMonths('filed_on', 'coalesce(filed_wait_s, wait_end - filed_on)')}, ${monthsCap}) AS without_months,
         CASE WHEN granted_on IS NOT NULL THEN 'granted' WHEN denied_on IS NOT NULL THEN 'denied'
              WHEN referred_on IS NOT NULL THEN 'referred' ELSE 'pending' END AS outcome
    FROM scenario
),
counts AS (
  -- Every count per calendar quarter of filing, with its members' key sum: the published figure of a
  -- period is the sum of its quarters' perturbed parts.
  SELECT quarter,
         ${keyed('clients', 'true')},
         ${keyed('filedWait', 'filed_wait IS NOT NULL')},
         ${keyed('arrivalWait', 'arrival_wait IS NOT NULL')},
         ${keyed('stillWaiting', 'days_so_far IS NOT NULL')},
         ${keyed('clockStops', 'stop_days > 0')},
         ${keyed('advancedDegree', 'advanced')},
         ${keyed('workingEnglish', 'working_english')},
         ${keyed('pastRule', `without_days > ${earliestGrant}`)},
         ${outcomes}
    FROM facts
   GROUP BY quarter
),
summary AS (
  -- Percentiles of the whole period (and of each bucket), each at the quantiles the cell key may pick,
  -- with the key sums that key is derived from.
  SELECT ${bucketColumn},
         ${keyed('cover', 'true')},
         ${keyed('filed', 'filed_wait IS NOT NULL')},
         percentile_cont(${quantiles}) WITHIN GROUP (ORDER BY filed_wait) AS filed_pct,
         ${keyed('arrival', 'arrival_wait IS NOT NULL')},
         percentile_cont(${quantiles}) WITHIN GROUP (ORDER BY arrival_wait) AS arrival_pct,
         ${keyed('waiting', 'days_so_far IS NOT NULL')},
         percentile_cont(${medianQuantiles}) WITHIN GROUP (ORDER BY days_so_far) AS waiting_pct,
         ${keyed('stopped', 'stop_days > 0')},
         percentile_cont(${quantiles}) WITHIN GROUP (ORDER BY nullif(stop_days, 0)) AS stopped_pct
    FROM facts
   GROUP BY ${overall}
),
grouped AS (
  -- The frequency tables per quarter in one pass over the facts.
  SELECT quarter, filed_bin, arrival_bin, profession, without_months, count(*) AS n, sum(rk) AS k,
         count(*) FILTER (WHERE advanced) AS an, coalesce(sum(rk) FILTER (WHERE advanced), 0) AS ak,
         GROUPING(filed_bin) = 0 AS by_filed, GROUPING(arrival_bin) = 0 AS by_arrival, GROUPING(profession) = 0 AS by_profession,
         GROUPING(without_months) = 0 AS by_without
    FROM facts
   GROUP BY GROUPING SETS ((quarter, filed_bin), (quarter, arrival_bin), (quarter, profession), (quarter, without_months))
),
professions AS (
  -- Only professions held by at least the minimum cell in the whole period leave the database by name.
  SELECT quarter, profession, n, k, sum(n) OVER (PARTITION BY profession) AS in_period
    FROM grouped
   WHERE by_profession
),
tables AS (
  SELECT quarter, 'filedHistogram' AS tbl, filed_bin AS key, n, k FROM grouped WHERE by_filed AND filed_bin IS NOT NULL
  UNION ALL
  SELECT quarter, 'arrivalHistogram', arrival_bin, n, k FROM grouped WHERE by_arrival AND arrival_bin IS NOT NULL
  UNION ALL
  -- People by whole months without the right to work, all and those with an advanced degree (for person-months).
  SELECT quarter, 'withoutMonths', without_months::text, n, k FROM grouped WHERE by_without
  UNION ALL
  SELECT quarter, 'withoutMonthsAdvanced', without_months::text, an, ak FROM grouped WHERE by_without AND an > 0
  UNION ALL
  SELECT quarter,
         CASE WHEN profession IS NULL THEN 'professionsNotRecorded' WHEN in_period >= ${minCell} THEN 'professions' ELSE 'professionsOther' END,
         CASE WHEN profession IS NOT NULL AND in_period >= ${minCell} THEN profession END,
         sum(n), sum(k)
    FROM professions
   GROUP BY 1, 2, 3
)
SELECT (SELECT coalesce(json_agg(s), '[]') FROM summary s) AS summary,
       (SELECT coalesce(json_agg(c), '[]') FROM counts c) AS counts,
       (SELECT coalesce(json_agg(t), '[]') FROM tables t) AS tables`;
  return { name: 'waits', text, values: q.values };
}

/** Housing during the wait (homeless, unsheltered, shelter, host placement, every category) and support needs. */
export function housingStatement(split: HardshipSplit | null, p: HardshipSqlParams): HardshipStatement {
  const q = new Params();
  const { today, cohort } = common(split, q, p);
  const housingCategories = q.add(HOUSING_CATEGORIES, 'text[]');
  const needCategories = q.add(SUPPORT_NEED_CATEGORIES, 'text[]');
  const housingMask = (categories: readonly string[]) => mask(HOUSING_CATEGORIES, categories);
  const tableCounts = [...bitCounts('housingDuringWait', 'housing', HOUSING_CATEGORIES), ...bitCounts('supportNeeds', 'needs', SUPPORT_NEED_CATEGORIES)].join(
    ',\n         ',
  );

  const text = `
WITH ${cohort('')},
housing AS (
  -- Per client, one bit per housing category (position in the contract's list) lived in during the wait.
  SELECT w.client_id,
         bit_or(CASE WHEN h.started_on < w.wait_end AND w.wait_end > w.filed_on AND (h.ended_on IS NULL OR h.ended_on > w.filed_on)
                     THEN 1 << (array_position(${housingCategories}, h.category) - 1) ELSE 0 END) AS mask
    FROM spans w
    JOIN housing_situations h ON h.client_id = w.client_id
   WHERE h.started_on <= ${today}
   GROUP BY w.client_id
),
needs AS (
  -- Per client, one bit per support-need category (position in the contract's list) opened by today.
  SELECT n.client_id, bit_or(1 << (array_position(${needCategories}, n.category) - 1)) AS mask
    FROM support_needs n
   WHERE n.opened_on <= ${today}
   GROUP BY n.client_id
),
facts AS (
  SELECT w.quarter, w.rk, coalesce(h.mask, 0) AS housing, coalesce(n.mask, 0) AS needs
    FROM spans w
    LEFT JOIN housing h ON h.client_id = w.client_id
    LEFT JOIN needs n ON n.client_id = w.client_id
),
counts AS (
  SELECT quarter,
         ${keyed('clients', 'true')},
         ${keyed('homeless', `housing & ${housingMask(p.homelessCategories)} <> 0`)},
         ${keyed('unsheltered', `housing & ${housingMask(p.unshelteredCategories)} <> 0`)},
         ${keyed('shelter', `housing & ${housingMask(['emergency_shelter'])} <> 0`)},
         ${keyed('hostPlacement', `housing & ${housingMask(['host_placement'])} <> 0`)},
         ${tableCounts}
    FROM facts
   GROUP BY quarter
)
SELECT '[]'::json AS summary, (SELECT coalesce(json_agg(c), '[]') FROM counts c) AS counts, '[]'::json AS tables`;
  return { name: 'housing', text, values: q.values };
}

export function hardshipStatements(split: HardshipSplit | null, p: HardshipSqlParams): HardshipStatement[] {
  return [waitsStatement(split, p), housingStatement(split, p)];
}
