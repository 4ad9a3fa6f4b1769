import type { InviteResponse, LoginResponse, MfaStepResponse, UserRecord } from '@ct/contracts';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

const tokenOf = (url: string) => url.split('#/invitation/')[1];

describe('auth: password rules (NIST SP 800-63B) and invitations', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
  });
  afterAll(() => app?.close());

  it.each([
    ['a common password', 'Password1234'],
    ['a repeated character', 'aaaaaaaaaaaa'],
    ['a digit sequence', '123456789012'],
    ['twelve spaces', '            '],
    ['a keyboard walk', 'qwertyuiop12'],
    ['the email itself', 'weak.person@pw.example.org'],
    ['the email\'s name part', 'weak.person-2026!'],
    ['eleven characters', 'x7#kLq9!mZ2'],
  ])('refuses %s with 400 naming password, creating nothing', async (_label, password) => {
    const res = await app.request('POST', '/api/users', { token: admin, body: { email: 'weak.person@pw.example.org', password, role: 'volunteer' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: 'password' });
    const list = await app.request<UserRecord[]>('GET', `/api/users?filter=${encodeURIComponent('{"q":"weak.person"}')}`, { token: admin });
    expect(list.body).toHaveLength(0);
  });

  it('accepts a long passphrase of any characters (no composition rules)', async () => {
    const res = await app.request('POST', '/api/users', { token: admin, body: { email: 'phrase@pw.example.org', password: 'зелёный трамвай едет домой', role: 'volunteer' } });
    expect(res.status).toBe(201);
    expect((await app.request('POST', '/api/auth/login', { body: { email: 'phrase@pw.example.org', password: 'зелёный трамвай едет домой' } })).status).toBe(200);
  });

  it('changing one\'s own password needs the current one and follows the same rules', async () => {
    const user = await app.createUser('caseworker');
    const wrong = await app.request('POST', '/api/auth/password', { token: user.accessToken, body: { currentPassword: 'not-my-password', newPassword: 'copper-meadow-violin-38' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ field: 'currentPassword' });
    const weak = await app.request('POST', '/api/auth/password', { token: user.accessToken, body: { currentPassword: user.password, newPassword: 'Password1234' } });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ field: 'password' });
    const missing = await app.request('POST', '/api/auth/password', { token: user.accessToken, body: { newPassword: 'copper-meadow-violin-38' } });
    expect(missing.status).toBe(400);
    expect((await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password } })).status).toBe(200);
    const ok = await app.request('POST', '/api/auth/password', { token: user.accessToken, body: { currentPassword: user.password, newPassword: 'copper-meadow-violin-38' } });
    expect(ok.status).toBe(204);
    expect((await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password } })).status).toBe(401);
    expect((await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: 'copper-meadow-violin-38' } })).status).toBe(200);
  });

  it('a user created without a password gets a single-use invitation link valid 72 hours', async () => {
    const res = await app.request<UserRecord & InviteResponse>('POST', '/api/users', { token: admin, body: { email: 'invited@pw.example.org', role: 'caseworker', displayName: 'Invited' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'invited@pw.example.org', role: 'caseworker' });
    expect(res.body.inviteUrl).toMatch(/^http:\/\/localhost:\d+\/#\/invitation\/[A-Za-z0-9_-]{43}$/);
    const hours = (new Date(res.body.expiresAt).getTime() - Date.now()) / 3600000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    // The link is not part of the user record afterwards, and the token is stored only as a hash.
    const get = await app.request('GET', `/api/users/${res.body.id}`, { token: admin });
    expect(get.text).not.toContain('inviteUrl');
    expect(get.text).not.toContain(tokenOf(res.body.inviteUrl));
    const token = tokenOf(res.body.inviteUrl);
    const stored = await withClient(app.databaseUrl, async (c) => (await c.query('SELECT token_hash FROM user_invitations')).rows as { token_hash: string }[]);
    expect(stored.some((r) => r.token_hash.includes(token))).toBe(false);
    // No password works before the link is used.
    expect((await app.request('POST', '/api/auth/login', { body: { email: 'invited@pw.example.org', password: '!' } })).status).toBe(401);
    // A weak password is refused and the link stays usable.
    const weak = await app.request('POST', '/api/auth/invitation/accept', { body: { token, password: 'Password1234' } });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ field: 'password' });
    const accept = await app.request<LoginResponse>('POST', '/api/auth/invitation/accept', { body: { token, password: 'orchid-tunnel-basket-64' } });
    expect(accept.status).toBe(200);
    expect(accept.body.user.email).toBe('invited@pw.example.org');
    expect((await app.request('GET', '/api/auth/sessions', { token: accept.body.accessToken })).status).toBe(200);
    expect((await app.request('POST', '/api/auth/invitation/accept', { body: { token, password: 'another-orchid-basket-65' } })).status).toBe(401);
    expect((await app.request('POST', '/api/auth/login', { body: { email: 'invited@pw.example.org', password: 'orchid-tunnel-basket-64' } })).status).toBe(200);
  });

  it('an expired or unknown invitation link is refused', async () => {
    const res = await app.request<UserRecord & InviteResponse>('POST', '/api/users', { token: admin, body: { email: 'late@pw.example.org', role: 'volunteer' } });
    await withClient(app.databaseUrl, (c) => c.query(`UPDATE user_invitations SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [res.body.id]));
    expect((await app.request('POST', '/api/auth/invitation/accept', { body: { token: tokenOf(res.body.inviteUrl), password: 'orchid-tunnel-basket-64' } })).status).toBe(401);
    expect((await app.request('POST', '/api/auth/invitation/accept', { body: { token: 'A'.repeat(43), password: 'orchid-tunnel-basket-64' } })).status).toBe(401);
  });

  it('an admin-started reset disables the old password and hands out the same kind of link; only admins may', async () => {
    const user = await app.createUser('volunteer');
    expect((await app.request('POST', `/api/users/${user.user.id}/password-reset`, { token: user.accessToken })).status).toBe(403);
    const reset = await app.request<InviteResponse>('POST', `/api/users/${user.user.id}/password-reset`, { token: admin });
    expect(reset.status).toBe(200);
    expect((await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password } })).status).toBe(401);
    const accept = await app.request('POST', '/api/auth/invitation/accept', { body: { token: tokenOf(reset.body.inviteUrl), password: 'saffron-glacier-pencil-19' } });
    expect(accept.status).toBe(200);
  });

  it('audits invitations, their use, resets and role changes (the role, never a password)', async () => {
    const user = await app.createUser('volunteer');
    const record = await app.request<Record<string, unknown>>('GET', `/api/users/${user.user.id}`, { token: admin });
    await app.request('PUT', `/api/users/${user.user.id}`, { token: admin, body: { ...record.body, role: 'caseworker' } });
    const rows = await withClient(app.databaseUrl, async (c) => (await c.query(`SELECT action, details FROM audit_events WHERE resource = 'users'`)).rows as { action: string; details: unknown }[]);
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['invite', 'invite_accept', 'password_reset', 'password_change', 'update']) expect(actions.has(a)).toBe(true);
    expect(rows.some((r) => r.action === 'update' && JSON.stringify(r.details).includes('"role":"caseworker"'))).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/orchid|saffron|copper|@pw\.example/);
  });
});

describe('auth: invitations when the role needs a second factor', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { MFA_REQUIRED_ROLES: 'caseworker' } });
  });
  afterAll(() => app?.close());

  it('after setting the password the person enrolls a factor before anything else', async () => {
    const res = await app.request<InviteResponse>('POST', '/api/users', { token: await app.adminToken(), body: { email: 'cw@mfa-invite.example.org', role: 'caseworker' } });
    const accept = await app.request<MfaStepResponse>('POST', '/api/auth/invitation/accept', { body: { token: tokenOf(res.body.inviteUrl), password: 'harbor-cactus-minute-27' } });
    expect(accept.status).toBe(200);
    expect(accept.body).toEqual({ mfa: 'enroll', mfaToken: expect.any(String) });
  });
});
