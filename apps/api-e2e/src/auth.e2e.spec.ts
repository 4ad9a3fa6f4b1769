import type { LoginResponse, TokenPair } from '@ct/contracts';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

describe('auth: login, rotation, reuse detection, logout', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('logs in with email and password and returns both tokens and the user without any password', async () => {
    const res = await app.request<LoginResponse>('POST', '/api/auth/login', { body: { email: app.admin.email.toUpperCase(), password: app.admin.password } });
    expect(res.status).toBe(200);
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    expect(typeof res.body.refreshToken).toBe('string');
    expect(res.body.user).toEqual({ id: expect.any(String), email: app.admin.email, role: 'admin', displayName: 'Administrator' });
    expect(res.text).not.toMatch(/password/i);
  });

  it('answers a wrong password and an unknown email with byte-identical 401 bodies', async () => {
    const wrong = await app.request('POST', '/api/auth/login', { body: { email: app.admin.email, password: 'not-the-password' } });
    const unknown = await app.request('POST', '/api/auth/login', { body: { email: 'nobody@test.example.org', password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.text).toBe(unknown.text);
  });

  it('rotates the refresh token on each use and refuses the used one', async () => {
    const first = await app.login(app.admin.email, app.admin.password);
    const second = await app.request<TokenPair>('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    const me = await app.request('GET', '/api/users', { token: second.body.accessToken });
    expect(me.status).toBe(200);
    const third = await app.request<TokenPair>('POST', '/api/auth/refresh', { body: { refreshToken: second.body.refreshToken } });
    expect(third.status).toBe(200);
  });

  it('revokes the whole token family when a used refresh token is presented again', async () => {
    const first = await app.login(app.admin.email, app.admin.password);
    const rotated = await app.request<TokenPair>('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(rotated.status).toBe(200);
    // The holder moves on (so this is no two-tabs race), then the old token comes back: reuse.
    const newer = await app.request<TokenPair>('POST', '/api/auth/refresh', { body: { refreshToken: rotated.body.refreshToken } });
    expect(newer.status).toBe(200);
    const replay = await app.request('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(replay.status).toBe(401);
    // The legitimate holder's newer token is now dead too: the family is revoked, and its access token with it.
    const afterReplay = await app.request('POST', '/api/auth/refresh', { body: { refreshToken: newer.body.refreshToken } });
    expect(afterReplay.status).toBe(401);
    expect((await app.request('GET', '/api/users', { token: newer.body.accessToken })).status).toBe(401);
    // Other sessions of the same user are untouched.
    const other = await app.login(app.admin.email, app.admin.password);
    expect((await app.request('POST', '/api/auth/refresh', { body: { refreshToken: other.refreshToken } })).status).toBe(200);
  });

  it('logs out with 204, after which that refresh token is refused', async () => {
    const session = await app.login(app.admin.email, app.admin.password);
    const out = await app.request('POST', '/api/auth/logout', { body: { refreshToken: session.refreshToken } });
    expect(out.status).toBe(204);
    const after = await app.request('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(after.status).toBe(401);
  });

  it.each([
    ['a malformed token', 'not-a-token'],
    ['an unknown token', '00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ])('refuses %s on refresh with 401', async (_label, refreshToken) => {
    const res = await app.request('POST', '/api/auth/refresh', { body: { refreshToken } });
    expect(res.status).toBe(401);
  });

  it.each([
    ['no token', undefined],
    ['a garbage token', 'garbage'],
    ['a token signed with another secret', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIiwidHlwIjoiYWNjZXNzIn0.c2lnbmF0dXJl'],
  ])('answers a protected route called with %s with 401', async (_label, token) => {
    const res = await app.request('GET', '/api/users', { token });
    expect(res.status).toBe(401);
  });

  it.each([
    ['an empty body', {}],
    ['a missing password', { email: 'a@b.org' }],
    ['an unknown field', { email: 'a@b.org', password: 'x', remember: true }],
  ])('answers a login with %s with 400 naming the field', async (_label, body) => {
    const res = await app.request<{ field: string }>('POST', '/api/auth/login', { body });
    expect(res.status).toBe(400);
    expect(typeof res.body.field).toBe('string');
  });

  it('answers malformed JSON with 400', async () => {
    const res = await app.request('POST', '/api/auth/login', { rawBody: '{"email": ' });
    expect(res.status).toBe(400);
  });

  it('ends every session of a disabled user at once, access tokens included', async () => {
    const user = await app.createUser('caseworker');
    expect((await app.request('GET', '/api/health', { token: user.accessToken })).status).toBe(200);
    const record = await app.request<{ version: number }>('GET', `/api/users/${user.user.id}`, { token: await app.adminToken() });
    const disable = await app.request('PUT', `/api/users/${user.user.id}`, {
      token: await app.adminToken(),
      body: { ...record.body, disabled: true },
    });
    expect(disable.status).toBe(200);
    expect((await app.request('GET', '/api/audit-events', { token: user.accessToken })).status).toBe(401);
    expect((await app.request('POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } })).status).toBe(401);
    expect((await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password } })).status).toBe(401);
  });

  it('keeps refresh tokens in PostgreSQL as hashes only', async () => {
    const session = await app.login(app.admin.email, app.admin.password);
    const rows = await withClient(app.databaseUrl, async (c) => (await c.query('SELECT secret_hash FROM refresh_tokens')).rows as { secret_hash: string }[]);
    const secret = session.refreshToken.split('.')[1];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.secret_hash.includes(secret))).toBe(false);
  });
});

describe('auth: login throttling (state in PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '12' } });
  });
  afterAll(() => app?.close());

  it('allows at least 10 attempts a minute from one address, then answers 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const res = await app.request('POST', '/api/auth/login', { body: { email: `someone${i}@test.example.org`, password: 'wrong-password' } });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(12)).toEqual([429, 429]);
  });
});

describe('auth: failed logins per account', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('refuses an account after 10 failed attempts, even with the right password, and says so with 429', async () => {
    const user = await app.createUser('volunteer');
    for (let i = 0; i < 10; i++) {
      const res = await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: 'wrong-password' } });
      expect(res.status).toBe(401);
    }
    const locked = await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password } });
    expect(locked.status).toBe(429);
    // The same for an address that has no account: the lock reveals nothing about who exists.
    for (let i = 0; i < 10; i++) await app.request('POST', '/api/auth/login', { body: { email: 'ghost@test.example.org', password: 'wrong-password' } });
    expect((await app.request('POST', '/api/auth/login', { body: { email: 'ghost@test.example.org', password: 'x' } })).status).toBe(429);
  });
});
