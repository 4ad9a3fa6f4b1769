import { type TestApp, startTestApp } from './support/test-app';

/**
 * Directors' reach (API contract): a director's token reaches no row-level fact about a client. This
 * sweeps every GET route the API documents (OpenAPI), with every seeded record id in the path, and
 * looks for any seeded value in the answers: identifying values, but also the dates, region, profession
 * and free text that make one person unique ("240 of 283 demo clients are unique on last arrival,
 * region and profession").
 */
type Rec = { id: string; version?: number } & Record<string, unknown>;

const FACTS = {
  client: {
    firstName: 'Yaroslava',
    lastName: 'Tsvetaeva-Orlik',
    aNumber: '207733519',
    dateOfBirth: '1986-02-13',
    email: 'yaroslava.private@example.org',
    phone: '+1 646 555 0199',
    lastArrivalOn: '2019-04-17',
    region: 'Zelenodolsk Bay',
    profession: 'Glassblower of Murano',
    educationLevel: 'doctorate',
    englishLevel: 'C1',
    languages: ['ru', 'tt'],
    householdSize: 3,
  },
  receipts: { i589ReceiptNumber: 'ZLA1904419876', i765ReceiptNumber: 'IOE8800198765' },
  milestones: [
    { type: 'I589_FILED', date: '2019-06-03' },
    { type: 'CLOCK_STOP', date: '2019-08-05', endDate: '2019-08-26', note: 'missed biometrics: detained in Elizabeth' },
    { type: 'EAD_APPLIED', date: '2019-11-12' },
    { type: 'EAD_APPROVED', date: '2020-02-19' },
  ],
  housing: { category: 'street', startedOn: '2019-07-09', endedOn: '2019-09-30', note: 'slept under the Pulaski bridge' },
  need: { category: 'medical', urgency: 'urgent', openedOn: '2019-07-11', note: 'PrEP prescription lapsed' },
  note: { body: 'mother in Nizhnekamsk was questioned by police' },
  request: { region: 'Zelenodolsk Bay', neededFrom: '2019-07-15', householdSize: 3 },
};

/** Every value that would tell something about the person, as it could appear in a JSON body. */
function factStrings(): string[] {
  const c = FACTS.client;
  return [
    c.firstName,
    c.lastName,
    c.aNumber,
    c.dateOfBirth,
    c.email,
    c.phone,
    c.lastArrivalOn,
    c.region,
    c.profession,
    FACTS.receipts.i589ReceiptNumber,
    FACTS.receipts.i765ReceiptNumber,
    ...FACTS.milestones.flatMap((m) => [m.date, m.endDate, m.note]),
    FACTS.housing.startedOn,
    FACTS.housing.endedOn,
    FACTS.housing.note,
    FACTS.need.openedOn,
    FACTS.need.note,
    FACTS.note.body,
    FACTS.request.neededFrom,
    // The row-level attributes by field name, whatever their value.
    '"educationLevel"',
    '"englishLevel"',
    '"lastArrivalOn"',
    '"householdSize"',
    '"excludeFromStatistics"',
    '"languages"',
  ].filter((s): s is string => typeof s === 'string');
}

