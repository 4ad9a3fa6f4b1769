import type { LoginResponse, SessionRecord, TokenPair } from '@ct/contracts';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

/** Every way a session ends makes its access token answer 401 at once (not after the token's 15 minutes). */
describe('auth: server-side sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { SESSION_MAX_AGE: '7200' } });
  });
  afterAll(() => app?.close());

  const works = async (token: string) => (await app.request('GET', '/api/auth/sessions', { token })).status;
  const sql = (text: string, params: unknown[] = []) => withClient(app.databaseUrl, async (c) => (await c.query(text, params)).rows as Record<string, unknown>[]);

  it('logout ends the session: its access token answers 401 at once', async () => {
    const user = await app.createUser('volunteer');
    expect(await works(user.accessToken)).toBe(200);
    expect((await app.request('POST', '/api/auth/logout', { body: { refreshToken: user.refreshToken } })).status).toBe(204);
    expect(await works(user.accessToken)).toBe(401);
  });

  it('reuse of a refresh token after the grace period ends the session and its access tokens', async () => {
    const user = await app.createUser('volunteer');
    const rotated = await app.request<TokenPair>('POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } });
    expect(rotated.status).toBe(200);
    await sql(`UPDATE refresh_tokens SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL AND user_id = $1`, [user.user.id]);
    expect((await app.request('POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } })).status).toBe(401);
    expect(await works(rotated.body.accessToken)).toBe(401);
    expect((await app.request('POST', '/api/auth/refresh', { body: { refreshToken: rotated.body.refreshToken } })).status).toBe(401);
  });

  it('two tabs refreshing at the same moment both get the same new pair and stay signed in (5 of 5 trials)', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const user = await app.createUser('caseworker');
      const [a, b] = await Promise.all([
        app.request<TokenPair>('POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } }),
        app.request<TokenPair>('POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body.refreshToken).toBe(b.body.refreshToken);
      expect(await works(a.body.accessToken)).toBe(200);
      expect(await works(b.body.accessToken)).toBe(200);
      // And the pair goes on working.
      expect((await app.request('POST', '/api/auth/refresh', { body: { refreshToken: a.body.refreshToken } })).status).toBe(200);
    }
  });

  it('lists the caller\'s own sessions with device, address and last use, and marks the current one', async () => {
    const user = await app.createUser('volunteer');
    const second = await app.login(user.user.email, user.password);
    const res = await app.request<SessionRecord[]>('GET', '/api/auth/sessions', { token: user.accessToken, headers: { 'User-Agent': 'TestBrowser/1.0' } });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    for (const s of res.body) expect(Object.keys(s).sort()).toEqual(['address', 'createdAt', 'current', 'id', 'lastUsedAt', 'userAgent']);
    expect(res.body.filter((s) => s.current)).toHaveLength(1);
    expect(res.body[0].address).toBe('127.0.0.1');
    expect(second.accessToken).not.toBe(user.accessToken);
  });

  it('DELETE /api/auth/sessions/:id ends one of the caller\'s sessions at once; another person\'s answers 404', async () => {
    const user = await app.createUser('volunteer');
    const other = await app.login(user.user.email, user.password);
    const list = await app.request<SessionRecord[]>('GET', '/api/auth/sessions', { token: user.accessToken });
    const target = list.body.find((s) => !s.current) as SessionRecord;
    const stranger = await app.createUser('caseworker');
    expect((await app.request('DELETE', `/api/auth/sessions/${target.id}`, { token: stranger.accessToken })).status).toBe(404);
    expect(await works(other.accessToken)).toBe(200);
    expect((await app.request('DELETE', `/api/auth/sessions/${target.id}`, { token: user.accessToken })).status).toBe(204);
    expect(await works(other.accessToken)).toBe(401);
    expect((await app.request('POST', '/api/auth/refresh', { body: { refreshToken: other.refreshToken } })).status).toBe(401);
    expect(await works(user.accessToken)).toBe(200);
  });

  it('an admin ends all of a user\'s sessions at once; other roles are refused', async () => {
    const user = await app.createUser('caseworker');
    const other = await app.login(user.user.email, user.password);
    const director = await app.createUser('director');
    expect((await app.request('DELETE', `/api/users/${user.user.id}/sessions`, { token: director.accessToken })).status).toBe(403);
    expect((await app.request('DELETE', `/api/users/${user.user.id}/sessions`, { token: user.accessToken })).status).toBe(403);
    const res = await app.request<{ ended: number }>('DELETE', `/api/users/${user.user.id}/sessions`, { token: await app.adminToken() });
    expect(res.status).toBe(200);
    expect(res.body.ended).toBe(2);
    expect(await works(user.accessToken)).toBe(401);
    expect(await works(other.accessToken)).toBe(401);
    expect((await app.request('DELETE', '/api/users/00000000-0000-4000-8000-000000000000/sessions', { token: await app.adminToken() })).status).toBe(404);
  });

  it('a password change by its owner ends the other sessions at once and keeps the current one', async () => {
    const user = await app.createUser('volunteer');
    const other = await app.login(user.user.email, user.password);
    const res = await app.request('POST', '/api/auth/password', { token: user.accessToken, body: { currentPassword: user.password, newPassword: 'violet-harbor-kettle-92' } });
    expect(res.status).toBe(204);
    expect(await works(other.accessToken)).toBe(401);
    expect(await works(user.accessToken)).toBe(200);
  });

  it('a password set by an admin or an admin-started reset ends every session at once', async () => {
    for (const how of ['put', 'reset'] as const) {
      const user = await app.createUser('volunteer');
      const token = await app.adminToken();
      if (how === 'put') {
        const record = await app.request<Record<string, unknown>>('GET', `/api/users/${user.user.id}`, { token });
        expect((await app.request('PUT', `/api/users/${user.user.id}`, { token, body: { ...record.body, password: 'granite-lantern-orbit-51' } })).status).toBe(200);
      } else {
        expect((await app.request('POST', `/api/users/${user.user.id}/password-reset`, { token })).status).toBe(200);
      }
      expect(await works(user.accessToken)).toBe(401);
    }
  });

  it('an admin\'s factor reset ends every session at once', async () => {
    const user = await app.createUser('caseworker');
    expect((await app.request('DELETE', `/api/users/${user.user.id}/factors`, { token: await app.adminToken() })).status).toBe(204);
    expect(await works(user.accessToken)).toBe(401);
  });

  it('a session lives SESSION_MAX_AGE however often it is refreshed: past its end, access and refresh fail', async () => {
    const user = await app.createUser('volunteer');
    const [row] = await sql('SELECT extract(epoch FROM expires_at - created_at)::int AS age FROM auth_sessions WHERE user_id = $1', [user.user.id]);
    expect(row['age']).toBe(7200);
    const refreshed = await app.request<TokenPair>('POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } });
    // The new refresh token cannot outlive the session.
    const [token] = await sql('SELECT (r.expires_at <= s.expires_at) AS bounded FROM refresh_tokens r JOIN auth_sessions s ON s.id = r.family_id WHERE r.user_id = $1 AND r.used_at IS NULL', [user.user.id]);
    expect(token['bounded']).toBe(true);
    await sql(`UPDATE auth_sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.user.id]);
    expect(await works(refreshed.body.accessToken)).toBe(401);
    expect((await app.request('POST', '/api/auth/refresh', { body: { refreshToken: refreshed.body.refreshToken } })).status).toBe(401);
  });

  it('a session unused for the idle timeout ends', async () => {
    const user = await app.createUser('volunteer');
    await sql(`UPDATE auth_sessions SET last_used_at = now() - interval '2 hours' WHERE user_id = $1`, [user.user.id]);
    expect(await works(user.accessToken)).toBe(401);
    expect((await app.request('POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } })).status).toBe(401);
  });

  it('an access token without a session, or for an ended one, is refused even though its signature is valid', async () => {
    const user: LoginResponse = await app.createUser('volunteer');
    await sql('DELETE FROM auth_sessions WHERE user_id = $1', [user.user.id]);
    expect(await works(user.accessToken)).toBe(401);
  });
});
