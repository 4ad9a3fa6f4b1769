import ExcelJS from 'exceljs';
import type { CaseRecord, ClientRecord } from '@ct/contracts';
import { PERTURBATION_NOISES, jitteredQuantiles, percentile, roundToWeek } from '@ct/domain';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * GET /api/stats/hardship(.csv|.xlsx) on a small cohort entered through the API by a caseworker, with the
 * minimum cell at 5 (STATS_MIN_CELL). Counts carry cell-key noise (at most 3 per quarter), so counts are
 * checked against the truth within that bound, and suppression (decided on true counts) exactly. Each
 * percentile must be one of the values the jittered quantiles give (percentile_cont's rule, computed
 * here with the domain's own `percentile`), rounded to whole weeks.
 *
 * The cohort (d = the day the I-589 was filed, all in 2024-Q1; waits in days from d to the permit):
 *   K0..K5, filed in January, waits 180 200 210 230 250 270; K6..K11, filed in February, waits
 *   300 330 365 400 450 600. W1, W2 filed in Feb/Mar and still waiting. X filed in January with a
 *   10-day wait, but excluded from statistics. S1..S5 filed in June 2023, still waiting. D filed in
 *   April 2024, granted asylum without a permit (the "one more person" of the differencing test).
 *   E0..E9, filed in March 2024, plain waits E_WAITS with a card, accountants: 22 waits in 2024-Q1, so
 *   that the median and quartiles (20 people at least) are published.
 */
const TZ = 'America/New_York';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

interface Spec {
  filed: string;
  wait?: number;
  /** [milestone type, days after filing, endDate days after filing] */
  events?: [string, number, number?][];
  housing?: [string, number, number | null][];
  needs?: string[];
  client?: Record<string, unknown>;
  arrivalMilestone?: boolean;
}

const K_WAITS = [180, 200, 210, 230, 250, 270, 300, 330, 365, 400, 450, 600];
const STOP_DAYS = [20, 30, 40, 30, 0, 0, 60, 0, 0, 0, 0, 0];
const K_STOPS: [string, number, number][][] = [
  [['CLOCK_STOP', 40, 60]],
  [['CLOCK_STOP', 50, 80]],
  [['CLOCK_STOP', 40, 70], ['CLOCK_STOP', 60, 80]], // overlapping: 40 days, not 50
  [['CLOCK_STOP', 200, 260]], // runs past the permit (day 230): 30 days count
  [['CLOCK_STOP', -50, -10]], // before the clock started: none
  [],
  [['CLOCK_STOP', 100, 160]],
  [], [], [], [], [],
];
const K_HOUSING: [string, number, number | null][][] = [
  [['street', -30, 10]],
  [['emergency_shelter', 50, 100]],
  [['car', 100, null]],
  [['host_placement', 0, null]],
  [['host_placement', 10, null]],
  [['host_placement', 20, null]],
  [['host_placement', 30, null]],
  [['emergency_shelter', 10, 40]],
  [['emergency_shelter', -100, 0], ['temporary_with_friends', 0, null]], // the shelter ended the day of filing: not during the wait
  [['temporary_with_friends', -10, 410], ['street', 410, null]], // the street began after the permit (day 400)
  [['host_placement', 5, null]],
  [['host_placement', 5, null]],
];

function kSpec(i: number): Spec {
  const wait = K_WAITS[i];
  const filed = addDays(i < 6 ? '2024-01-05' : '2024-02-04', 5 * (i % 6));
  const ead: [string, number][] =
    i === 4 ? [['EAD_APPROVED', 240], ['EAD_CARD_RECEIVED', 250]] // the card, though later, is "in hand"
      : i === 5 ? [['EAD_APPROVED', 270]] // no card: the approval counts
        : i === 7 ? [['EAD_CARD_RECEIVED', 330], ['EAD_CARD_RECEIVED', 340]] // the first card counts
          : i === 8 ? [['EAD_APPROVED', 355], ['EAD_CARD_RECEIVED', 365]]
            : [['EAD_CARD_RECEIVED', wait]];
  const events: [string, number, number?][] = [...ead, ...K_STOPS[i]];
  if (i !== 11) events.push(['EAD_APPLIED', 150 + STOP_DAYS[i]]); // K11: no I-765 date recorded
  if (i < 6) events.push(['ASYLUM_GRANTED', wait + 100]);
  if (i === 6) events.push(['REFERRED_TO_COURT', wait + 50]);
  return {
    filed,
    wait,
    events,
    housing: K_HOUSING[i],
    needs: [...(i < 6 ? ['legal'] : []), ...(i < 10 ? ['employment'] : []), ...(i === 6 || i === 7 ? ['housing'] : [])],
    client: {
      educationLevel: i < 6 ? (i % 2 ? 'doctorate' : 'master') : 'bachelor',
      englishLevel: i < 10 ? 'B2' : 'A2',
      profession: i < 5 ? 'nurse' : i === 5 ? '  Nurse ' : i < 11 ? 'software engineer' : 'Journalist',
      ...(i === 11 ? {} : { lastArrivalOn: addDays(filed, -100) }),
    },
    arrivalMilestone: i === 11,
  };
}

const COHORT: Spec[] = [
  ...K_WAITS.map((_, i) => kSpec(i)),
  // W1: a card dated in the future does not end the wait.
  { filed: '2024-02-15', events: [['EAD_CARD_RECEIVED', daysBetween('2024-02-15', addDays(today(), 20))]], housing: [['street', 107, 137]], needs: ['medical'], client: { profession: 'Nuclear physicist', englishLevel: 'C1' } },
  { filed: '2024-03-01', housing: [['temporary_with_friends', -5, null]] },
  // X: withheld consent; its 10-day wait and its homelessness must never show.
  { filed: '2024-01-12', wait: 10, events: [['EAD_CARD_RECEIVED', 10]], housing: [['street', 0, null]], client: { excludeFromStatistics: true, profession: 'nurse' } },
  ...[5, 10, 15, 20, 25].map((day): Spec => ({ filed: `2023-06-${String(day).padStart(2, '0')}`, client: { profession: 'teacher' } })),
];
const E_WAITS = [190, 215, 240, 260, 280, 320, 350, 380, 420, 500];
const E: Spec[] = E_WAITS.map((wait, i) => ({
  filed: addDays('2024-03-02', i),
  wait,
  events: [['EAD_APPLIED', 150], ['EAD_CARD_RECEIVED', wait]],
  client: { profession: 'accountant', educationLevel: 'bachelor', englishLevel: 'A2', lastArrivalOn: addDays(addDays('2024-03-02', i), -100) },
}));
const D: Spec = {
  filed: '2024-04-10',
  events: [['ASYLUM_GRANTED', 144]],
  housing: [['street', 21, 52]],
  needs: ['legal'],
  client: { educationLevel: 'master', englishLevel: 'B2', profession: 'nurse' },
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The published value of a percentile must be one of these: the jittered quantiles, in whole weeks. */
function candidates(values: number[], p: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return [...new Set(jitteredQuantiles(p, PERTURBATION_NOISES).map((q) => roundToWeek(percentile(sorted, q) as number)))];
}
const near = (published: number | null, truth: number, quarters = 1) => published !== null && Math.abs(published - truth) <= 3 * quarters;

describe('hardship statistics', () => {
  let app: TestApp;
  let caseworker: string;
  let director: string;
  let directorId: string;
  let statsCalls = 0;
  let excluded: ClientRecord;

  const post = async <T>(path: string, body: Record<string, unknown>): Promise<T> => {
    const res = await app.request<T>('POST', path, { token: caseworker, body });
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };
  const enter = async (spec: Spec) => {
    const c = await post<ClientRecord>('/api/clients', { firstName: 'Stat', lastName: 'Client', ...spec.client });
    const k = await post<CaseRecord>('/api/cases', { clientId: c.id, kind: 'affirmative' });
    const milestone = (type: string, date: string, endDate?: string) => post('/api/milestones', { caseId: k.id, type, date, ...(endDate ? { endDate } : {}) });
    await milestone('I589_FILED', spec.filed);
    if (spec.arrivalMilestone) await milestone('ARRIVED', addDays(spec.filed, -100));
    for (const [type, at, end] of spec.events ?? []) await milestone(type, addDays(spec.filed, at), end === undefined ? undefined : addDays(spec.filed, end));
    for (const [category, from, to] of spec.housing ?? []) {
      await post('/api/housing-situations', { clientId: c.id, category, startedOn: addDays(spec.filed, from), ...(to === null ? {} : { endedOn: addDays(spec.filed, to) }) });
    }
    for (const category of spec.needs ?? []) await post('/api/support-needs', { clientId: c.id, category, openedOn: addDays(spec.filed, 20) });
    return c;
  };
  const stats = async (query: string, options: { csv?: boolean; xlsx?: boolean; token?: string } = {}) => {
    const ext = options.csv ? '.csv' : options.xlsx ? '.xlsx' : '';
    const res = await app.request<Json>('GET', `/api/stats/hardship${ext}?${query}`, { token: options.token ?? director });
    if (res.status === 200) statsCalls++;
    return res;
  };
  const report = async (query: string) => {
    const res = await stats(query);
    if (res.status !== 200) throw new Error(`stats answered ${res.status}: ${res.text}`);
    return res.body;
  };
  const shown = (table: Json) => (table.cells as Json[]).filter((c) => !c.suppressed).map((c) => c.key);
  const figures = (r: Json) => {
    const { period: _p, definitions: _d, buckets: _b, split: _s, ...rest } = r;
    return rest;
  };

  beforeAll(async () => {
    app = await startTestApp({ env: { STATS_MIN_CELL: '5', APP_TIME_ZONE: TZ, STATS_QUERIES_PER_HOUR: '1000' } });
    caseworker = (await app.createUser('caseworker')).accessToken;
    const d = await app.createUser('director');
    director = d.accessToken;
    directorId = d.user.id;
    for (const spec of [...COHORT, ...E]) {
      const c = await enter(spec);
      if (spec.client?.['excludeFromStatistics']) excluded = c;
    }
  }, 180_000);
  afterAll(() => app?.close());

  it('publishes the waits in whole weeks, at a quantile the cell key moves by at most 0.03, from 20 people', async () => {
    const r = await report('from=2024-01&to=2024-03');
    const filed = [...K_WAITS, ...E_WAITS];
    expect(near(r.clients.count, 24)).toBe(true); // 14 + 10 (X excluded)
    expect(near(r.waitFiledToEadDays.n, 22)).toBe(true);
    for (const [name, p] of [['p25', 0.25], ['median', 0.5], ['p75', 0.75]] as const) {
      expect({ name, options: candidates(filed, p) }).toEqual({ name, options: expect.arrayContaining([r.waitFiledToEadDays[name]]) });
      // Arrival 100 days before each filing (K11's from its ARRIVED milestone): every wait + 100.
      expect({ name, options: candidates(filed.map((w) => w + 100), p) }).toEqual({ name, options: expect.arrayContaining([r.waitArrivalToEadDays[name]]) });
    }
    expect(r.waitFiledToEadDays.p90).toBeNull(); // 22 people: the 90th percentile needs 50
    // The same question of the same data always gets the same answer: nothing to average.
    expect(await report('from=2024-01&to=2024-03')).toEqual(r);
  });

  it('projects the same clients under the proposed 365-day rule', async () => {
    const r = await report('from=2024-01&to=2024-03&scenario=proposed-365');
    expect(r.scenario).toMatchObject({ id: 'proposed-365', ruleSet: 'proposed-365' });
    // I-765 filed at 150 + stop days, so processing = wait - 150 - stops: projected = wait + 215, but the
    // K0..K5 grants (wait + 100) come first.
    const projected = [...K_WAITS.map((w, i) => (i < 6 ? w + 100 : w + 215)), ...E_WAITS.map((w) => w + 215)];
    for (const [name, p] of [['p25', 0.25], ['median', 0.5], ['p75', 0.75]] as const) {
      expect({ name, options: candidates(projected, p) }).toEqual({ name, options: expect.arrayContaining([r.waitFiledToEadDays[name]]) });
    }
  });

  it('leaves out clients who withheld consent: counting them changes the figures, withholding again restores them', async () => {
    const before = await report('from=2024-01&to=2024-03');
    const current = (await app.request<ClientRecord>('GET', `/api/clients/${excluded.id}`, { token: caseworker })).body;
    const counted = await app.request<ClientRecord>('PUT', `/api/clients/${excluded.id}`, { token: caseworker, body: { ...current, excludeFromStatistics: false } });
    expect(counted.status).toBe(200);
    const withX = await report('from=2024-01&to=2024-03');
    expect(figures(withX)).not.toEqual(figures(before));
    expect(near(withX.clients.count, 25)).toBe(true);
    await app.request('PUT', `/api/clients/${excluded.id}`, { token: caseworker, body: { ...counted.body, excludeFromStatistics: true } });
    expect(figures(await report('from=2024-01&to=2024-03'))).toEqual(figures(before));
  });

  it('suppresses on the true count, and hides what could be derived from the shown figures', async () => {
    const q1 = await report('from=2024-01&to=2024-03');
    // Clock stops: K0..K3, K6 = 5 of 24; the days lost are hidden with them if they are, and never from fewer than 20.
    expect(near(q1.clockStops.count, 5)).toBe(true);
    expect(q1.daysLostToStops).toMatchObject({ n: q1.clockStops.count, median: null, suppressed: false });
    // Still waiting: W1, W2 (2): hidden.
    expect(q1.stillWaiting).toEqual({ count: null, medianDaysSoFar: null, suppressed: true });
    // 2023-Q2: S1..S5, all still waiting: 5 clients shown, but "all 5 are still waiting" is derivable, so hidden.
    const june = await report('from=2023-04&to=2023-06');
    expect(near(june.clients.count, 5)).toBe(true);
    expect(june.stillWaiting).toEqual({ count: null, medianDaysSoFar: null, suppressed: true });
    expect(june.waitFiledToEadDays).toMatchObject({ n: null, median: null, suppressed: true });
    // Working English: 11 of 24 (K0..K9, W1); shown. Advanced degree: 6 of 24.
    expect(near(q1.workingEnglish.count, 11)).toBe(true);
    expect(near(q1.advancedDegree.count, 6)).toBe(true);
    expect(q1.advancedDegree.share).toBe(Math.round((q1.advancedDegree.count / q1.clients.count) * 10_000) / 10_000);
  });

  it('counts housing during the wait, suppressing small and derivable cells', async () => {
    const r = await report('from=2024-01&to=2024-03');
    // Homeless: K0 (street into the wait), K1, K7 (shelter), K2 (car), W1 (street); not K8 (shelter ended on filing), K9 (after the permit).
    expect(near(r.everHomelessDuringWait.count, 5)).toBe(true);
    expect(r.shelterDuringWait).toEqual({ count: null, share: null, suppressed: true }); // 2
    expect(r.unshelteredDuringWait).toEqual({ count: null, share: null, suppressed: true }); // 3
    expect(near(r.hostPlacementDuringWait.count, 6)).toBe(true);
    // street 2, car 1, shelter 2, friends 3 (K8, K9, W2), host 6, rental 0, other 0: only host placement is shown.
    expect(shown(r.housingDuringWait)).toEqual(['host_placement']);
  });

  it('reports professions, needs and outcomes without revealing rare values', async () => {
    const res = await stats('from=2024-01&to=2024-03');
    const r = res.body;
    // nurse 6 (one typed "  Nurse "), accountant 10, software engineer 5, pooled 2 (journalist, physicist),
    // not recorded 1: the pooled cells are small, so the next smallest is hidden too.
    expect(shown(r.topProfessions)).toEqual(['accountant', 'nurse']);
    expect(res.text.toLowerCase()).not.toContain('physicist');
    expect(res.text.toLowerCase()).not.toContain('journalist');
    // granted 6, referred 1, denied 0, pending 17: granted is hidden to protect referred and denied.
    expect(shown(r.outcomes)).toEqual(['pending']);
    expect(r.outcomes.total.suppressed).toBe(false);
  });

  it('publishes durations in whole weeks and never a day', async () => {
    const res = await stats('from=2023-04&to=2024-06&split=quarter');
    const walk = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
      else if (['median', 'p25', 'p75', 'p90', 'medianDaysSoFar'].includes(key) && value !== null) expect((value as number) % 7).toBe(0);
      else if (['count', 'n'].includes(key) && value !== null) expect(Number.isInteger(value)).toBe(true);
    };
    walk({ ...res.body, anonymity: null });
    expect(JSON.stringify({ ...res.body, scenario: null, definitions: null, asOf: null, rules: null })).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('redraws every figure of the period when one person is added, so an unchanged figure betrays nothing', async () => {
    const before = await report('from=2024-01&to=2024-06');
    await enter(D); // filed in April: homeless, master's, B2, nurse, legal need, granted
    const after = await report('from=2024-01&to=2024-06');
    // D is not among the clock stops, those still waiting or the shelter figures, yet those are redrawn too:
    // D's quarter now covers someone, so each of its figures carries noise drawn from new keys.
    const changed = ['clients', 'clockStops', 'everHomelessDuringWait', 'advancedDegree', 'workingEnglish', 'hostPlacementDuringWait'].filter(
      (k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]),
    );
    expect(changed.length).toBeGreaterThan(0);
    const april = await report('from=2024-04&to=2024-06');
    expect(april.clients).toEqual({ count: null, suppressed: true });
    for (const key of ['everHomelessDuringWait', 'advancedDegree', 'workingEnglish', 'hostPlacementDuringWait']) expect(april[key].suppressed).toBe(true);
    expect((april.outcomes.cells as Json[]).every((c) => c.suppressed)).toBe(true);
    // Split by quarter, the bucket of that person is suppressed, and the whole period is the sum of its quarters.
    const split = await report('from=2024-01&to=2024-06&split=quarter');
    expect(split.buckets.map((b: Json) => [b.label, b.partial, b.clients.suppressed])).toEqual([['2024-Q1', false, false], ['2024-Q2', false, true]]);
    expect(figures(split)).toEqual(figures(after));
  });

  it('splits by year of filing; a year sums its quarters', async () => {
    const r = await report('from=2023-04&to=2024-03&split=year');
    expect(r.buckets.map((b: Json) => [b.label, b.from, b.to, b.partial])).toEqual([
      ['2023', '2023-04', '2023-12', true],
      ['2024', '2024-01', '2024-03', true],
    ]);
    const q1 = await report('from=2024-01&to=2024-03');
    expect(r.buckets[1].clients).toEqual(q1.clients);
    expect(near(r.clients.count, 29, 2)).toBe(true);
  });

  it('bins the months waited 0-3, 3-6, 6-9, 9-12, 12-18, 18+, suppressed like any table', async () => {
    const r = await report('from=2024-01&to=2024-03');
    const bars = r.waitFiledToEadDays.histogram;
    expect((bars.cells as Json[]).map((c) => c.key)).toEqual(['0-3', '3-6', '6-9', '9-12', '12-18', '18+']);
    // 22 waits of 180 to 600 days: 5 to 19 months, most in 6-9 and 9-12; at least those two bins survive.
    expect(shown(bars)).toEqual(expect.arrayContaining(['6-9', '9-12']));
    expect(bars.total.suppressed).toBe(false);
  });

  it('exports CSV with a byte-order mark, one row per period and headers in the chosen language', async () => {
    const json = await report('from=2023-04&to=2024-06&split=quarter');
    const res = await stats('from=2023-04&to=2024-06&split=quarter&lang=ru', { csv: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="hardship-2023-04-2024-06-by-quarter\.csv"$/);
    const raw = new Uint8Array(await (await fetch(`${app.baseUrl}/api/stats/hardship.csv?from=2024-01&to=2024-03`, { headers: { Authorization: `Bearer ${director}` } })).arrayBuffer());
    statsCalls++;
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 1 + json.buckets.length);
    expect(lines[0].startsWith('Период,С,По,Учтено клиентов,')).toBe(true);
    expect(lines[1].startsWith(`Весь период,2023-04,2024-06,${json.clients.count ?? ''},`)).toBe(true);
    expect(lines[2].startsWith(`2023-Q2,2023-04,2023-06,`)).toBe(true);
    const en = await stats('from=2024-01&to=2024-03', { csv: true });
    // (The byte-order mark, checked in the raw bytes above, is dropped by the text decoder.)
    expect(en.text.replace(/^\uFEFF/, '').startsWith('Period,From,To,Clients counted,')).toBe(true);
  });

  it('exports a workbook with one sheet per table', async () => {
    const res = await fetch(`${app.baseUrl}/api/stats/hardship.xlsx?from=2024-01&to=2024-03&lang=en`, { headers: { Authorization: `Bearer ${director}` } });
    statsCalls++;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Months from filing to permit',
      'Months from arrival to permit',
      'Housing during the wait',
      'Support needs',
      'Outcomes',
      'Professions',
      'About these figures',
    ]);
    const summary = workbook.getWorksheet('Summary');
    expect(summary?.getRow(1).getCell(4).value).toBe('Clients counted');
    expect(summary?.getRow(2).getCell(1).value).toBe('Whole period');
  });

  it('refuses periods that are not whole calendar quarters, naming the field', async () => {
    for (const [query, field] of [
      ['', 'from'],
      ['from=2024-01', 'to'],
      ['from=2024-01-15&to=2024-03', 'from'],
      ['from=2024-01&to=2024-03-31', 'to'],
      ['from=2024-04&to=2024-03', 'to'],
      ['from=2024-02&to=2024-03', 'from'],
      ['from=2024-01&to=2024-01', 'to'],
      ['from=2024-13&to=2025-03', 'from'],
      ['from=2024-01&to=2024-03&split=month', 'split'],
      ['from=2024-01&to=2024-03&scenario=later', 'scenario'],
      ['from=2024-01&to=2024-03&lang=de', 'lang'],
      ['from=2024-01&to=2024-03&clientId=x', 'clientId'],
    ]) {
      for (const csv of [false, true]) {
        const res = await stats(query, { csv });
        expect([query, res.status, (res.body as Json).field]).toEqual([query, 400, field]);
      }
    }
  });

  it('is for directors and admins only', async () => {
    for (const role of ['caseworker', 'volunteer'] as const) {
      const token = role === 'caseworker' ? caseworker : (await app.createUser(role)).accessToken;
      for (const options of [{}, { csv: true }, { xlsx: true }]) expect((await stats('from=2024-01&to=2024-03', { token, ...options })).status).toBe(403);
    }
    expect((await stats('from=2024-01&to=2024-03', { token: await app.adminToken() })).status).toBe(200);
  });

  it('records every read and export in the audit log, with the period but no figures', async () => {
    const res = await app.request<Json[]>('GET', `/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'stats' }))}&range=[0,499]`, { token: director });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(statsCalls);
    const mine = res.body.filter((e) => e.actorId === directorId);
    expect(new Set(mine.map((e) => e.action))).toEqual(new Set(['read', 'export']));
    for (const e of res.body) {
      expect(Object.keys(e.details).sort()).toEqual(['format', 'from', 'report', 'scenario', 'split', 'to']);
      expect(e.recordId).toBeNull();
    }
    expect(mine).toContainEqual(expect.objectContaining({ action: 'export', details: { report: 'hardship', from: '2023-04', to: '2024-06', split: 'quarter', scenario: 'current', format: 'csv' } }));
    expect(mine).toContainEqual(expect.objectContaining({ action: 'export', details: expect.objectContaining({ format: 'xlsx' }) }));
  });
});

