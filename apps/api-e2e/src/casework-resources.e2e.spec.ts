import type { CaseRecord, ClientRecord } from '@ct/contracts';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * The casework resources over react-admin's simple REST conventions: create answers with the record as
 * GET returns it, update carries the version it read, lists page, sort and filter with a Content-Range.
 */
const TZ = 'America/New_York';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
const notLeapDay = (day: string) => (day.endsWith('-02-29') ? addDays(day, 1) : day);
const filter = (f: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

type Rec = { id: string; version?: number } & Record<string, unknown>;

describe('casework resources', () => {
  let app: TestApp;
  let admin: string;
  let cw: { accessToken: string; user: { id: string } };

  const post = async <T = Rec>(path: string, body: Record<string, unknown>, token = cw.accessToken): Promise<T> => {
    const res = await app.request<T>('POST', path, { token, body });
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };
  const list = (resource: string, query: string, token = cw.accessToken) => app.request<Rec[]>('GET', `/api/${resource}?${query}`, { token });

  beforeAll(async () => {
    app = await startTestApp({ env: { APP_TIME_ZONE: TZ } });
    admin = await app.adminToken();
    cw = await app.createUser('caseworker');
  });
  afterAll(() => app?.close());

  describe('clients', () => {
    it('creates a client with 201, normalized, assigned to the caseworker, exactly as GET returns it', async () => {
      const res = await app.request<ClientRecord>('POST', '/api/clients', {
        token: cw.accessToken,
        body: { firstName: ' Ivan ', lastName: 'Ivanov', aNumber: 'A 123-456-789', dateOfBirth: '1990-04-17', email: 'ivan@example.org', phone: '+1 212 555 0100', lastArrivalOn: '2025-05-30', languages: ['ru', 'en'], educationLevel: 'master', englishLevel: 'B2', profession: 'engineer', householdSize: 2, region: 'NYC' },
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ firstName: 'Ivan', lastName: 'Ivanov', aNumber: '123456789', dateOfBirth: '1990-04-17', caseworkerId: cw.user.id, householdSize: 2, excludeFromStatistics: false, version: 1 });
      expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof res.body.code).toBe('string');
      const get = await app.request<ClientRecord>('GET', `/api/clients/${res.body.id}`, { token: cw.accessToken });
      expect(get.status).toBe(200);
      expect(get.body).toEqual(res.body);
    });

    it('keeps an 8-digit A-number as entered (without the A) and finds it by its 9-digit form too', async () => {
      const c = await post<ClientRecord>('/api/clients', { firstName: 'Eight', lastName: 'Digits', aNumber: 'A12345678' });
      expect(c.aNumber).toBe('12345678');
      for (const q of ['A12345678', 'A-012-345-678']) {
        const found = await app.request<ClientRecord[]>('GET', `/api/clients?filter=${encodeURIComponent(JSON.stringify({ q }))}`, { token: cw.accessToken });
        expect(found.body.map((x) => x.id)).toEqual([c.id]);
      }
    });

    it('updates with the version it read and answers with the record as GET returns it', async () => {
      const c = await post<ClientRecord>('/api/clients', { firstName: 'Anna', lastName: 'Petrova', householdSize: 1 });
      const res = await app.request<ClientRecord>('PUT', `/api/clients/${c.id}`, { token: cw.accessToken, body: { ...c, lastName: 'Petrova-Smith', householdSize: 3, phone: '+1 718 555 0199' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ lastName: 'Petrova-Smith', householdSize: 3, phone: '+1 718 555 0199', version: c.version + 1, code: c.code });
      expect((await app.request('GET', `/api/clients/${c.id}`, { token: cw.accessToken })).body).toEqual(res.body);
    });

    it('deletes a client (admin) with everything recorded about them', async () => {
      const c = await post<ClientRecord>('/api/clients', { firstName: 'Gone', lastName: 'Soon' });
      const k = await post('/api/cases', { clientId: c.id, kind: 'affirmative' });
      const n = await post('/api/notes', { clientId: c.id, body: 'to be deleted' });
      const res = await app.request('DELETE', `/api/clients/${c.id}`, { token: admin });
      expect(res.status).toBe(200);
      expect((await app.request('GET', `/api/clients/${c.id}`, { token: admin })).status).toBe(404);
      expect((await app.request('GET', `/api/cases/${k.id}`, { token: admin })).status).toBe(404);
      expect((await app.request('GET', `/api/notes/${n.id}`, { token: admin })).status).toBe(404);
      expect((await app.request('DELETE', `/api/clients/${c.id}`, { token: admin })).status).toBe(404);
    });
  });

  describe('client list filters', () => {
    let me: { accessToken: string; user: { id: string } };
    const names = {} as Record<string, string>;
    const found = async (f: Record<string, unknown>, token = me.accessToken) => {
      const res = await list('clients', `${filter(f)}&range=[0,99]`, token);
      expect(res.status).toBe(200);
      return res.body.map((c) => names[c.id] ?? c.id).sort();
    };

    beforeAll(async () => {
      me = await app.createUser('caseworker');
      const t = today();
      const make = async (label: string, fields: Record<string, unknown>, kase?: { status?: string; filed?: string }, need?: { metOn: string | null }) => {
        const c = await post<ClientRecord>('/api/clients', { firstName: label, lastName: 'Family', ...fields }, me.accessToken);
        names[c.id] = label;
        if (kase) {
          const k = await post<CaseRecord>('/api/cases', { clientId: c.id, kind: 'affirmative', status: kase.status ?? 'preparing' }, me.accessToken);
          if (kase.filed) await post('/api/milestones', { caseId: k.id, type: 'I589_FILED', date: kase.filed }, me.accessToken);
        }
        if (need) await post('/api/support-needs', { clientId: c.id, category: 'food', urgency: 'low', openedOn: addDays(t, -30), metOn: need.metOn }, me.accessToken);
      };
      await make('Soon', { lastName: 'Ivanov', aNumber: '123456780', lastArrivalOn: yearBefore(notLeapDay(addDays(t, 10))) }, {});
      await make('Later', { lastName: 'Ivanova', lastArrivalOn: yearBefore(notLeapDay(addDays(t, 60))) }, { status: 'filed' });
      await make('Filed', { lastName: 'Sidorov', lastArrivalOn: yearBefore(notLeapDay(addDays(t, 10))) }, { status: 'filed', filed: addDays(t, -3) });
      await make('Missed', { lastName: 'Orlov', lastArrivalOn: '2023-01-10' }, {}, { metOn: null });
      await make('Met', { lastName: 'Kuznetsov' }, undefined, { metOn: addDays(t, -1) });
      await make('Alyona', { firstName: 'Алёна', lastName: 'Фёдорова', lastArrivalOn: '2022-06-01' });
      // Someone else's Ivanov: never in this caseworker's results.
      await post('/api/clients', { firstName: 'Other', lastName: 'Ivanov', aNumber: '987654321' }, cw.accessToken);
    });

    it.each([
      ['a name prefix, any case', { q: 'ivan' }, ['Later', 'Soon']],
      ['a longer prefix, which narrows', { q: 'IVANOVA' }, ['Later']],
      ['first and last name together', { q: 'soon ivanov' }, ['Soon']],
      ['surname and first name in any order', { q: 'Sidorov filed' }, ['Filed']],
      ['a name found nowhere', { q: 'Nobody' }, []],
      ['a Cyrillic prefix, with ё written е', { q: 'федор' }, ['Alyona']],
      ['a Cyrillic name as written', { q: 'Алёна' }, ['Alyona']],
      ['a formatted A-number', { q: 'A 123-456-780' }, ['Soon']],
      ['a bare A-number', { q: '123456780' }, ['Soon']],
      ["another caseworker's client's A-number", { q: '987654321' }, []],
      ['case status', { status: 'filed' }, ['Filed', 'Later']],
      ['a one-year deadline within 30 days, not filed', { deadlineWithinDays: 30 }, ['Soon']],
      ['a one-year deadline within 90 days, not filed', { deadlineWithinDays: 90 }, ['Later', 'Soon']],
      ['open needs', { needsOpen: true }, ['Missed']],
    ])('finds clients by %s', async (_label, f, expected) => {
      expect(await found(f)).toEqual(expected);
    });

    it('filters by caseworker (admin)', async () => {
      const mine = await found({ caseworkerId: me.user.id }, admin);
      expect(mine).toEqual(['Alyona', 'Filed', 'Later', 'Met', 'Missed', 'Soon']);
      const res = await list('clients', filter({ caseworkerId: me.user.id }), admin);
      expect(res.headers.get('content-range')).toBe('clients 0-5/6');
    });

    it('pages and sorts with a Content-Range total exposed to the browser', async () => {
      const res = await list('clients', 'sort=["lastArrivalOn","ASC"]&range=[1,2]', me.accessToken);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-range')).toBe('clients 1-2/6');
      expect(res.headers.get('access-control-expose-headers')).toContain('Content-Range');
      const all = await list('clients', 'sort=["lastArrivalOn","ASC"]&range=[0,9]', me.accessToken);
      const dates = all.body.map((c) => c.lastArrivalOn as string | null).filter((d): d is string => d !== null);
      expect(dates).toEqual([...dates].sort());
      expect(all.body.slice(1, 3)).toEqual(res.body);
      // Null arrival dates sort last.
      expect(names[all.body[0].id]).toBe('Alyona');
      expect(names[all.body[5].id]).toBe('Met');
      const empty = await list('clients', 'range=[50,59]', me.accessToken);
      expect(empty.body).toEqual([]);
      expect(empty.headers.get('content-range')).toBe('clients */6');
    });
  });

  it.each(['clients', 'cases', 'milestones', 'housing-situations', 'support-needs', 'notes'])('answers %s listed by an unknown sort field with 400 naming sort', async (resource) => {
    const res = await app.request<{ field: string }>('GET', `/api/${resource}?sort=${encodeURIComponent('["firstNameEnc","ASC"]')}`, { token: cw.accessToken });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('sort');
  });

  describe('cases', () => {
    it('creates, reads, updates with version, lists by client and deletes a case', async () => {
      const c = await post<ClientRecord>('/api/clients', { firstName: 'Case', lastName: 'Owner', lastArrivalOn: '2025-03-10' });
      const res = await app.request<CaseRecord>('POST', '/api/cases', { token: cw.accessToken, body: { clientId: c.id, kind: 'defensive', i589ReceiptNumber: 'ioe 091-234-5678' } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ clientId: c.id, kind: 'defensive', status: 'preparing', i589ReceiptNumber: 'IOE0912345678', i765ReceiptNumber: null, oneYearDeadline: '2026-03-10', version: 1 });
      const k = res.body;
      expect((await app.request('GET', `/api/cases/${k.id}`, { token: cw.accessToken })).body).toEqual(k);

      const upd = await app.request<CaseRecord>('PUT', `/api/cases/${k.id}`, { token: cw.accessToken, body: { ...k, status: 'in_court', i765ReceiptNumber: 'IOE0999999999' } });
      expect(upd.status).toBe(200);
      expect(upd.body).toMatchObject({ status: 'in_court', i765ReceiptNumber: 'IOE0999999999', version: 2 });
      expect((await app.request('GET', `/api/cases/${k.id}`, { token: cw.accessToken })).body).toEqual(upd.body);

      const byClient = await list('cases', filter({ clientId: c.id }));
      expect(byClient.body.map((x) => x.id)).toEqual([k.id]);
      expect(byClient.headers.get('content-range')).toBe('cases 0-0/1');

      expect((await app.request('DELETE', `/api/cases/${k.id}`, { token: admin })).status).toBe(200);
      expect((await app.request('GET', `/api/cases/${k.id}`, { token: cw.accessToken })).status).toBe(404);
    });
  });

  describe.each([
    ['milestones', (ids: { clientId: string; caseId: string }) => ({ caseId: ids.caseId, type: 'CLOCK_STOP', date: '2025-04-01', endDate: null, note: 'missed biometrics' }), { endDate: '2025-04-20', note: 'rescheduled' }],
    ['housing-situations', (ids: { clientId: string }) => ({ clientId: ids.clientId, category: 'emergency_shelter', startedOn: '2025-02-01', endedOn: null, note: 'shelter in Queens' }), { category: 'host_placement', endedOn: '2025-06-01' }],
    ['support-needs', (ids: { clientId: string }) => ({ clientId: ids.clientId, category: 'medical', urgency: 'high', openedOn: '2025-02-10', metOn: null, note: 'needs a clinic' }), { urgency: 'low', metOn: '2025-03-01' }],
    ['notes', (ids: { clientId: string }) => ({ clientId: ids.clientId, body: 'first meeting went well' }), { body: 'first meeting went well; follow up in May' }],
  ] as const)('%s', (resource, makeBody, change) => {
    let ids: { clientId: string; caseId: string };
    beforeAll(async () => {
      const c = await post<ClientRecord>('/api/clients', { firstName: 'History', lastName: resource });
      const k = await post('/api/cases', { clientId: c.id, kind: 'affirmative' });
      ids = { clientId: c.id, caseId: k.id };
    });

    it('creates with 201 exactly as GET returns it', async () => {
      const body = makeBody(ids);
      const res = await app.request<Rec>('POST', `/api/${resource}`, { token: cw.accessToken, body });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ ...body, clientId: ids.clientId });
      expect((await app.request('GET', `/api/${resource}/${res.body.id}`, { token: cw.accessToken })).body).toEqual(res.body);
    });

    it('lists by client with a Content-Range, updates and deletes', async () => {
      const created = await post(`/api/${resource}`, makeBody(ids));
      const listed = await list(resource, `${filter({ clientId: ids.clientId })}&range=[0,9]`);
      expect(listed.status).toBe(200);
      expect(listed.body.map((r) => r.id)).toContain(created.id);
      expect(listed.headers.get('content-range')).toBe(`${resource} 0-${listed.body.length - 1}/${listed.body.length}`);

      const upd = await app.request<Rec>('PUT', `/api/${resource}/${created.id}`, { token: cw.accessToken, body: { ...created, ...change } });
      expect(upd.status).toBe(200);
      expect(upd.body).toMatchObject({ ...change, id: created.id, clientId: ids.clientId });
      expect((await app.request('GET', `/api/${resource}/${created.id}`, { token: cw.accessToken })).body).toEqual(upd.body);

      expect((await app.request('DELETE', `/api/${resource}/${created.id}`, { token: cw.accessToken })).status).toBe(200);
      expect((await app.request('GET', `/api/${resource}/${created.id}`, { token: cw.accessToken })).status).toBe(404);
      const after = await list(resource, `${filter({ clientId: ids.clientId })}&range=[0,9]`);
      expect(after.body.map((r) => r.id)).not.toContain(created.id);
    });
  });

  it('filters support needs by open or met', async () => {
    const c = await post<ClientRecord>('/api/clients', { firstName: 'Needs', lastName: 'Filter' });
    const open = await post('/api/support-needs', { clientId: c.id, category: 'legal', urgency: 'medium', openedOn: '2025-01-01' });
    const met = await post('/api/support-needs', { clientId: c.id, category: 'food', urgency: 'low', openedOn: '2025-01-01', metOn: '2025-01-05' });
    expect((await list('support-needs', filter({ clientId: c.id, open: true }))).body.map((n) => n.id)).toEqual([open.id]);
    expect((await list('support-needs', filter({ clientId: c.id, open: false }))).body.map((n) => n.id)).toEqual([met.id]);
  });

  it('records the author of a note', async () => {
    const c = await post<ClientRecord>('/api/clients', { firstName: 'Note', lastName: 'Author' });
    const n = await post('/api/notes', { clientId: c.id, body: 'called the client' });
    expect(n.authorId).toBe(cw.user.id);
  });
});
