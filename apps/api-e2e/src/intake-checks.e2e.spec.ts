import type { ClientRecord, DataCheckReport, MilestoneRecord } from '@ct/contracts';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * The data checks of the contract: milestone contradictions refused naming `date` and unusual ones saved
 * with a warning, future birth and arrival dates refused naming the field, an A-number held by another
 * client refused with DUPLICATE_CLIENT without revealing that client, a likely duplicate flagged, the
 * report of existing records that break the rules; and the name search in both alphabets.
 */
const TZ = 'America/New_York';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
type ErrorBody = { statusCode: number; code: string; message: string; field?: string };

describe('intake data checks', () => {
  let app: TestApp;
  type Session = Awaited<ReturnType<TestApp['createUser']>>;
  let cw: Session;
  let cw2: Session;
  let admin: string;
  let director: string;
  let volunteer: string;

  const post = async <T>(path: string, body: Record<string, unknown>, token = cw.accessToken) => app.request<T>('POST', path, { token, body });
  const created = async <T>(path: string, body: Record<string, unknown>, token = cw.accessToken): Promise<T> => {
    const res = await post<T>(path, body, token);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };
  const newClient = (fields: Record<string, unknown> = {}, token = cw.accessToken) => created<ClientRecord>('/api/clients', { firstName: 'Check', lastName: 'Client', ...fields }, token);
  const newCase = async (token = cw.accessToken) => {
    const c = await newClient({}, token);
    return created<{ id: string; clientId: string }>('/api/cases', { clientId: c.id, kind: 'affirmative' }, token);
  };
  const milestones = async (caseId: string) => (await app.request<MilestoneRecord[]>('GET', `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ caseId }))}`, { token: cw.accessToken })).body;
  const search = (q: string, token = cw.accessToken) => app.request<ClientRecord[] | ErrorBody>('GET', `/api/clients?filter=${encodeURIComponent(JSON.stringify({ q }))}`, { token });

  beforeAll(async () => {
    app = await startTestApp({ env: { APP_TIME_ZONE: TZ } });
    cw = await app.createUser('caseworker');
    cw2 = await app.createUser('caseworker');
    admin = await app.adminToken();
    director = (await app.createUser('director')).accessToken;
    volunteer = (await app.createUser('volunteer')).accessToken;
  });
  afterAll(() => app?.close());

  describe('milestone consistency', () => {
    it.each([
      ['a permit approved before the I-589 was filed', [['I589_FILED', '2026-03-01']], ['EAD_APPROVED', '2026-02-01']],
      ['a permit applied for before the I-589 was filed', [['I589_FILED', '2026-03-01']], ['EAD_APPLIED', '2026-02-01']],
      ['an I-589 filed before the arrival', [['ARRIVED', '2025-06-01']], ['I589_FILED', '2025-05-01']],
      ['an approval before its application', [['I589_FILED', '2025-01-01'], ['EAD_APPLIED', '2025-08-01']], ['EAD_APPROVED', '2025-07-01']],
    ])('refuses %s with 400 naming date, and saves nothing', async (_label, before, [type, date]) => {
      const k = await newCase();
      for (const [t, d] of before) await created('/api/milestones', { caseId: k.id, type: t, date: d });
      const res = await post<ErrorBody>('/api/milestones', { caseId: k.id, type, date });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'date' });
      expect(res.body.message).toContain(type);
      expect(await milestones(k.id)).toHaveLength(before.length);
    });

    it('refuses moving the filing date after a permit application (PUT)', async () => {
      const k = await newCase();
      const filed = await created<MilestoneRecord>('/api/milestones', { caseId: k.id, type: 'I589_FILED', date: '2025-01-10' });
      await created('/api/milestones', { caseId: k.id, type: 'EAD_APPLIED', date: '2025-07-01' });
      const res = await app.request<ErrorBody>('PUT', `/api/milestones/${filed.id}`, { token: cw.accessToken, body: { ...filed, date: '2025-08-01' } });
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('date');
      expect((await milestones(k.id)).find((m) => m.id === filed.id)?.date).toBe('2025-01-10');
    });

    it('saves a permit approved before clock day 180 with a visible warning, in the answer and on reading', async () => {
      const k = await newCase();
      await created('/api/milestones', { caseId: k.id, type: 'I589_FILED', date: '2025-01-01' });
      await created('/api/milestones', { caseId: k.id, type: 'EAD_APPLIED', date: '2025-06-01' });
      const approved = await created<MilestoneRecord>('/api/milestones', { caseId: k.id, type: 'EAD_APPROVED', date: '2025-06-20' });
      expect(approved.warnings).toEqual([expect.objectContaining({ severity: 'unusual', code: 'EAD_APPROVED_BEFORE_DAY_180', params: expect.objectContaining({ clockDays: 170 }) })]);
      const read = await app.request<MilestoneRecord>('GET', `/api/milestones/${approved.id}`, { token: cw.accessToken });
      expect(read.body.warnings).toEqual(approved.warnings);
      expect((await milestones(k.id)).find((m) => m.type === 'I589_FILED')?.warnings).toEqual([]);
    });
  });

  describe('future dates of a person', () => {
    it.each([
      ['dateOfBirth', '2030-01-01'],
      ['lastArrivalOn', addDays(today(), 1)],
    ])('refuses a %s after today with 400 naming the field', async (field, value) => {
      const res = await post<ErrorBody>('/api/clients', { firstName: 'Future', lastName: 'Date', [field]: value });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', field });
      const c = await newClient();
      const put = await app.request<ErrorBody>('PUT', `/api/clients/${c.id}`, { token: cw.accessToken, body: { ...c, [field]: value } });
      expect(put.status).toBe(400);
      expect(put.body.field).toBe(field);
    });

    it('accepts today', async () => {
      expect((await post('/api/clients', { firstName: 'Today', lastName: 'Arrived', lastArrivalOn: today() })).status).toBe(201);
    });
  });

  describe('duplicates', () => {
    it('refuses an A-number held in another caseload with 409 DUPLICATE_CLIENT, revealing nothing of that client', async () => {
      const first = await newClient({ firstName: 'Oleg', lastName: 'Firstrecord', aNumber: 'A-087-654-321' }, cw2.accessToken);
      const res = await post<ErrorBody>('/api/clients', { firstName: 'Other', lastName: 'Person', aNumber: '087654321' });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'DUPLICATE_CLIENT', field: 'aNumber' });
      expect(res.body.message).toMatch(/admin/);
      for (const secret of [first.id, first.code, 'Oleg', 'Firstrecord', cw2.user.id, '87654321']) expect(res.text).not.toContain(secret);
      // The 8-digit form of the same number is the same number.
      expect((await post<ErrorBody>('/api/clients', { firstName: 'Other', lastName: 'Person', aNumber: 'A87654321' })).status).toBe(409);
    });

    it('refuses it on update too, and lets a client keep its own number', async () => {
      await newClient({ aNumber: '123123123' });
      const mine = await newClient({ aNumber: '321321321' });
      const res = await app.request<ErrorBody>('PUT', `/api/clients/${mine.id}`, { token: cw.accessToken, body: { ...mine, aNumber: '123123123' } });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('DUPLICATE_CLIENT');
      const same = await app.request<ClientRecord>('PUT', `/api/clients/${mine.id}`, { token: cw.accessToken, body: { ...mine, profession: 'nurse' } });
      expect(same.status).toBe(200);
    });

    it('audits a refused duplicate without the number', async () => {
      await newClient({ aNumber: '555444333' });
      expect((await post('/api/clients', { firstName: 'X', lastName: 'Y', aNumber: '555444333' })).status).toBe(409);
      const rows = await withClient(app.databaseUrl, async (c) => (await c.query(`SELECT details::text AS d FROM audit_events WHERE action = 'refuse'`)).rows as { d: string }[]);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.d).not.toContain('555444333');
    });

    it('warns about a likely duplicate by name and date of birth, across alphabets, without plaintext in the database', async () => {
      await newClient({ firstName: 'Юлия', lastName: 'Смирнова', dateOfBirth: '1991-04-05' }, cw2.accessToken);
      const second = await newClient({ firstName: 'Yulia', lastName: 'Smirnova', dateOfBirth: '1991-04-05' });
      expect(second.warnings).toEqual(['LIKELY_DUPLICATE']);
      const other = await newClient({ firstName: 'Yulia', lastName: 'Smirnova', dateOfBirth: '1991-04-06' });
      expect(other.warnings).toEqual([]);
      const dump = await withClient(app.databaseUrl, async (c) => JSON.stringify((await c.query(`SELECT * FROM clients WHERE id = $1`, [second.id])).rows));
      for (const plain of ['Yulia', 'Smirnova', 'iulia', 'smirnova', '1991-04-05']) expect(dump).not.toContain(plain);
    });
  });

  describe('name search in both alphabets', () => {
    let kirill: ClientRecord;
    let vasiliev: ClientRecord;
    beforeAll(async () => {
      kirill = await newClient({ firstName: 'Kirill', lastName: 'Orlov', aNumber: '246813579' });
      vasiliev = await newClient({ firstName: 'Анна', lastName: 'Васильева' });
    });

    it.each([
      ['Кирилл', 'kirill'],
      ['kiril', 'kirill'],
      ['Орлов', 'kirill'],
      ['Vasilieva', 'vasiliev'],
      ['Vasilyeva Anna', 'vasiliev'],
      ['Васил', 'vasiliev'],
    ])('%s finds the client', async (q, who) => {
      const res = await search(q);
      expect(res.status).toBe(200);
      expect((res.body as ClientRecord[]).map((c) => c.id)).toContain(who === 'kirill' ? kirill.id : vasiliev.id);
    });

    it.each(['Ki', 'К', '  ', '123'])('answers a too-short query %p with a clear 400', async (q) => {
      const res = await search(q);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ field: 'filter.q' });
      expect((res.body as ErrorBody).message).toMatch(/at least 3 letters/);
    });

    it("finds an A-number from its last digits, only in the caller's caseload", async () => {
      for (const q of ['3579', '13579', 'A-813579']) expect(((await search(q)).body as ClientRecord[]).map((c) => c.id)).toEqual([kirill.id]);
      expect((await search('9999')).body).toEqual([]);
      expect((await search('3579', cw2.accessToken)).body).toEqual([]);
    });
  });

  describe('report of existing records that break the checks', () => {
    it('lists them for the caseload (admin: all), and refuses directors and volunteers', async () => {
      const k = await newCase();
      await created('/api/milestones', { caseId: k.id, type: 'I589_FILED', date: '2025-03-01' });
      // A record from before the checks: written around the API.
      await withClient(app.databaseUrl, (c) =>
        c.query(`INSERT INTO milestones (id, case_id, client_id, type, date) VALUES (gen_random_uuid(), $1, $2, 'EAD_APPROVED', '2025-01-01')`, [k.id, k.clientId]),
      );
      await withClient(app.databaseUrl, (c) => c.query(`UPDATE clients SET last_arrival_on = '2031-01-01' WHERE id = $1`, [k.clientId]));
      const mine = await app.request<DataCheckReport>('GET', '/api/data-checks', { token: cw.accessToken });
      expect(mine.status).toBe(200);
      const about = mine.body.items.filter((i) => i.clientId === k.clientId).map((i) => `${i.severity}:${i.code}:${i.field}`);
      expect(about).toEqual(expect.arrayContaining(['impossible:BEFORE_PREREQUISITE:date', 'impossible:FUTURE_DATE:lastArrivalOn']));
      expect(mine.body.items.some((i) => i.code === 'LIKELY_DUPLICATE')).toBe(true);
      const theirs = await app.request<DataCheckReport>('GET', '/api/data-checks', { token: cw2.accessToken });
      expect(theirs.body.items.some((i) => i.clientId === k.clientId)).toBe(false);
      const all = await app.request<DataCheckReport>('GET', '/api/data-checks', { token: admin });
      expect(all.body.items.some((i) => i.clientId === k.clientId)).toBe(true);
      expect(all.body.items.filter((i) => i.code === 'DUPLICATE_A_NUMBER')).toEqual([]);
      for (const token of [director, volunteer]) expect((await app.request('GET', '/api/data-checks', { token })).status).toBe(403);
      expect((await app.request('GET', '/api/data-checks')).status).toBe(401);
    });
  });

  describe('reindexing rows indexed by the earlier scheme', () => {
    it('recomputes them at start, so that old rows are found in both alphabets', async () => {
      const c = await newClient({ firstName: 'Дмитрий', lastName: 'Старыйиндекс', aNumber: '777888999' });
      await withClient(app.databaseUrl, (db) => db.query(`UPDATE clients SET name_index = '{}', a_number_tail_index = NULL, search_index_version = 0 WHERE id = $1`, [c.id]));
      expect((await search('Dmitry')).body).toEqual([]);
      await app.stop();
      const again = await startTestApp({ env: { APP_TIME_ZONE: TZ }, databaseName: app.databaseName });
      const close = app.close;
      app = { ...again, close: async () => { await again.stop(); await close(); } };
      const token = (await app.login(cw.user.email, cw.password)).accessToken;
      const found = await search('Dmitry Starijindeks', token);
      expect((found.body as ClientRecord[]).map((r) => r.id)).toEqual([c.id]);
      expect(((await search('8999', token)).body as ClientRecord[]).map((r) => r.id)).toEqual([c.id]);
      const version = await withClient(app.databaseUrl, async (db) => (await db.query('SELECT search_index_version AS v FROM clients WHERE id = $1', [c.id])).rows[0].v as number);
      expect(version).toBe(1);
    });
  });
});
