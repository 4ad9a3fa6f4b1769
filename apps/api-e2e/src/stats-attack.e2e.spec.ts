import { spawnSync } from 'node:child_process';
import { ADVANCED_DEGREES } from '@ct/contracts';
import { MAX_PERTURBATION, percentile, shareOf, suppressFigure } from '@ct/domain';
import { API_MAIN, TEST_SECRETS, withClient } from '@ct/testing';
import { type TestApp, startTestApp } from './support/test-app';
import { type WindowBound, solveWindows } from './support/window-solver';

/**
 * The attacks of issue 8, run with a director's login against the API, and the same attacks against
 * a publisher that only rounds to 5 and suppresses small cells (built from the domain's own
 * roundCount/suppressFigure/shareOf, answering month windows as the API used to). Each attack must
 * recover exact facts from the rounding publisher (so this test can fail) and nothing certain from
 * the API:
 *   1. every overlapping window asked and solved for the exact count of each period;
 *   2. one client added (or a client's consent toggled), the windows asked again, the two solutions
 *      differenced to learn whether that person has an advanced degree;
 *   3. published percentiles that are one person's exact wait.
 * The attacker knows the published perturbation table (noise at most 3 per quarter).
 */
const TZ = 'America/New_York';
const MIN = 11;
const CLIENTS = 600;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Truth {
  /** 'YYYY-MM' → clients and those with an advanced degree, as the statistics count them. */
  months: Map<string, { clients: number; advanced: number }>;
  /** 'YYYY-MM' → each counted person's exact wait in days from filing to the permit in hand. */
  waits: Map<string, number[]>;
}

const monthsBetween = (from: string, to: string) => {
  const out: string[] = [];
  for (let [y, m] = from.split('-').map(Number); `${y}-${String(m).padStart(2, '0')}` <= to; m === 12 ? ((m = 1), y++) : m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
};
const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;

/** The periods an attacker can ask about: months if the API takes them, else quarters, each as months. */
interface Granularity {
  name: 'month' | 'quarter';
  periods: string[][];
}

function byQuarter(months: string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const m of months) groups.set(quarterOf(m), [...(groups.get(quarterOf(m)) ?? []), m]);
  return [...groups.values()].filter((g) => g.length === 3);
}

const sum = <T>(months: string[], f: (m: string) => T[] | number, map: Map<string, unknown>) => months.reduce((s, m) => s + (map.has(m) ? (f(m) as number) : 0), 0);

/** Attack 1 and 2's solver input: a bound on the count of every window, from what was published. */
type Publisher = (months: string[]) => Promise<{ clients: number | null; advanced: number | null; len: number; waits: number | null; percentiles: (number | null)[] }>;

async function windowBounds(periods: string[][], publish: Publisher, slack: (len: number) => number) {
  const clients: WindowBound[] = [];
  const advanced: WindowBound[] = [];
  const percentiles: { months: string[]; n: number | null; values: (number | null)[] }[] = [];
  for (let a = 0; a < periods.length; a++) {
    for (let b = a; b < periods.length; b++) {
      const months = periods.slice(a, b + 1).flat();
      const r = await publish(months);
      const s = slack(b - a + 1);
      clients.push(r.clients === null ? { a, b, lo: 0, hi: MIN - 1 } : { a, b, lo: r.clients - s, hi: r.clients + s });
      if (r.advanced !== null) advanced.push({ a, b, lo: r.advanced - s, hi: r.advanced + s });
      percentiles.push({ months, n: r.waits, values: r.percentiles });
    }
  }
  return { clients: solveWindows(periods.length, clients), advanced: solveWindows(periods.length, advanced), percentiles };
}