describe('hardship statistics: configuration', () => {
  it('uses a minimum cell of 11 by default and limits each user to STATS_QUERIES_PER_HOUR requests', async () => {
    const app = await startTestApp({ env: { STATS_QUERIES_PER_HOUR: '3' } });
    try {
      const token = await app.adminToken();
      const other = (await app.createUser('director')).accessToken;
      const ask = (t: string, ext = '') => app.request<Json>('GET', `/api/stats/hardship${ext}?from=2024-01&to=2024-12`, { token: t });
      const first = await ask(token);
      expect(first.status).toBe(200);
      expect(first.body.anonymity).toEqual({ minCell: 11, method: 'cell-key', maxNoisePerQuarter: 3, durationsRoundedToDays: 7, percentileMinPeople: { median: 20, p90: 50 } });
      expect(first.body.clients).toEqual({ count: null, suppressed: true });
      expect((await ask(token, '.csv')).status).toBe(200);
      expect((await ask(token)).status).toBe(200);
      const refused = await ask(token);
      expect(refused.status).toBe(429);
      expect((await ask(token, '.csv')).status).toBe(429);
      // Per user: another director still may.
      expect((await ask(other)).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('refuses to start with a minimum cell below 5', async () => {
    await expect(startTestApp({ env: { STATS_MIN_CELL: '4' } })).rejects.toThrow(/STATS_MIN_CELL/);
  });
});