describe("directors' reach", () => {
  let app: TestApp;
  let admin: string;
  let director: string;
  const ids: Record<string, string> = {};

  const post = async (path: string, body: Record<string, unknown>, token: string): Promise<Rec> => {
    const res = await app.request<Rec>('POST', path, { token, body });
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
    const cw = await app.createUser('caseworker');
    director = (await app.createUser('director')).accessToken;
    const t = cw.accessToken;
    const client = await post('/api/clients', FACTS.client, t);
    const kase = await post('/api/cases', { clientId: client.id, kind: 'affirmative', ...FACTS.receipts }, t);
    const ms = [];
    for (const m of FACTS.milestones) ms.push(await post('/api/milestones', { caseId: kase.id, ...m }, t));
    const housing = await post('/api/housing-situations', { clientId: client.id, ...FACTS.housing }, t);
    const need = await post('/api/support-needs', { clientId: client.id, ...FACTS.need }, t);
    const note = await post('/api/notes', { clientId: client.id, ...FACTS.note }, t);
    const request = await post('/api/housing-requests', { clientId: client.id, ...FACTS.request }, t);
    Object.assign(ids, { client: client.id, case: kase.id, housing: housing.id, need: need.id, note: note.id, request: request.id, caseworker: cw.user.id });
    ms.forEach((m, i) => (ids[`milestone${i}`] = m.id));
    // The facts are really there, for those who may see them.
    const asAdmin = await app.request('GET', `/api/clients/${client.id}`, { token: admin });
    expect(asAdmin.text).toContain(FACTS.client.profession);
  });
  afterAll(() => app?.close());

  it('sweeps every documented GET route with every record id and finds no row-level fact', async () => {
    const doc = await app.request<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/docs-json');
    expect(doc.status).toBe(200);
    const paths = Object.entries(doc.body.paths)
      .filter(([, methods]) => 'get' in methods)
      .map(([p]) => p);
    expect(paths.length).toBeGreaterThan(20);
    const query = 'from=2019-01&to=2020-12&split=quarter';
    const seen: { path: string; status: number }[] = [];
    for (const template of paths) {
      const concrete = /\{[^}]+\}/.test(template) ? Object.values(ids).map((id) => template.replace(/\{[^}]+\}/g, id)) : [template];
      for (const path of concrete) {
        const url = `${path}${path.includes('stats') ? `?${query}` : '?range=[0,99]'}`;
        const res = await app.request('GET', url, { token: director });
        seen.push({ path: template, status: res.status });
        expect(res.status).toBeLessThan(500);
        for (const fact of factStrings()) expect({ url, leaked: res.text.includes(fact) ? fact : null }).toEqual({ url, leaked: null });
      }
    }
    // The sweep really reached the routes directors may use, and was refused the rest.
    const statusOf = (p: string) => seen.find((s) => s.path === p)?.status;
    expect(statusOf('/api/clients')).toBe(200);
    expect(statusOf('/api/clients/{id}')).toBe(200);
    expect(statusOf('/api/caseload-overview')).toBe(200);
    expect(statusOf('/api/stats/hardship')).toBe(200);
    for (const p of ['/api/cases', '/api/milestones', '/api/housing-situations', '/api/support-needs', '/api/notes', '/api/dashboard/caseload']) expect({ p, status: statusOf(p) }).toEqual({ p, status: 403 });
  });

  it('gives a client only {id, code, caseworkerId, version}, listed and by id, and lets the director reassign it', async () => {
    const listed = await app.request<Rec[]>('GET', '/api/clients', { token: director });
    for (const r of listed.body) expect(Object.keys(r).sort()).toEqual(['caseworkerId', 'code', 'id', 'version']);
    const one = await app.request<Rec>('GET', `/api/clients/${ids.client}`, { token: director });
    expect(Object.keys(one.body).sort()).toEqual(['caseworkerId', 'code', 'id', 'version']);
    const other = await app.createUser('caseworker');
    const moved = await app.request<Rec>('PUT', `/api/clients/${ids.client}`, { token: director, body: { caseworkerId: other.user.id, version: one.body.version } });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ id: ids.client, code: one.body.code, caseworkerId: other.user.id, version: (one.body.version ?? 0) + 1 });
  });

  it.each([
    ['sort by last arrival', 'sort=["lastArrivalOn","ASC"]'],
    ['sort by region', 'sort=["region","ASC"]'],
    ['filter by region', `filter=${encodeURIComponent(JSON.stringify({ region: FACTS.client.region }))}`],
    ['filter by open needs', `filter=${encodeURIComponent(JSON.stringify({ needsOpen: true }))}`],
  ])('refuses a client list that would %s (400)', async (_label, q) => {
    const res = await app.request('GET', `/api/clients?${q}`, { token: director });
    expect(res.status).toBe(400);
  });

  it('gives a caseload overview per caseworker as counts only', async () => {
    const res = await app.request<{ asOf: string; rows: Record<string, unknown>[] }>('GET', '/api/caseload-overview', { token: director });
    expect(res.status).toBe(200);
    const keys = ['caseworkerId', 'caseworkerName', 'clients', 'decisionsOverdue', 'oneYearDeadlinesSoon', 'urgentNeedsOpen'];
    for (const row of res.body.rows) expect(Object.keys(row).sort()).toEqual([...keys].sort());
    const total = res.body.rows.reduce((s, r) => s + (r['clients'] as number), 0);
    expect(total).toBe(1);
    expect(res.body.rows.reduce((s, r) => s + (r['urgentNeedsOpen'] as number), 0)).toBe(1);
    expect(res.text).not.toContain(ids.client);
  });
});