describe('statistics attacks (issue 8)', () => {
  let app: TestApp;
  let director: string;
  let caseworker: string;
  let truth: Truth;
  let months: string[];
  let granularity: Granularity;
  const log: string[] = [];

  async function readTruth(): Promise<Truth> {
    return withClient(app.databaseUrl, async (db) => {
      const { rows } = await db.query(
        `WITH f AS (
           SELECT m.client_id, min(m.date) FILTER (WHERE m.type = 'I589_FILED') AS filed_on,
                  coalesce(min(m.date) FILTER (WHERE m.type = 'EAD_CARD_RECEIVED'), min(m.date) FILTER (WHERE m.type = 'EAD_APPROVED')) AS in_hand_on
             FROM milestones m WHERE m.date <= $1::date GROUP BY m.client_id
           HAVING min(m.date) FILTER (WHERE m.type = 'I589_FILED') IS NOT NULL)
         SELECT to_char(f.filed_on, 'YYYY-MM') AS month, c.education_level = ANY ($2::text[]) AS advanced,
                CASE WHEN f.in_hand_on IS NOT NULL THEN greatest(0, f.in_hand_on - f.filed_on) END AS wait
           FROM f JOIN clients c ON c.id = f.client_id AND NOT c.exclude_from_statistics`,
        [today(), ADVANCED_DEGREES],
      );
      const t: Truth = { months: new Map(), waits: new Map() };
      for (const r of rows as { month: string; advanced: boolean | null; wait: number | null }[]) {
        const m = t.months.get(r.month) ?? { clients: 0, advanced: 0 };
        m.clients++;
        if (r.advanced) m.advanced++;
        t.months.set(r.month, m);
        if (r.wait !== null) t.waits.set(r.month, [...(t.waits.get(r.month) ?? []), r.wait]);
      }
      return t;
    });
  }

  /** The API, asked by a director. */
  const api: Publisher = async (ms) => {
    const res = await app.request<Json>('GET', `/api/stats/hardship?from=${ms[0]}&to=${ms[ms.length - 1]}`, { token: director });
    if (res.status !== 200) throw new Error(`stats answered ${res.status}: ${res.text}`);
    const w = res.body.waitFiledToEadDays;
    return { clients: res.body.clients.count, advanced: res.body.advancedDegree.count, len: ms.length, waits: w.n, percentiles: [w.p25, w.median, w.p75] };
  };

  /** Plain rounding to 5 with small-cell suppression, from the domain's functions, on the true data. */
  const rounding = (t: Truth): Publisher => async (ms) => {
    const clients = sum(ms, (m) => t.months.get(m)?.clients ?? 0, t.months);
    const advanced = sum(ms, (m) => t.months.get(m)?.advanced ?? 0, t.months);
    const waits = ms.flatMap((m) => t.waits.get(m) ?? []).sort((x, y) => x - y);
    const n = suppressFigure({ n: clients }, { minCell: MIN });
    const share = clients === 0 ? { count: null } : shareOf(advanced, clients, MIN);
    const exact = waits.length < MIN ? [null, null, null] : [0.25, 0.5, 0.75].map((p) => percentile(waits, p));
    // The attacker knows n exactly here: attack 1 recovers it.
    return { clients: n.n, advanced: share.count, len: ms.length, waits: waits.length, percentiles: exact };
  };

  beforeAll(async () => {
    app = await startTestApp({ env: { STATS_QUERIES_PER_HOUR: '100000', APP_TIME_ZONE: TZ } });
    director = (await app.createUser('director')).accessToken;
    caseworker = (await app.createUser('caseworker')).accessToken;
    const seeded = spawnSync(process.execPath, [API_MAIN, 'seed', '--clients', String(CLIENTS)], {
      env: { ...process.env, ...TEST_SECRETS, DATABASE_URL: app.databaseUrl, SEED_DEMO: 'false', APP_TIME_ZONE: TZ },
      encoding: 'utf8',
    });
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
    truth = await readTruth();
    const all = [...truth.months.keys()].sort();
    months = monthsBetween(all[0], all[all.length - 1]);
    // The attacker asks for months; if the API refuses them, for quarters.
    const probe = await app.request('GET', `/api/stats/hardship?from=${months[1]}&to=${months[1]}`, { token: director });
    granularity = probe.status === 200 ? { name: 'month', periods: months.map((m) => [m]) } : { name: 'quarter', periods: byQuarter(months) };
  }, 120_000);
  afterAll(async () => {
    console.log(log.join('\n'));
    await app?.close();
  });

  /** How the attacker bounds a published count: the API's noise is at most 3 per quarter; rounding is within 2. */
  const apiSlack = (len: number) => (granularity.name === 'quarter' ? MAX_PERTURBATION * len : 2);

  it('1. solving every overlapping window recovers every exact count from rounding, none from the API', async () => {
    const monthly = months.map((m) => [m]);
    const fromRounding = await windowBounds(monthly, rounding(truth), () => 2);
    const fromApi = await windowBounds(granularity.periods, api, apiSlack);
    const exactRounding = fromRounding.clients.filter((r, i) => r.lo === r.hi && r.lo === (truth.months.get(months[i])?.clients ?? 0)).length;
    const exactApi = fromApi.clients.filter((r) => r.lo === r.hi).length;
    const width = fromApi.clients.reduce((s, r) => s + r.hi - r.lo + 1, 0) / fromApi.clients.length;
    // Every range the attacker computes holds the truth (the solver is sound).
    fromApi.clients.forEach((r, i) => {
      const t = sum(granularity.periods[i], (m) => truth.months.get(m)?.clients ?? 0, truth.months);
      expect(t).toBeGreaterThanOrEqual(r.lo);
      expect(t).toBeLessThanOrEqual(r.hi);
    });
    log.push(
      `attack 1 (overlapping windows, ${CLIENTS} synthetic clients): rounding to 5, ${months.length} months, ${(months.length * (months.length + 1)) / 2} windows: ` +
        `${exactRounding} of ${months.length} monthly counts recovered exactly; API (${granularity.name}s only), ${granularity.periods.length} ${granularity.name}s, ` +
        `${(granularity.periods.length * (granularity.periods.length + 1)) / 2} requests: ${exactApi} recovered exactly, each known only within ${width.toFixed(1)} values on average`,
    );
    expect(exactRounding).toBeGreaterThanOrEqual(Math.floor(months.length * 0.9));
    expect(exactApi).toBe(0);
  }, 300_000);

  it('2. adding one client, or toggling one client’s consent, and differencing: certain from rounding, never from the API', async () => {
    // The last eight quarters: 36 windows per state for the API, 300 month windows for rounding.
    const recent = byQuarter(months).slice(-9, -1);
    const recentMonths = recent.flat();
    const before = { api: await windowBounds(recent, api, apiSlack), rounding: await windowBounds(recentMonths.map((m) => [m]), rounding(truth), () => 2) };
    let state = before;
    const outcome = { api: 0, rounding: 0, trials: 0 };
    const certain = (b: { lo: number; hi: number }, a: { lo: number; hi: number }, sign: 1 | -1) => {
      // The person's 0/1 attribute = sign × (after − before); certain when only one of 0 and 1 fits.
      const lo = sign === 1 ? a.lo - b.hi : b.lo - a.hi;
      const hi = sign === 1 ? a.hi - b.lo : b.hi - a.lo;
      const fits = [0, 1].filter((v) => v >= lo && v <= hi);
      return fits.length === 1 ? fits[0] : null;
    };
    const trials: { degree: boolean; consent?: string }[] = [{ degree: true }, { degree: false }, { degree: true }, { degree: false }, { degree: true }, { degree: true, consent: 'withdraw' }, { degree: false, consent: 'withdraw' }];
    for (const [i, trial] of trials.entries()) {
      const quarter = recent[2 + (i % 5)];
      const month = quarter[1];
      let sign: 1 | -1 = 1;
      if (trial.consent) {
        // A caseworker records that a counted client of that month withdrew consent; the attacker knows who.
        const id = await withClient(app.databaseUrl, async (db) => {
          const { rows } = await db.query(
            `SELECT c.id FROM clients c JOIN milestones m ON m.client_id = c.id AND m.type = 'I589_FILED'
              WHERE NOT c.exclude_from_statistics AND to_char(m.date, 'YYYY-MM') = $1 AND (c.education_level = ANY ($2::text[])) = $3 LIMIT 1`,
            [month, ADVANCED_DEGREES, trial.degree],
          );
          return (rows[0] as { id: string }).id;
        });
        const admin = await app.adminToken();
        const current = (await app.request<Json>('GET', `/api/clients/${id}`, { token: admin })).body;
        expect((await app.request('PUT', `/api/clients/${id}`, { token: admin, body: { ...current, excludeFromStatistics: true } })).status).toBe(200);
        sign = -1;
      } else {
        const c = (await app.request<Json>('POST', '/api/clients', { token: caseworker, body: { firstName: 'New', lastName: `Person${i}`, educationLevel: trial.degree ? 'master' : 'bachelor' } })).body;
        const k = (await app.request<Json>('POST', '/api/cases', { token: caseworker, body: { clientId: c.id, kind: 'affirmative' } })).body;
        expect((await app.request('POST', '/api/milestones', { token: caseworker, body: { caseId: k.id, type: 'I589_FILED', date: `${month}-14` } })).status).toBe(201);
      }
      truth = await readTruth();
      const after = { api: await windowBounds(recent, api, apiSlack), rounding: await windowBounds(recentMonths.map((m) => [m]), rounding(truth), () => 2) };
      const q = recent.indexOf(quarter);
      const m = recentMonths.indexOf(month);
      const fromApi = certain(state.api.advanced[q], after.api.advanced[q], sign);
      const fromRounding = certain(state.rounding.advanced[m], after.rounding.advanced[m], sign);
      if (fromApi !== null) expect(fromApi).toBe(trial.degree ? 1 : 0);
      if (fromRounding === (trial.degree ? 1 : 0)) outcome.rounding++;
      if (fromApi !== null) outcome.api++;
      outcome.trials++;
      state = after;
    }
    log.push(
      `attack 2 (add one client ×5, withdraw one client's consent ×2, then difference the solved windows for "advanced degree"): ` +
        `rounding to 5 revealed the person's degree with certainty in ${outcome.rounding} of ${outcome.trials} trials; the API in ${outcome.api} of ${outcome.trials}`,
    );
    expect(outcome.rounding).toBeGreaterThanOrEqual(outcome.trials - 1);
    expect(outcome.api).toBe(0);
  }, 600_000);

  it('3. percentiles: rounding publishes one person’s exact wait, provably; from the API the same inference is a guess', async () => {
    const quarterly = byQuarter(months);
    const waitsOf = (ms: string[]) => new Set(ms.flatMap((m) => truth.waits.get(m) ?? []));
    const P = [0.25, 0.5, 0.75];
    /**
     * The attacker's rule: when p(n − 1) is a whole number, percentile_cont returns exactly one person's
     * value, so "someone in this period waited exactly v days". Counted: how often the rule fires, and
     * how often it is right.
     */
    const attribute = (runs: { months: string[]; n: number | null; values: (number | null)[] }[]) => {
      const out = { published: 0, claims: 0, right: 0, notWeeks: 0 };
      for (const { months: ms, n, values } of runs) {
        values.forEach((v, i) => {
          if (v === null || n === null) return;
          out.published++;
          if (v % 7 !== 0) out.notWeeks++;
          if (!Number.isInteger(P[i] * (n - 1))) return;
          out.claims++;
          if (waitsOf(ms).has(v)) out.right++;
        });
      }
      return out;
    };
    const fromRounding = attribute((await windowBounds(quarterly, rounding(truth), () => 2)).percentiles);
    const fromApi = attribute((await windowBounds(granularity.name === 'month' ? months.map((m) => [m]) : quarterly, api, apiSlack)).percentiles);
    log.push(
      `attack 3 (a percentile is one person's exact wait when p(n-1) is whole): rounding publisher: ${fromRounding.claims} of ${fromRounding.published} published percentiles ` +
        `attributable, ${fromRounding.right} of those right (certain); API: ${fromApi.claims} of ${fromApi.published} attributable by the same rule with the published n, ` +
        `${fromApi.right} of those right (a guess: whole weeks, noisy n, quantile moved by up to 0.03); ${fromApi.notWeeks} API durations not in whole weeks`,
    );
    expect(fromRounding.claims).toBeGreaterThan(0);
    expect(fromRounding.right).toBe(fromRounding.claims);
    expect(fromApi.notWeeks).toBe(0);
    expect(fromApi.claims).toBeGreaterThan(0);
    expect(fromApi.right).toBeLessThan(fromApi.claims);
  }, 300_000);

  it('4. the API refuses the month windows the attacks used to sweep, naming the field', async () => {
    const res = await app.request<Json>('GET', `/api/stats/hardship?from=${months[1]}&to=${months[1]}`, { token: director });
    expect([res.status, res.body.field]).toEqual([400, expect.stringMatching(/^(from|to)$/)]);
  });
});
