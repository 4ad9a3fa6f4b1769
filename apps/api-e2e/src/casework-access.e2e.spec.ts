import type { ClientRecord } from '@ct/contracts';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * Who reaches which casework record: a caseworker only their own caseload (anything else is 404, as if
 * it did not exist), directors only a client's code and caseworker (to reassign), volunteers nothing.
 */
type Rec = { id: string; version?: number } & Record<string, unknown>;
type Session = { accessToken: string; user: { id: string } };
const filter = (f: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
const CHILDREN = ['cases', 'milestones', 'housing-situations', 'support-needs', 'notes'] as const;
const RESOURCES = ['clients', ...CHILDREN] as const;
type Resource = (typeof RESOURCES)[number];
/** A valid change to each resource, for PUTs that must be refused for reach, not for form. */
const CHANGE: Record<Resource, Record<string, unknown>> = {
  clients: { region: 'LA' },
  cases: { status: 'closed' },
  milestones: { note: 'overwritten' },
  'housing-situations': { note: 'overwritten' },
  'support-needs': { urgency: 'low' },
  notes: { body: 'overwritten' },
};

/** Distinctive identifying values, so that a sweep for them cannot match by accident. */
function seedValues(tag: string) {
  return {
    client: { firstName: `Zakhar${tag}`, lastName: `Belozerskiy${tag}`, aNumber: tag === 'A' ? '204517338' : '204517449', dateOfBirth: tag === 'A' ? '1988-07-23' : '1991-11-02', email: `zakhar.${tag.toLowerCase()}@private.example.org`, phone: tag === 'A' ? '+1 917 555 0142' : '+1 917 555 0143', lastArrivalOn: '2025-05-30', householdSize: 2, region: 'NYC' },
    receipts: { i589ReceiptNumber: tag === 'A' ? 'ZLA1904417231' : 'ZLA1904417232', i765ReceiptNumber: tag === 'A' ? 'IOE8800123451' : 'IOE8800123452' },
    milestoneNote: `biometrics missed because of hospital stay ${tag}`,
    housingNote: `sleeps at the Astoria shelter bed 14 ${tag}`,
    needNote: `HIV medication running out ${tag}`,
    noteBody: `disclosed partner Sergei in Kazan ${tag}`,
  };
}

describe('casework access', () => {
  let app: TestApp;
  let admin: string;
  let cwA: Session;
  let cwB: Session;
  let director: Session;
  let volunteer: Session;
  const seeded = { A: {} as Record<Resource, Rec>, B: {} as Record<Resource, Rec> };
  const values = { A: seedValues('A'), B: seedValues('B') };

  const post = async (path: string, body: Record<string, unknown>, token: string): Promise<Rec> => {
    const res = await app.request<Rec>('POST', path, { token, body });
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };
  const count = async (resource: string, f: Record<string, unknown>) => (await app.request('GET', `/api/${resource}?${filter(f)}`, { token: admin })).headers.get('content-range');

  async function seed(tag: 'A' | 'B', s: Session) {
    const v = values[tag];
    const client = await post('/api/clients', v.client, s.accessToken);
    const kase = await post('/api/cases', { clientId: client.id, kind: 'affirmative', ...v.receipts }, s.accessToken);
    const milestone = await post('/api/milestones', { caseId: kase.id, type: 'CLOCK_STOP', date: '2025-03-01', endDate: '2025-03-20', note: v.milestoneNote }, s.accessToken);
    const housing = await post('/api/housing-situations', { clientId: client.id, category: 'emergency_shelter', startedOn: '2025-06-01', note: v.housingNote }, s.accessToken);
    const need = await post('/api/support-needs', { clientId: client.id, category: 'medical', urgency: 'urgent', openedOn: '2025-06-02', note: v.needNote }, s.accessToken);
    const note = await post('/api/notes', { clientId: client.id, body: v.noteBody }, s.accessToken);
    seeded[tag] = { clients: client, cases: kase, milestones: milestone, 'housing-situations': housing, 'support-needs': need, notes: note };
  }

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
    [cwA, cwB, director, volunteer] = [await app.createUser('caseworker'), await app.createUser('caseworker'), await app.createUser('director'), await app.createUser('volunteer')];
    await seed('A', cwA);
    await seed('B', cwB);
  });
  afterAll(() => app?.close());

  describe('a caseworker', () => {
    it.each(RESOURCES)('lists only their own %s', async (resource) => {
      const res = await app.request<Rec[]>('GET', `/api/${resource}?range=[0,99]`, { token: cwA.accessToken });
      expect(res.status).toBe(200);
      expect(res.body.map((r) => r.id)).toEqual([seeded.A[resource].id]);
      expect(res.headers.get('content-range')).toBe(`${resource} 0-0/1`);
      expect(res.text).not.toContain(values.B.client.lastName);
    });

    it.each(CHILDREN)("finds no %s when filtering by another caseworker's client", async (resource) => {
      const res = await app.request<Rec[]>('GET', `/api/${resource}?${filter({ clientId: seeded.B.clients.id })}`, { token: cwA.accessToken });
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
      expect(res.headers.get('content-range')).toBe(`${resource} */0`);
    });

    it("finds another caseworker's client neither by id filter nor by search", async () => {
      const byId = await app.request<Rec[]>('GET', `/api/clients?${filter({ id: [seeded.B.clients.id] })}`, { token: cwA.accessToken });
      expect(byId.body).toEqual([]);
      const byName = await app.request<Rec[]>('GET', `/api/clients?${filter({ q: 'belozerskiy' })}`, { token: cwA.accessToken });
      expect(byName.body.map((c) => c.id)).toEqual([seeded.A.clients.id]);
    });

    it.each(RESOURCES)("gets 404 reading or updating another caseworker's %s, which stays unchanged", async (resource) => {
      const theirs = seeded.B[resource];
      const before = await app.request('GET', `/api/${resource}/${theirs.id}`, { token: admin });
      expect((await app.request('GET', `/api/${resource}/${theirs.id}`, { token: cwA.accessToken })).status).toBe(404);
      const put = await app.request('PUT', `/api/${resource}/${theirs.id}`, { token: cwA.accessToken, body: { ...theirs, ...CHANGE[resource] } });
      expect(put.status).toBe(404);
      expect((await app.request('GET', `/api/${resource}/${theirs.id}`, { token: admin })).body).toEqual(before.body);
    });

    it.each(RESOURCES)("cannot delete another caseworker's %s, answered exactly as for a record that does not exist", async (resource) => {
      const theirs = await app.request('DELETE', `/api/${resource}/${seeded.B[resource].id}`, { token: cwA.accessToken });
      expect(theirs.status).toBeGreaterThanOrEqual(400);
      expect((await app.request('GET', `/api/${resource}/${seeded.B[resource].id}`, { token: admin })).status).toBe(200);
      // Whatever the answer, it must not tell a record of someone else's caseload from a missing one.
      const missing = await app.request('DELETE', `/api/${resource}/00000000-0000-4000-8000-000000000000`, { token: cwA.accessToken });
      expect(theirs.status).toBe(missing.status);
      expect(theirs.text).toBe(missing.text.replace('00000000-0000-4000-8000-000000000000', seeded.B[resource].id));
    });

    it.each([
      ['a case', 'cases', () => ({ clientId: seeded.B.clients.id, kind: 'affirmative' })],
      ['a milestone', 'milestones', () => ({ caseId: seeded.B.cases.id, type: 'INTERVIEW', date: '2025-09-01' })],
      ['a housing situation', 'housing-situations', () => ({ clientId: seeded.B.clients.id, category: 'street', startedOn: '2025-09-01' })],
      ['a support need', 'support-needs', () => ({ clientId: seeded.B.clients.id, category: 'food', openedOn: '2025-09-01' })],
      ['a note', 'notes', () => ({ clientId: seeded.B.clients.id, body: 'sneaky' })],
    ])("gets 404 adding %s to another caseworker's client, and nothing is added", async (_label, resource, body) => {
      const before = await count(resource, { clientId: seeded.B.clients.id });
      const res = await app.request('POST', `/api/${resource}`, { token: cwA.accessToken, body: body() });
      expect(res.status).toBe(404);
      expect(await count(resource, { clientId: seeded.B.clients.id })).toBe(before);
    });

    it("cannot move their own record onto another caseworker's client through a PUT", async () => {
      const note = await post('/api/notes', { clientId: seeded.A.clients.id, body: 'mine' }, cwA.accessToken);
      const res = await app.request<Rec>('PUT', `/api/notes/${note.id}`, { token: cwA.accessToken, body: { ...note, clientId: seeded.B.clients.id, body: 'still mine' } });
      expect(res.status).toBe(200);
      expect(res.body.clientId).toBe(seeded.A.clients.id);
      const m = seeded.A.milestones;
      const moved = await app.request<Rec>('PUT', `/api/milestones/${m.id}`, { token: cwA.accessToken, body: { ...m, caseId: seeded.B.cases.id, clientId: seeded.B.clients.id } });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ caseId: m.caseId, clientId: m.clientId });
    });

    it('gets a new client assigned to themself, and may not create one for someone else', async () => {
      const mine = await post('/api/clients', { firstName: 'Self', lastName: 'Assigned' }, cwA.accessToken);
      expect(mine.caseworkerId).toBe(cwA.user.id);
      const before = await count('clients', {});
      const other = await app.request('POST', '/api/clients', { token: cwA.accessToken, body: { firstName: 'For', lastName: 'Other', caseworkerId: cwB.user.id } });
      expect(other.status).toBe(403);
      expect(await count('clients', {})).toBe(before);
    });

    it('cannot reassign their client (403), which stays theirs', async () => {
      const c = (await app.request<ClientRecord>('GET', `/api/clients/${seeded.A.clients.id}`, { token: cwA.accessToken })).body;
      const res = await app.request('PUT', `/api/clients/${c.id}`, { token: cwA.accessToken, body: { ...c, caseworkerId: cwB.user.id } });
      expect(res.status).toBe(403);
      expect((await app.request<ClientRecord>('GET', `/api/clients/${c.id}`, { token: admin })).body).toMatchObject({ caseworkerId: cwA.user.id, version: c.version });
    });
  });

  describe('reassignment', () => {
    it('by an admin hands the client and everything about it to the new caseworker', async () => {
      const c = await post('/api/clients', { firstName: 'Moving', lastName: 'Client', caseworkerId: cwA.user.id }, admin);
      const note = await post('/api/notes', { clientId: c.id, body: 'history' }, cwA.accessToken);
      const res = await app.request<ClientRecord>('PUT', `/api/clients/${c.id}`, { token: admin, body: { ...c, caseworkerId: cwB.user.id } });
      expect(res.status).toBe(200);
      expect(res.body.caseworkerId).toBe(cwB.user.id);
      expect((await app.request('GET', `/api/clients/${c.id}`, { token: cwA.accessToken })).status).toBe(404);
      expect((await app.request('GET', `/api/notes/${note.id}`, { token: cwA.accessToken })).status).toBe(404);
      expect((await app.request('GET', `/api/clients/${c.id}`, { token: cwB.accessToken })).status).toBe(200);
      expect((await app.request('GET', `/api/notes/${note.id}`, { token: cwB.accessToken })).status).toBe(200);
    });

    it('by a director changes only the caseworker, and anything else in the body is refused', async () => {
      const c = await post('/api/clients', { firstName: 'Director', lastName: 'Moved', householdSize: 2, region: 'NYC', lastArrivalOn: '2025-03-10' }, cwA.accessToken);
      const seen = (await app.request<Rec>('GET', `/api/clients/${c.id}`, { token: director.accessToken })).body;
      expect(Object.keys(seen).sort()).toEqual(['caseworkerId', 'code', 'id', 'version']);
      const refused = await app.request<{ field: string }>('PUT', `/api/clients/${c.id}`, { token: director.accessToken, body: { ...seen, caseworkerId: cwB.user.id, region: 'LA' } });
      expect(refused.status).toBe(403);
      expect(refused.body.field).toBe('region');
      const res = await app.request<Rec>('PUT', `/api/clients/${c.id}`, { token: director.accessToken, body: { ...seen, caseworkerId: cwB.user.id } });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['caseworkerId', 'code', 'id', 'version']);
      const after = (await app.request<ClientRecord>('GET', `/api/clients/${c.id}`, { token: admin })).body;
      expect(after).toMatchObject({ caseworkerId: cwB.user.id, householdSize: 2, region: 'NYC', lastArrivalOn: '2025-03-10', excludeFromStatistics: false, firstName: 'Director', lastName: 'Moved' });
    });

    it.each([
      ['a volunteer', () => volunteer.user.id],
      ['a user that does not exist', () => '00000000-0000-4000-8000-000000000001'],
    ])('refuses to assign a client to %s with 400 naming caseworkerId', async (_label, target) => {
      const c = (await app.request<ClientRecord>('GET', `/api/clients/${seeded.A.clients.id}`, { token: admin })).body;
      const res = await app.request<{ field: string }>('PUT', `/api/clients/${c.id}`, { token: admin, body: { ...c, caseworkerId: target() } });
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('caseworkerId');
      expect((await app.request<ClientRecord>('GET', `/api/clients/${c.id}`, { token: admin })).body.caseworkerId).toBe(cwA.user.id);
    });
  });

  describe('a director', () => {
    const secrets = () =>
      (['A', 'B'] as const).flatMap((t) => {
        const v = values[t];
        return [v.client.firstName, v.client.lastName, v.client.aNumber, v.client.dateOfBirth, v.client.email, v.client.phone, v.receipts.i589ReceiptNumber, v.receipts.i765ReceiptNumber, v.milestoneNote, v.housingNote, v.needNote, v.noteBody];
      });

    it('reads clients, listed and by id, as {id, code, caseworkerId, version} only', async () => {
      const listed = await app.request<Rec[]>('GET', `/api/clients?range=[0,99]`, { token: director.accessToken });
      expect(listed.status).toBe(200);
      expect(listed.body.map((r) => r.id)).toEqual(expect.arrayContaining([seeded.A.clients.id, seeded.B.clients.id]));
      const one = await app.request<Rec>('GET', `/api/clients/${seeded.A.clients.id}`, { token: director.accessToken });
      expect(one.status).toBe(200);
      for (const record of [...listed.body, one.body]) expect(Object.keys(record).sort()).toEqual(['caseworkerId', 'code', 'id', 'version']);
      for (const text of [listed.text, one.text]) for (const secret of secrets()) expect(text).not.toContain(secret);
    });

    it.each(CHILDREN)('is refused %s, listed and by id (403)', async (resource) => {
      for (const path of [`/api/${resource}?range=[0,99]`, `/api/${resource}/${seeded.A[resource].id}`]) {
        const res = await app.request('GET', path, { token: director.accessToken });
        expect({ path, status: res.status }).toEqual({ path, status: 403 });
        for (const secret of secrets()) expect(res.text).not.toContain(secret);
      }
    });

    it.each([
      ['region', { region: 'NYC' }],
      ['status', { status: 'open' }],
      ['deadlineWithinDays', { deadlineWithinDays: 30 }],
      ['needsOpen', { needsOpen: true }],
    ])('may not filter clients by %s (400): a filter would tell which code has it', async (_label, f) => {
      const res = await app.request('GET', `/api/clients?${filter(f)}`, { token: director.accessToken });
      expect(res.status).toBe(400);
    });

    it('is refused a search by name or A-number', async () => {
      const res = await app.request<{ field: string }>('GET', `/api/clients?${filter({ q: 'belozerskiy' })}`, { token: director.accessToken });
      expect(res.status).toBe(400);
      expect(res.text).not.toContain(values.A.client.lastName);
    });

    it('reads the audit trail without identifying values', async () => {
      const res = await app.request('GET', '/api/audit-events?range=[0,499]', { token: director.accessToken });
      expect(res.status).toBe(200);
      for (const secret of secrets()) expect(res.text).not.toContain(secret);
    });

    it.each([
      ['create a client', 'POST', () => '/api/clients', () => ({ firstName: 'Dir', lastName: 'Ector' })],
      ['create a case', 'POST', () => '/api/cases', () => ({ clientId: seeded.A.clients.id, kind: 'affirmative' })],
      ['update a case', 'PUT', () => `/api/cases/${seeded.A.cases.id}`, () => ({ ...seeded.A.cases, status: 'closed' })],
      ['delete a case', 'DELETE', () => `/api/cases/${seeded.A.cases.id}`, () => undefined],
      ['add a milestone', 'POST', () => '/api/milestones', () => ({ caseId: seeded.A.cases.id, type: 'INTERVIEW', date: '2025-09-01' })],
      ['update a milestone', 'PUT', () => `/api/milestones/${seeded.A.milestones.id}`, () => ({ date: '2025-03-02' })],
      ['add a note', 'POST', () => '/api/notes', () => ({ clientId: seeded.A.clients.id, body: 'director was here' })],
      ['update a support need', 'PUT', () => `/api/support-needs/${seeded.A['support-needs'].id}`, () => ({ urgency: 'low' })],
      ['delete a housing situation', 'DELETE', () => `/api/housing-situations/${seeded.A['housing-situations'].id}`, () => undefined],
      ['delete a client', 'DELETE', () => `/api/clients/${seeded.A.clients.id}`, () => undefined],
    ])('may not %s (403), and nothing changes', async (_label, method, path, body) => {
      const snapshot = async () => Promise.all(RESOURCES.map(async (r) => (await app.request('GET', `/api/${r}?range=[0,99]`, { token: admin })).text));
      const before = await snapshot();
      const res = await app.request(method, path(), { token: director.accessToken, body: body() });
      expect(res.status).toBe(403);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('a volunteer', () => {
    const routes = () => [
      ...RESOURCES.flatMap((r) => [
        ['GET', `/api/${r}`],
        ['GET', `/api/${r}/${seeded.A[r].id}`],
        ['PUT', `/api/${r}/${seeded.A[r].id}`],
        ['DELETE', `/api/${r}/${seeded.A[r].id}`],
        ['POST', `/api/${r}`],
      ]),
      ['GET', '/api/dashboard/caseload'],
    ];

    it('gets 403 on every casework route, with real record ids, and learns nothing', async () => {
      for (const [method, path] of routes()) {
        const body = method === 'PUT' || method === 'POST' ? { clientId: seeded.A.clients.id, caseId: seeded.A.cases.id, firstName: 'x', lastName: 'y', kind: 'affirmative', body: 'x', version: 1 } : undefined;
        const res = await app.request(method, path, { token: volunteer.accessToken, body });
        expect({ method, path, status: res.status }).toEqual({ method, path, status: 403 });
        for (const secret of [values.A.client.lastName, values.A.noteBody]) expect(res.text).not.toContain(secret);
      }
      expect((await app.request('GET', `/api/notes/${seeded.A.notes.id}`, { token: admin })).body).toMatchObject({ body: values.A.noteBody });
    });
  });
});
