import type { UserRecord } from '@ct/contracts';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

type User = UserRecord & { version: number };

describe('users resource (admin)', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.adminToken();
    for (const [i, role] of (['director', 'caseworker', 'caseworker', 'volunteer', 'volunteer', 'volunteer'] as const).entries()) {
      await app.request('POST', '/api/users', { token, body: { email: `staff${i}@list.example.org`, password: 'a-long-password-1', role, displayName: `Staff ${i}` } });
    }
  });
  afterAll(() => app?.close());

  it('lists with paging and a Content-Range total exposed to the browser', async () => {
    const res = await app.request<User[]>('GET', '/api/users?range=[0,2]&sort=["email","ASC"]', { token });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(3);
    expect(res.headers.get('content-range')).toBe('users 0-2/7');
    expect(res.headers.get('access-control-expose-headers')).toContain('Content-Range');
    const emails = res.body.map((u) => u.email);
    expect(emails).toEqual([...emails].sort());
  });

  it('searches by email or name and filters by role', async () => {
    const byName = await app.request<User[]>('GET', `/api/users?filter=${encodeURIComponent('{"q":"staff 3"}')}`, { token });
    expect(byName.body.map((u) => u.email)).toEqual(['staff3@list.example.org']);
    const byRole = await app.request<User[]>('GET', `/api/users?filter=${encodeURIComponent('{"role":"volunteer"}')}`, { token });
    expect(byRole.body).toHaveLength(3);
    expect(byRole.headers.get('content-range')).toBe('users 0-2/3');
    const none = await app.request<User[]>('GET', `/api/users?filter=${encodeURIComponent('{"q":"%"}')}`, { token });
    expect(none.body).toEqual([]);
    expect(none.headers.get('content-range')).toBe('users */0');
  });

  it.each([
    ['an unknown sort field', 'sort=["passwordHash","ASC"]', 'sort'],
    ['a bad sort order', 'sort=["email","UP"]', 'sort'],
    ['a malformed filter', 'filter={oops', 'filter'],
    ['a negative range', 'range=[-1,5]', 'range'],
    ['an unknown query parameter', 'debug=1', 'debug'],
  ])('answers a list with %s with 400 naming it', async (_label, query, field) => {
    const res = await app.request<{ field: string; message: string }>('GET', `/api/users?${encodeURI(query)}`, { token });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe(field);
  });

  it('creates a user, answers with the record as GET returns it, and never returns a password', async () => {
    const res = await app.request<User>('POST', '/api/users', {
      token,
      body: { email: ' New.Person@Example.org ', password: 'correct-horse-battery', role: 'caseworker', displayName: 'New Person' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'new.person@example.org', role: 'caseworker', displayName: 'New Person', disabled: false, version: 1 });
    expect(res.text).not.toMatch(/password|argon/i);
    const get = await app.request<User>('GET', `/api/users/${res.body.id}`, { token });
    expect(get.body).toEqual(res.body);
    const list = await app.request('GET', '/api/users?range=[0,99]', { token });
    expect(list.text).not.toMatch(/password|argon/i);
  });

  it.each([
    ['a bad email', { email: 'not-an-email', password: 'long-enough-pass', role: 'volunteer' }, 'email'],
    ['a short password', { email: 'x1@example.org', password: 'short', role: 'volunteer' }, 'password'],
    ['an unknown role', { email: 'x2@example.org', password: 'long-enough-pass', role: 'superuser' }, 'role'],
    ['an unknown field', { email: 'x3@example.org', password: 'long-enough-pass', role: 'volunteer', isAdmin: true }, 'isAdmin'],
  ])('refuses a user with %s with 400 naming the field and creates nothing', async (_label, body, field) => {
    const before = await app.request('GET', '/api/users', { token });
    const res = await app.request<{ field: string }>('POST', '/api/users', { token, body });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe(field);
    const after = await app.request('GET', '/api/users', { token });
    expect(after.headers.get('content-range')).toBe(before.headers.get('content-range'));
  });

  it('refuses a second account with the same email with 409', async () => {
    const res = await app.request('POST', '/api/users', { token, body: { email: 'STAFF1@list.example.org', password: 'long-enough-pass', role: 'volunteer' } });
    expect(res.status).toBe(409);
  });

  it('changes a role with the version it read, and refuses a stale version with 409 changing nothing', async () => {
    const created = await app.createUser('volunteer');
    const read = await app.request<User>('GET', `/api/users/${created.user.id}`, { token });
    const updated = await app.request<User>('PUT', `/api/users/${created.user.id}`, { token, body: { ...read.body, role: 'caseworker' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ role: 'caseworker', version: read.body.version + 1 });
    const stale = await app.request('PUT', `/api/users/${created.user.id}`, { token, body: { ...read.body, role: 'director' } });
    expect(stale.status).toBe(409);
    const after = await app.request<User>('GET', `/api/users/${created.user.id}`, { token });
    expect(after.body.role).toBe('caseworker');
    // The changed role applies at once to the user's existing access token.
    expect((await app.request('GET', '/api/users', { token: created.accessToken })).status).toBe(403);
  });

  it('refuses an admin disabling their own account', async () => {
    const me = (await app.login(app.admin.email, app.admin.password)).user;
    const read = await app.request<User>('GET', `/api/users/${me.id}`, { token });
    const res = await app.request<{ field: string }>('PUT', `/api/users/${me.id}`, { token, body: { ...read.body, disabled: true } });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('disabled');
  });

  it.each([
    ['a malformed id', '/api/users/not-a-uuid'],
    ['a missing id', '/api/users/00000000-0000-4000-8000-000000000000'],
  ])('answers %s with 404', async (_label, path) => {
    expect((await app.request('GET', path, { token })).status).toBe(404);
    expect((await app.request('PUT', path, { token, body: { displayName: 'x' } })).status).toBe(404);
  });

  it('stores passwords only as argon2id hashes', async () => {
    const rows = await withClient(app.databaseUrl, async (c) => (await c.query('SELECT password_hash FROM users')).rows as { password_hash: string }[]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,(p=\d+,t=\d+|t=\d+,p=\d+)\$/);
    const m = /m=(\d+)/.exec(rows[0].password_hash)?.[1];
    const t = /t=(\d+)/.exec(rows[0].password_hash)?.[1];
    // OWASP: at least 19 MiB memory with 2 iterations.
    expect(Number(m)).toBeGreaterThanOrEqual(19456);
    expect(Number(t)).toBeGreaterThanOrEqual(2);
  });

  it('records user administration in the audit trail without personal values', async () => {
    const res = await app.request<{ action: string; resource: string; details: unknown }[]>('GET', `/api/audit-events?filter=${encodeURIComponent('{"resource":"users","action":"create"}')}&range=[0,99]`, { token });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(5);
    expect(res.text).not.toContain('@list.example.org');
    expect(res.text).not.toContain('Staff');
  });
});
