import type { CaseRecord, CaseloadDashboard, ClientRecord, MilestoneRecord } from '@ct/contracts';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * One-screen intake (one transaction), caseload management (bulk reassignment, disabling a caseworker
 * who still has clients, merging duplicates) and the dashboard's horizons.
 */
const TZ = 'America/New_York';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
const notLeapDay = (day: string) => (day.endsWith('-02-29') ? addDays(day, 1) : day);
type ErrorBody = { statusCode: number; code: string; message: string; field?: string };
type IntakeResult = { client: ClientRecord; case: CaseRecord | null; milestones: MilestoneRecord[]; warnings: string[] };

describe('intake and caseload management', () => {
  let app: TestApp;
  type Session = Awaited<ReturnType<TestApp['createUser']>>;
  let cw: Session;
  let cw2: Session;
  let admin: string;
  let director: Session;
  let volunteer: string;
  const count = async (table: string) => withClient(app.databaseUrl, async (c) => Number((await c.query(`SELECT count(*) FROM ${table}`)).rows[0].count));
  const newClient = async (fields: Record<string, unknown>, token = cw.accessToken) => {
    const res = await app.request<ClientRecord>('POST', '/api/clients', { token, body: { firstName: 'Case', lastName: 'Load', ...fields } });
    if (res.status !== 201) throw new Error(res.text);
    return res.body;
  };

  beforeAll(async () => {
    app = await startTestApp({ env: { APP_TIME_ZONE: TZ } });
    cw = await app.createUser('caseworker');
    cw2 = await app.createUser('caseworker');
    admin = await app.adminToken();
    director = await app.createUser('director');
    volunteer = (await app.createUser('volunteer')).accessToken;
  });
  afterAll(() => app?.close());

  describe('one-screen intake', () => {
    it('saves the client, the case and its first milestones together, with the new intake fields', async () => {
      const res = await app.request<IntakeResult>('POST', '/api/intake', {
        token: cw.accessToken,
        body: {
          client: { firstName: 'Aleksandr', lastName: 'Intakov', chosenName: 'Sasha', pronouns: 'they/them', attorney: 'J. Doe, Legal Aid', contactChannel: 'signal', contactHandle: '@sasha.01', asylumOffice: 'Newark', interpreterLanguage: 'ru', lastArrivalOn: '2025-02-01' },
          case: { kind: 'affirmative', status: 'filed', i589ReceiptNumber: 'ZLA1234567890' },
          milestones: [{ type: 'I589_RECEIPT', date: '2025-09-10' }, { type: 'I589_FILED', date: '2025-09-01' }],
        },
      });
      expect(res.status).toBe(201);
      expect(res.body.client).toMatchObject({ chosenName: 'Sasha', pronouns: 'they/them', attorney: 'J. Doe, Legal Aid', contactChannel: 'signal', contactHandle: '@sasha.01', asylumOffice: 'Newark', interpreterLanguage: 'ru', caseworkerId: cw.user.id });
      expect(res.body.case).toMatchObject({ clientId: res.body.client.id, status: 'filed', clockStartedOn: '2025-09-01' });
      expect(res.body.milestones.map((m) => m.type)).toEqual(['I589_FILED', 'I589_RECEIPT']);
      expect(res.body.warnings).toEqual([]);
      const read = await app.request<ClientRecord>('GET', `/api/clients/${res.body.client.id}`, { token: cw.accessToken });
      expect(read.body).toMatchObject({ chosenName: 'Sasha', contactHandle: '@sasha.01' });
      const row = await withClient(app.databaseUrl, async (c) => JSON.stringify((await c.query('SELECT * FROM clients WHERE id = $1', [res.body.client.id])).rows));
      for (const plain of ['Sasha', 'they/them', 'Doe', 'sasha.01']) expect(row).not.toContain(plain);
    });

    it('says why the clock does not start for a case marked filed without the filing date', async () => {
      const res = await app.request<IntakeResult>('POST', '/api/intake', { token: cw.accessToken, body: { client: { firstName: 'No', lastName: 'Filingdate' }, case: { kind: 'affirmative', status: 'filed', i589ReceiptNumber: 'ZLA1234567891' } } });
      expect(res.status).toBe(201);
      expect(res.body.warnings).toEqual(['FILED_WITHOUT_I589_DATE']);
      expect(res.body.case?.clockStartedOn).toBeNull();
    });

    it.each([
      ['a contradictory milestone', { milestones: [{ type: 'I589_FILED', date: '2025-09-01' }, { type: 'EAD_APPROVED', date: '2025-08-01' }] }, 'milestones[1].date'],
      ['a future date of birth', { client: { firstName: 'F', lastName: 'G', dateOfBirth: '2030-01-01' } }, 'client.dateOfBirth'],
      ['an unknown field', { client: { firstName: 'F', lastName: 'G', nickname: 'x' } }, 'client.nickname'],
    ])('refuses %s, naming it, and leaves nothing behind', async (_label, patch, field) => {
      const before = [await count('clients'), await count('cases'), await count('milestones')];
      const body = { client: { firstName: 'Rolled', lastName: 'Back' }, case: { kind: 'affirmative' }, ...patch };
      const res = await app.request<ErrorBody>('POST', '/api/intake', { token: cw.accessToken, body });
      expect(res.status).toBe(400);
      expect(res.body.field).toBe(field);
      expect([await count('clients'), await count('cases'), await count('milestones')]).toEqual(before);
    });

    // Found by the OpenAPI fuzz test (seed 90544): a missing or non-object client answered 500.
    it.each([
      ['no client at all', {}],
      ['a null client', { client: null }],
      ['a client that is not an object', { client: 'x' }],
      ['a case that is not an object', { client: { firstName: 'F', lastName: 'G' }, case: 'x' }],
    ])('refuses %s with 400 naming the part', async (_label, body) => {
      const before = await count('clients');
      const res = await app.request<ErrorBody>('POST', '/api/intake', { token: cw.accessToken, body });
      expect(res.status).toBe(400);
      expect(String(res.body.field)).toMatch(/^(client|case)/);
      expect(await count('clients')).toBe(before);
    });

    it('refuses a duplicate A-number with 409 and leaves nothing behind', async () => {
      await newClient({ aNumber: '200300400' }, cw2.accessToken);
      const before = await count('clients');
      const res = await app.request<ErrorBody>('POST', '/api/intake', { token: cw.accessToken, body: { client: { firstName: 'A', lastName: 'B', aNumber: '200300400' }, case: { kind: 'defensive' } } });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('DUPLICATE_CLIENT');
      expect(await count('clients')).toBe(before);
    });

    it('is refused to directors and volunteers', async () => {
      for (const token of [director.accessToken, volunteer]) expect((await app.request('POST', '/api/intake', { token, body: { client: { firstName: 'A', lastName: 'B' } } })).status).toBe(403);
    });
  });

  describe('bulk reassignment', () => {
    it('lets a director move clients by id, knowing only ids and codes', async () => {
      const a = await newClient({});
      const b = await newClient({});
      const res = await app.request<{ moved: number }>('POST', '/api/clients/reassign', { token: director.accessToken, body: { clientIds: [a.id, b.id], caseworkerId: cw2.user.id } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ moved: 2 });
      expect((await app.request('GET', `/api/clients/${a.id}`, { token: cw.accessToken })).status).toBe(404);
      expect((await app.request<ClientRecord>('GET', `/api/clients/${a.id}`, { token: cw2.accessToken })).body.caseworkerId).toBe(cw2.user.id);
    });

    it('refuses caseworkers and volunteers, an unknown client and a target who is no caseworker', async () => {
      const a = await newClient({});
      for (const token of [cw.accessToken, volunteer]) expect((await app.request('POST', '/api/clients/reassign', { token, body: { clientIds: [a.id], caseworkerId: cw2.user.id } })).status).toBe(403);
      expect((await app.request('POST', '/api/clients/reassign', { token: admin, body: { clientIds: [a.id, '00000000-0000-4000-8000-000000000000'], caseworkerId: cw2.user.id } })).status).toBe(404);
      const bad = await app.request<ErrorBody>('POST', '/api/clients/reassign', { token: admin, body: { clientIds: [a.id], caseworkerId: director.user.id } });
      expect(bad.status).toBe(400);
      expect(bad.body.field).toBe('caseworkerId');
    });
  });

  describe('disabling a caseworker who still has clients', () => {
    it('is refused with 409 until someone takes the clients over, then moves them', async () => {
      const leaving = await app.createUser('caseworker');
      const c1 = await newClient({}, leaving.accessToken);
      await newClient({}, leaving.accessToken);
      const refused = await app.request<ErrorBody>('PUT', `/api/users/${leaving.user.id}`, { token: admin, body: { disabled: true } });
      expect(refused.status).toBe(409);
      expect(refused.body.field).toBe('reassignClientsTo');
      expect(refused.body.message).toContain('2 clients');
      const users = await app.request<{ id: string; disabled: boolean }[]>('GET', `/api/users?filter=${encodeURIComponent(JSON.stringify({ id: [leaving.user.id] }))}`, { token: admin });
      expect(users.body[0].disabled).toBe(false);
      const ok = await app.request<{ disabled: boolean }>('PUT', `/api/users/${leaving.user.id}`, { token: admin, body: { disabled: true, reassignClientsTo: cw2.user.id } });
      expect(ok.status).toBe(200);
      expect(ok.body.disabled).toBe(true);
      expect((await app.request<ClientRecord>('GET', `/api/clients/${c1.id}`, { token: cw2.accessToken })).body.caseworkerId).toBe(cw2.user.id);
    });

    it('disables a caseworker without clients at once', async () => {
      const idle = await app.createUser('caseworker');
      expect((await app.request('PUT', `/api/users/${idle.user.id}`, { token: admin, body: { disabled: true } })).status).toBe(200);
    });
  });

  describe('merging duplicates', () => {
    it('moves cases, milestones, history, needs and notes, fills gaps, removes the duplicate, and audits without personal values', async () => {
      const keep = await newClient({ firstName: 'Merge', lastName: 'Keeper' });
      const dup = await newClient({ firstName: 'Merge', lastName: 'Keeper', aNumber: '909808707', phone: '+1 555 0100' }, cw2.accessToken);
      const k = (await app.request<CaseRecord>('POST', '/api/cases', { token: cw2.accessToken, body: { clientId: dup.id, kind: 'affirmative' } })).body;
      await app.request('POST', '/api/milestones', { token: cw2.accessToken, body: { caseId: k.id, type: 'I589_FILED', date: '2025-03-01' } });
      await app.request('POST', '/api/notes', { token: cw2.accessToken, body: { clientId: dup.id, body: 'merge note' } });
      await app.request('POST', '/api/housing-situations', { token: cw2.accessToken, body: { clientId: dup.id, category: 'rental', startedOn: '2025-01-01' } });
      await app.request('POST', '/api/support-needs', { token: cw2.accessToken, body: { clientId: dup.id, category: 'food', urgency: 'low', openedOn: '2025-01-01' } });
      for (const token of [cw.accessToken, director.accessToken]) expect((await app.request('POST', '/api/clients/merge', { token, body: { keepId: keep.id, mergeId: dup.id } })).status).toBe(403);
      const res = await app.request<ClientRecord>('POST', '/api/clients/merge', { token: admin, body: { keepId: keep.id, mergeId: dup.id } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: keep.id, aNumber: '909808707', phone: '+1 555 0100', caseworkerId: cw.user.id });
      expect((await app.request('GET', `/api/clients/${dup.id}`, { token: admin })).status).toBe(404);
      const owned = async (resource: string) => (await app.request<unknown[]>('GET', `/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ clientId: keep.id }))}`, { token: cw.accessToken })).body.length;
      expect([await owned('cases'), await owned('milestones'), await owned('notes'), await owned('housing-situations'), await owned('support-needs')]).toEqual([1, 1, 1, 1, 1]);
      // The merged record keeps the A-number, now found by search.
      expect((await app.request<ClientRecord[]>('GET', `/api/clients?filter=${encodeURIComponent('{"q":"909808707"}')}`, { token: cw.accessToken })).body.map((c) => c.id)).toEqual([keep.id]);
      const audit = await withClient(app.databaseUrl, async (c) => JSON.stringify((await c.query(`SELECT action, details FROM audit_events WHERE record_id = ANY($1) AND action IN ('merge', 'delete')`, [[keep.id, dup.id]])).rows));
      expect(audit).toContain('merge');
      for (const plain of ['909808707', '555', 'Keeper', 'merge note']) expect(audit).not.toContain(plain);
    });

    it('refuses merging a record into itself and unknown records', async () => {
      const a = await newClient({});
      expect((await app.request<ErrorBody>('POST', '/api/clients/merge', { token: admin, body: { keepId: a.id, mergeId: a.id } })).status).toBe(400);
      expect((await app.request('POST', '/api/clients/merge', { token: admin, body: { keepId: a.id, mergeId: '00000000-0000-4000-8000-000000000000' } })).status).toBe(404);
    });
  });

  describe('dashboard horizons', () => {
    let dash: CaseloadDashboard;
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      const me = await app.createUser('caseworker');
      const t = today();
      const setUp = async (name: string, lastArrivalOn: string | null, milestones: [string, string][]) => {
        const c = await newClient({ firstName: name, ...(lastArrivalOn ? { lastArrivalOn } : {}) }, me.accessToken);
        const k = (await app.request<CaseRecord>('POST', '/api/cases', { token: me.accessToken, body: { clientId: c.id, kind: 'defensive' } })).body;
        for (const [type, date] of milestones) await app.request('POST', '/api/milestones', { token: me.accessToken, body: { caseId: k.id, type, date } });
        ids[name] = c.id;
      };
      await setUp('Days88', yearBefore(notLeapDay(addDays(t, 88))), []);
      await setUp('Days10', yearBefore(notLeapDay(addDays(t, 10))), []);
      await setUp('Days120', yearBefore(notLeapDay(addDays(t, 120))), []);
      await setUp('Hearing', null, [['NTA_ISSUED', addDays(t, -30)], ['MASTER_HEARING', addDays(t, 3)], ['I589_FILED', addDays(t, -20)], ['BIOMETRICS', addDays(t, 1)], ['INTERVIEW', addDays(t, 20)]]);
      dash = (await app.request<CaseloadDashboard>('GET', '/api/dashboard/caseload', { token: me.accessToken })).body;
    });
    const of = (name: string) => dash.items.filter((i) => i.clientId === ids[name]).map((i) => ({ kind: i.kind, stage: i.stage, type: i.milestoneType }));

    it('shows one-year deadlines from 90 days ahead, staged', () => {
      expect(of('Days88')).toEqual([{ kind: 'ONE_YEAR_DEADLINE', stage: 'upcoming', type: undefined }]);
      expect(of('Days10')).toEqual([{ kind: 'ONE_YEAR_DEADLINE', stage: 'critical', type: undefined }]);
      expect(of('Days120')).toEqual([]);
    });

    it('shows interviews, hearings and biometrics of the next 14 days', () => {
      expect(of('Hearing')).toEqual([
        { kind: 'APPOINTMENT', stage: 'critical', type: 'BIOMETRICS' },
        { kind: 'APPOINTMENT', stage: 'soon', type: 'MASTER_HEARING' },
      ]);
    });
  });
});
