import type { CaseRecord, ClientRecord } from '@ct/contracts';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * GET /api/stats/hardship(.csv) on a small cohort entered through the API by a caseworker, with the
 * minimum cell at 5 (STATS_MIN_CELL). Every expected median and percentile below is worked by hand
 * with percentile_cont's rule: position = p * (n - 1), interpolating between the two neighbours.
 *
 * The cohort (d = the day the I-589 was filed, all in 2024-Q1; waits in days from d to the permit):
 *   K0..K5, filed in January, waits 180 200 210 230 250 270; K6..K11, filed in February, waits
 *   300 330 365 400 450 600. W1, W2 filed in Feb/Mar and still waiting. X filed in January with a
 *   10-day wait, but excluded from statistics. S1..S5 filed in June 2023, still waiting. D filed in
 *   April 2024, granted asylum without a permit (the "one more person" of the differencing test).
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
const D: Spec = {
  filed: '2024-04-10',
  events: [['ASYLUM_GRANTED', 144]],
  housing: [['street', 21, 52]],
  needs: ['legal'],
  client: { educationLevel: 'master', englishLevel: 'B2', profession: 'nurse' },
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('hardship statistics', () => {
  let app: TestApp;
  let caseworker: string;
  let director: string;
  let directorId: string;
  let statsCalls = 0;

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
  };
  const stats = async (query: string, options: { csv?: boolean; token?: string } = {}) => {
    const res = await app.request<Json>('GET', `/api/stats/hardship${options.csv ? '.csv' : ''}?${query}`, { token: options.token ?? director });
    if (res.status === 200) statsCalls++;
    return res;
  };
  const report = async (query: string) => {
    const res = await stats(query);
    if (res.status !== 200) throw new Error(`stats answered ${res.status}: ${res.text}`);
    return res.body;
  };
  const cells = (table: Json) => Object.fromEntries((table.cells as Json[]).map((c) => [c.key, c.suppressed ? null : c.count]));

  beforeAll(async () => {
    app = await startTestApp({ env: { STATS_MIN_CELL: '5', APP_TIME_ZONE: TZ } });
    caseworker = (await app.createUser('caseworker')).accessToken;
    const d = await app.createUser('director');
    director = d.accessToken;
    directorId = d.user.id;
    for (const spec of COHORT) await enter(spec);
  }, 120_000);
  afterAll(() => app?.close());

  it('computes the waits to a permit in hand exactly, with counts rounded to 5', async () => {
    const r = await report('from=2024-01&to=2024-03');
    expect(r.clients).toEqual({ count: 15, suppressed: false }); // 14 people (X excluded)
    // 180 200 210 230 250 270 300 330 365 400 450 600: p25 at 2.75 = 210 + .75*20; median at 5.5 = (270+300)/2;
    // p75 at 8.25 = 365 + .25*35; p90 at 9.9 = 400 + .9*50.
    expect(r.waitFiledToEadDays).toMatchObject({ n: 10, p25: 225, median: 285, p75: 373.75, p90: 445, suppressed: false });
    // Arrival 100 days before each filing (K11's from its ARRIVED milestone): every wait + 100.
    expect(r.waitArrivalToEadDays).toMatchObject({ n: 10, p25: 325, median: 385, p75: 473.75, p90: 545, suppressed: false });
  });

  it('leaves out clients who withheld consent', async () => {
    // January: K0..K5 (and X, excluded). With X's 10-day wait the median would be 210.
    const r = await report('from=2024-01&to=2024-01');
    expect(r.waitFiledToEadDays).toMatchObject({ n: 5, p25: 202.5, median: 220, p75: 245, p90: 260 });
    expect(r.everHomelessDuringWait.count ?? 0).toBeLessThan(5);
  });

  it('shows a figure from exactly the minimum cell and suppresses one from fewer', async () => {
    const q1 = await report('from=2024-01&to=2024-03');
    // Days lost by the five stopped clients: 20 30 40 30 60 (overlaps once, cut at the permit, none before filing).
    expect(q1.daysLostToStops).toEqual({ n: 5, p25: 30, median: 30, p75: 40, p90: 52, suppressed: false });
    expect(q1.clockStops).toEqual({ count: 5, share: 0.3333, suppressed: false });
    expect(q1.stillWaiting).toEqual({ count: null, medianDaysSoFar: null, suppressed: true }); // W1, W2
    const january = await report('from=2024-01&to=2024-01');
    expect(january.daysLostToStops).toEqual({ n: null, p25: null, median: null, p75: null, p90: null, suppressed: true }); // 4 people
    expect(january.clockStops).toEqual({ count: null, share: null, suppressed: true });
    const june = await report('from=2023-06&to=2023-06');
    expect(june.stillWaiting).toEqual({ count: 5, medianDaysSoFar: daysBetween('2023-06-15', today()), suppressed: false });
    expect(june.waitFiledToEadDays).toMatchObject({ n: null, median: null, suppressed: true });
  });

  it('counts housing during the wait, suppressing small and derivable cells', async () => {
    const r = await report('from=2024-01&to=2024-03');
    // Homeless: K0 (street into the wait), K1, K7 (shelter), K2 (car), W1 (street); not K8 (shelter ended on filing), K9 (after the permit).
    expect(r.everHomelessDuringWait).toEqual({ count: 5, share: 0.3333, suppressed: false });
    expect(r.shelterDuringWait).toEqual({ count: null, share: null, suppressed: true }); // 2
    expect(r.unshelteredDuringWait).toEqual({ count: null, share: null, suppressed: true }); // 3
    expect(r.hostPlacementDuringWait).toEqual({ count: 5, share: 0.3333, suppressed: false }); // 6
    expect(cells(r.housingDuringWait)).toEqual({ street: null, car: null, emergency_shelter: null, temporary_with_friends: null, host_placement: 5, rental: null, other: null });
  });

  it('reports qualifications, professions, needs and outcomes without revealing rare values', async () => {
    const res = await stats('from=2024-01&to=2024-03');
    const r = res.body;
    expect(r.advancedDegree).toEqual({ count: 5, share: 0.3333, suppressed: false }); // 6 of 14
    expect(r.workingEnglish).toEqual({ count: null, share: null, suppressed: true }); // 11 of 14: only 3 without
    // nurse 6 (one typed "  Nurse "), software engineer 5, pooled 2 (journalist, physicist), not recorded 1:
    // the pooled cells are small, so the next smallest is hidden too.
    expect(cells(r.topProfessions)).toEqual({ nurse: 5, 'software engineer': null, '(other)': null, '(not recorded)': null });
    expect(r.topProfessions.total).toEqual({ count: 15, suppressed: false });
    expect(res.text.toLowerCase()).not.toContain('physicist');
    expect(res.text.toLowerCase()).not.toContain('journalist');
    // legal 6, employment 10, housing 2: housing is small, so legal (the smallest shown) is hidden with it.
    expect(cells(r.supportNeeds)).toMatchObject({ legal: null, employment: 10, housing: null, medical: null, food: null });
    // granted 6, referred 1, denied 0, pending 7: granted is hidden to protect referred and denied.
    expect(cells(r.outcomes)).toEqual({ granted: null, referred: null, denied: null, pending: 5 });
  });

  it('publishes only multiples of 5 and never a single day', async () => {
    const res = await stats('from=2023-06&to=2024-04&split=quarter');
    const walk = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
      else if (['count', 'n'].includes(key) && value !== null) expect((value as number) % 5).toBe(0);
    };
    walk(res.body);
    // No day anywhere in the figures (the rule set's label and the definitions may cite a law's date).
    expect(JSON.stringify({ ...res.body, scenario: null, definitions: null })).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('teaches nothing about one person from two periods that differ by that person alone', async () => {
    const before = await report('from=2024-01&to=2024-03');
    await enter(D); // filed in April: homeless, master's, B2, nurse, legal need, granted
    const after = await report('from=2024-01&to=2024-04');
    const figures = (r: Json) => {
      const { period: _p, definitions: _d, buckets: _b, ...rest } = r;
      return rest;
    };
    expect(figures(after)).toEqual(figures(before));
    // The month that holds only that person, asked for on its own, shows nothing.
    const april = await report('from=2024-04&to=2024-04');
    expect(april.clients).toEqual({ count: null, suppressed: true });
    for (const key of ['everHomelessDuringWait', 'advancedDegree', 'workingEnglish', 'hostPlacementDuringWait']) expect(april[key].suppressed).toBe(true);
    expect((april.outcomes.cells as Json[]).every((c) => c.suppressed)).toBe(true);
    // Split by quarter, the bucket of that person is suppressed, and the whole period equals the two above.
    const split = await report('from=2024-01&to=2024-04&split=quarter');
    expect(split.buckets.map((b: Json) => [b.label, b.partial, b.clients.count])).toEqual([['2024-Q1', false, 15], ['2024-Q2', true, null]]);
    expect(figures(split)).toEqual({ ...figures(before), split: 'quarter' });
  });

  it('projects the same clients under the proposed 365-day rule', async () => {
    const r = await report('from=2024-01&to=2024-03&scenario=proposed-365');
    expect(r.scenario).toMatchObject({ id: 'proposed-365', ruleSet: 'proposed-365' });
    // I-765 filed at 150 + stop days, so processing = wait - 150 - stops: projected = wait + 215, but the
    // K0..K5 grants (wait + 100) come first: 280 300 310 330 350 370 | 515 545 580 615 665 815.
    // p25 at 2.75 = 310 + .75*20; median at 5.5 = (370+515)/2; p75 at 8.25 = 580 + .25*35; p90 at 9.9 = 615 + .9*50.
    expect(r.waitFiledToEadDays).toMatchObject({ n: 10, p25: 325, median: 442.5, p75: 588.75, p90: 660 });
    expect(r.waitArrivalToEadDays).toMatchObject({ n: 10, p25: 425, median: 542.5, p75: 688.75, p90: 760 });
    expect(r.clients).toEqual({ count: 15, suppressed: false });
  });

  it('splits by year of filing, flagging buckets the period cuts', async () => {
    const r = await report('from=2023-06&to=2024-03&split=year');
    expect(r.buckets.map((b: Json) => [b.label, b.from, b.to, b.partial, b.clients.count])).toEqual([
      ['2023', '2023-06', '2023-12', true, 5],
      ['2024', '2024-01', '2024-03', true, 15],
    ]);
    expect(r.clients.count).toBe(20); // 19
    expect(r.buckets[1].waitFiledToEadDays).toMatchObject({ median: 285, p90: 445 });
    expect(r.buckets[0].stillWaiting).toMatchObject({ count: 5, suppressed: false });
  });

  it('keeps the histogram of months waited in whole months, suppressed like any table', async () => {
    const r = await report('from=2024-01&to=2024-03');
    const bars = r.waitFiledToEadDays.histogram;
    expect((bars.cells as Json[]).map((c) => c.key)).toEqual([...Array.from({ length: 48 }, (_, i) => String(i)), '48+']);
    expect(bars.total).toEqual({ count: 10, suppressed: false });
    // Twelve people over a dozen months: no bar reaches 5 people, so every bar is hidden.
    expect((bars.cells as Json[]).every((c) => c.suppressed && c.count === null)).toBe(true);
  });

  it('gives the same figures as CSV', async () => {
    const json = await report('from=2023-06&to=2024-04&split=quarter');
    const res = await stats('from=2023-06&to=2024-04&split=quarter', { csv: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="hardship-2023-06-2024-04-by-quarter\.csv"$/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('bucket,figure,key,measure,value');
    let checked = 0;
    for (const line of lines.slice(1)) {
      const [bucket, figure, key, measure, value] = line.split(',');
      if (bucket === 'report') continue;
      const scope = bucket === 'all' ? json : json.buckets.find((b: Json) => b.label === bucket);
      if (figure === 'bucket') {
        expect(String(scope[measure])).toBe(value);
        continue;
      }
      const [name, sub] = figure.split('.');
      const target = sub ? scope[name][sub] : scope[name];
      const holder = key ? target.cells.find((c: Json) => c.key === key) : measure.startsWith('total') ? target.total : target;
      const jsonValue = measure === 'total' ? holder.count : measure === 'totalSuppressed' ? holder.suppressed : holder[measure];
      expect([figure, key, measure, value]).toEqual([figure, key, measure, jsonValue === null ? '' : String(jsonValue)]);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('refuses periods finer than a month or out of order, naming the field', async () => {
    for (const [query, field] of [
      ['', 'from'],
      ['from=2024-01', 'to'],
      ['from=2024-01-15&to=2024-03', 'from'],
      ['from=2024-01&to=2024-03-31', 'to'],
      ['from=2024-03&to=2024-01', 'to'],
      ['from=2024-13&to=2025-01', 'from'],
      ['from=2024-01&to=2024-03&split=month', 'split'],
      ['from=2024-01&to=2024-03&scenario=later', 'scenario'],
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
      expect((await stats('from=2024-01&to=2024-03', { token })).status).toBe(403);
      expect((await stats('from=2024-01&to=2024-03', { token, csv: true })).status).toBe(403);
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
    expect(mine).toContainEqual(expect.objectContaining({ action: 'export', details: { report: 'hardship', from: '2023-06', to: '2024-04', split: 'quarter', scenario: 'current', format: 'csv' } }));
  });
});

describe('hardship statistics: minimum cell configuration', () => {
  it('uses 11 by default', async () => {
    const app = await startTestApp();
    try {
      const res = await app.request<Json>('GET', '/api/stats/hardship?from=2024-01&to=2024-12', { token: await app.adminToken() });
      expect(res.status).toBe(200);
      expect(res.body.anonymity).toEqual({ minCell: 11, countsRoundedTo: 5 });
      expect(res.body.clients).toEqual({ count: null, suppressed: true });
    } finally {
      await app.close();
    }
  });

  it('refuses to start with a minimum cell below 5', async () => {
    await expect(startTestApp({ env: { STATS_MIN_CELL: '4' } })).rejects.toThrow(/STATS_MIN_CELL/);
  });
});
