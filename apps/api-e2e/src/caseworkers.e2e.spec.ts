import type { ClientRecord, UserRecord } from '@ct/contracts';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * GET /api/caseworkers: whom a client can be assigned to, for admins and directors. Directors reassign
 * clients but do not read the user list, so this answers with an id and a name only.
 */
type Option = { id: string; displayName: string };
type Session = { accessToken: string; user: { id: string; email: string } };
const filter = (f: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

describe('caseworkers list', () => {
  let app: TestApp;
  let admin: string;
  let director: Session;
  let cwA: Session;
  let cwB: Session;
  let unnamed: Session;
  let disabled: Session;
  let volunteer: Session;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
    director = await app.createUser('director', { displayName: 'Dana Director' });
    cwA = await app.createUser('caseworker', { displayName: 'Boris Caseworker' });
    cwB = await app.createUser('caseworker', { displayName: 'Alla Caseworker' });
    unnamed = await app.createUser('caseworker', { displayName: 'to be cleared' });
    disabled = await app.createUser('caseworker', { displayName: 'Dmitri Gone' });
    volunteer = await app.createUser('volunteer', { displayName: 'Vera Volunteer' });
    await app.createUser('admin', { displayName: 'Anna Admin' });
    for (const [who, body] of [
      [unnamed, { displayName: '' }],
      [disabled, { disabled: true }],
    ] as const) {
      const user = (await app.request<UserRecord & { version: number }>('GET', `/api/users/${who.user.id}`, { token: admin })).body;
      const res = await app.request('PUT', `/api/users/${who.user.id}`, { token: admin, body: { ...user, ...body } });
      if (res.status !== 200) throw new Error(`PUT user answered ${res.status}: ${res.text}`);
    }
  });
  afterAll(() => app?.close());

  it('gives a director only the active caseworkers, id and display name only, sorted by name, with a Content-Range', async () => {
    const res = await app.request<Option[]>('GET', '/api/caseworkers', { token: director.accessToken });
    expect(res.status).toBe(200);
    const neutral = `Caseworker ${unnamed.user.id.slice(0, 8)}`;
    expect(res.body).toEqual([
      { id: cwB.user.id, displayName: 'Alla Caseworker' },
      { id: cwA.user.id, displayName: 'Boris Caseworker' },
      { id: unnamed.user.id, displayName: neutral },
    ]);
    for (const row of res.body) expect(Object.keys(row).sort()).toEqual(['displayName', 'id']);
    expect(res.text).not.toMatch(/@|email|role|disabled|version|password/i);
    expect(res.body.map((r) => r.id)).not.toContain(disabled.user.id);
    expect(res.body.map((r) => r.id)).not.toContain(volunteer.user.id);
    expect(res.body.map((r) => r.id)).not.toContain(director.user.id);
    expect(res.headers.get('content-range')).toBe('caseworkers 0-2/3');
  });

  it('pages, sorts descending and filters by id and by a display-name substring', async () => {
    const page = await app.request<Option[]>('GET', `/api/caseworkers?${encodeURI('range=[1,1]&sort=["displayName","DESC"]')}`, { token: admin });
    expect(page.status).toBe(200);
    expect(page.body).toEqual([{ id: cwA.user.id, displayName: 'Boris Caseworker' }]);
    expect(page.headers.get('content-range')).toBe('caseworkers 1-1/3');
    const byId = await app.request<Option[]>('GET', `/api/caseworkers?${filter({ id: [cwA.user.id, disabled.user.id, volunteer.user.id] })}`, { token: director.accessToken });
    expect(byId.body).toEqual([{ id: cwA.user.id, displayName: 'Boris Caseworker' }]);
    const byName = await app.request<Option[]>('GET', `/api/caseworkers?${filter({ q: 'alla' })}`, { token: director.accessToken });
    expect(byName.body).toEqual([{ id: cwB.user.id, displayName: 'Alla Caseworker' }]);
    const byEmail = await app.request<Option[]>('GET', `/api/caseworkers?${filter({ q: cwA.user.email })}`, { token: director.accessToken });
    expect(byEmail.body).toEqual([]);
    expect(byEmail.headers.get('content-range')).toBe('caseworkers */0');
  });

  it.each([
    ['an unknown filter', filter({ role: 'admin' }), 'filter.role'],
    ['an unknown sort field', encodeURI('sort=["email","ASC"]'), 'sort'],
  ])('answers %s with 400 naming it', async (_label, query, field) => {
    const res = await app.request<{ field: string }>('GET', `/api/caseworkers?${query}`, { token: director.accessToken });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe(field);
  });

  it('refuses caseworkers and volunteers', async () => {
    expect((await app.request('GET', '/api/caseworkers', { token: cwA.accessToken })).status).toBe(403);
    expect((await app.request('GET', '/api/caseworkers', { token: volunteer.accessToken })).status).toBe(403);
  });

  it('lets a director reassign a client to a listed caseworker: the new one sees it, the old one gets 404', async () => {
    const created = await app.request<ClientRecord>('POST', '/api/clients', { token: cwA.accessToken, body: { firstName: 'Reassigned', lastName: 'Person', householdSize: 1, region: 'NYC' } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const target = (await app.request<Option[]>('GET', `/api/caseworkers?${filter({ q: 'Alla' })}`, { token: director.accessToken })).body[0];
    expect(target.id).toBe(cwB.user.id);
    const seen = (await app.request<ClientRecord & { version: number }>('GET', `/api/clients/${id}`, { token: director.accessToken })).body;
    const res = await app.request<ClientRecord>('PUT', `/api/clients/${id}`, { token: director.accessToken, body: { ...seen, caseworkerId: target.id } });
    expect(res.status).toBe(200);
    expect(res.body.caseworkerId).toBe(cwB.user.id);
    expect((await app.request<ClientRecord>('GET', `/api/clients/${id}`, { token: cwB.accessToken })).status).toBe(200);
    expect((await app.request('GET', `/api/clients/${id}`, { token: cwA.accessToken })).status).toBe(404);
  });
});
