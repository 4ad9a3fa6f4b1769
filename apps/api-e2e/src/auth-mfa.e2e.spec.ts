import { generateSync } from 'otplib';
import type { LoginResponse, MfaStepResponse, TotpSetupResponse } from '@ct/contracts';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

const code = (secret: string, offsetSteps = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });

describe('auth: second factor (TOTP, recovery codes) for the roles in MFA_REQUIRED_ROLES', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { MFA_REQUIRED_ROLES: 'admin,caseworker' } });
  });
  afterAll(() => app?.close());

  const sql = (text: string, params: unknown[] = []) => withClient(app.databaseUrl, async (c) => (await c.query(text, params)).rows as Record<string, unknown>[]);
  const login = (email: string, password: string) => app.request<MfaStepResponse & LoginResponse>('POST', '/api/auth/login', { body: { email, password } });

  /** Creates a user with a password through the admin (who is exempt here only through a direct DB insert). */
  let adminToken: string;
  beforeAll(async () => {
    // The bootstrap admin must enroll too: do it once for the suite.
    const step = await login(app.admin.email, app.admin.password);
    expect(step.body.mfa).toBe('enroll');
    const setup = await app.request<TotpSetupResponse>('POST', '/api/auth/mfa/totp/setup', { token: step.body.mfaToken });
    const confirm = await app.request<LoginResponse>('POST', '/api/auth/mfa/totp/confirm', { token: step.body.mfaToken, body: { code: code(setup.body.secret) } });
    expect(confirm.status).toBe(200);
    adminToken = confirm.body.accessToken;
  });

  async function newUser(role: 'caseworker' | 'volunteer') {
    const email = `${role}-${Math.random().toString(16).slice(2, 8)}@mfa.example.org`;
    const password = 'pelican-quarry-sunset-77';
    const res = await app.request<{ id: string }>('POST', '/api/users', { token: adminToken, body: { email, password, role } });
    expect(res.status).toBe(201);
    return { id: res.body.id, email, password };
  }

  async function enrolled() {
    const user = await newUser('caseworker');
    const step = await login(user.email, user.password);
    const setup = await app.request<TotpSetupResponse>('POST', '/api/auth/mfa/totp/setup', { token: step.body.mfaToken });
    const confirm = await app.request<LoginResponse & { recoveryCodes: string[] }>('POST', '/api/auth/mfa/totp/confirm', { token: step.body.mfaToken, body: { code: code(setup.body.secret) } });
    expect(confirm.status).toBe(200);
    return { ...user, secret: setup.body.secret, recoveryCodes: confirm.body.recoveryCodes, session: confirm.body };
  }

  it('a required role without a factor must enroll first: the mfaToken opens nothing else', async () => {
    const user = await newUser('caseworker');
    const step = await login(user.email, user.password);
    expect(step.status).toBe(200);
    expect(step.body).toEqual({ mfa: 'enroll', mfaToken: expect.any(String) });
    expect(step.body).not.toHaveProperty('accessToken');
    const token = step.body.mfaToken;
    expect((await app.request('GET', '/api/clients', { token })).status).toBe(401);
    expect((await app.request('GET', '/api/auth/sessions', { token })).status).toBe(401);
    expect((await app.request('POST', '/api/auth/refresh', { body: { refreshToken: token } })).status).toBe(401);
    // An enrollment token does not pass the verify step.
    expect((await app.request('POST', '/api/auth/mfa/verify', { body: { mfaToken: token, code: '123456' } })).status).toBe(401);
  });

  it('enrolls with a QR code, confirms with a code, and gets ten recovery codes and a session', async () => {
    const user = await newUser('caseworker');
    const step = await login(user.email, user.password);
    const setup = await app.request<TotpSetupResponse>('POST', '/api/auth/mfa/totp/setup', { token: step.body.mfaToken });
    expect(setup.status).toBe(200);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/.+\?.*secret=/);
    // No algorithm/digits/period parameters: the Key URI defaults are SHA-1, 6 digits, 30 s.
    expect(setup.body.otpauthUrl).not.toMatch(/algorithm=(?!SHA1)|digits=(?!6)|period=(?!30)/);
    expect(setup.body.qrCode).toMatch(/^data:image\/png;base64,/);
    const wrong = await app.request('POST', '/api/auth/mfa/totp/confirm', { token: step.body.mfaToken, body: { code: '000000' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ field: 'code' });
    const confirm = await app.request<LoginResponse & { recoveryCodes: string[] }>('POST', '/api/auth/mfa/totp/confirm', { token: step.body.mfaToken, body: { code: code(setup.body.secret) } });
    expect(confirm.status).toBe(200);
    expect(confirm.body.recoveryCodes).toHaveLength(10);
    expect(new Set(confirm.body.recoveryCodes).size).toBe(10);
    expect(confirm.body.user.email).toBe(user.email);
    expect((await app.request('GET', '/api/auth/sessions', { token: confirm.body.accessToken })).status).toBe(200);
    // Secrets and recovery codes are not stored in the clear.
    const rows = await sql('SELECT secret_enc FROM mfa_totp WHERE user_id = $1', [user.id]);
    expect(String(rows[0]['secret_enc'])).not.toContain(setup.body.secret);
    const codes = await sql('SELECT code_hash FROM mfa_recovery_codes WHERE user_id = $1', [user.id]);
    expect(codes).toHaveLength(10);
    for (const c of confirm.body.recoveryCodes) expect(codes.some((r) => String(r['code_hash']).includes(c.replace('-', '')))).toBe(false);
    // The enrollment token is used up.
    expect((await app.request('POST', '/api/auth/mfa/totp/setup', { token: step.body.mfaToken })).status).toBe(401);
  });

  it('with a factor, login asks for it; a code works once, one step of drift is accepted, two are not', async () => {
    const user = await enrolled();
    const step = await login(user.email, user.password);
    expect(step.body.mfa).toBe('required');
    expect(step.body.methods).toEqual(['totp', 'recovery']);
    // The code accepted at enrollment cannot be used again.
    const replay = await app.request('POST', '/api/auth/mfa/verify', { body: { mfaToken: step.body.mfaToken, code: code(user.secret) } });
    expect(replay.status).toBe(401);
    const tooOld = await app.request('POST', '/api/auth/mfa/verify', { body: { mfaToken: step.body.mfaToken, code: code(user.secret, 2) } });
    expect(tooOld.status).toBe(401);
    const next = await app.request<LoginResponse>('POST', '/api/auth/mfa/verify', { body: { mfaToken: step.body.mfaToken, code: code(user.secret, 1) } });
    expect(next.status).toBe(200);
    expect(next.body.accessToken).toBeDefined();
    const again = await login(user.email, user.password);
    expect((await app.request('POST', '/api/auth/mfa/verify', { body: { mfaToken: again.body.mfaToken, code: code(user.secret, 1) } })).status).toBe(401);
  });

  it('a wrong code answers the wrong-password body, and five wrong codes end the mfaToken', async () => {
    const user = await enrolled();
    const wrongPassword = await app.request('POST', '/api/auth/login', { body: { email: user.email, password: 'not-the-password-at-all' } });
    const step = await login(user.email, user.password);
    const bad = code(user.secret, -5);
    const first = await app.request('POST', '/api/auth/mfa/verify', { body: { mfaToken: step.body.mfaToken, code: bad } });
    expect(first.status).toBe(401);
    expect(first.text).toBe(wrongPassword.text);
    for (let i = 0; i < 4; i++) await app.request('POST', '/api/auth/mfa/verify', { body: { mfaToken: step.body.mfaToken, code: bad } });
    const right = await app.request('POST', '/api/auth/mfa/verify', { body: { mfaToken: step.body.mfaToken, code: code(user.secret, 1) } });
    expect(right.status).toBe(401);
  });

  it('an mfaToken lives five minutes', async () => {
    const user = await enrolled();
    const step = await login(user.email, user.password);
    const [row] = await sql(`SELECT round(extract(epoch FROM expires_at - created_at))::int AS life FROM mfa_challenges WHERE user_id = $1 AND consumed_at IS NULL`, [user.id]);
    expect(row['life']).toBe(300);
    await sql(`UPDATE mfa_challenges SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await app.request('POST', '/api/auth/mfa/verify', { body: { mfaToken: step.body.mfaToken, code: code(user.secret, 1) } })).status).toBe(401);
  });

  it('a recovery code signs in once', async () => {
    const user = await enrolled();
    const recovery = user.recoveryCodes[0];
    const step = await login(user.email, user.password);
    expect((await app.request('POST', '/api/auth/mfa/verify', { body: { mfaToken: step.body.mfaToken, code: recovery } })).status).toBe(200);
    const again = await login(user.email, user.password);
    expect((await app.request('POST', '/api/auth/mfa/verify', { body: { mfaToken: again.body.mfaToken, code: recovery } })).status).toBe(401);
    const factors = await app.request<{ recoveryCodesLeft: number; totp: boolean; required: boolean }>('GET', '/api/auth/factors', { token: user.session.accessToken });
    expect(factors.body).toMatchObject({ totp: true, recoveryCodesLeft: 9, required: true });
  });

  it('roles outside MFA_REQUIRED_ROLES sign in with a password, and can enroll while signed in (then it is asked)', async () => {
    const user = await newUser('volunteer');
    const first = await login(user.email, user.password);
    expect(first.body.accessToken).toBeDefined();
    const setup = await app.request<TotpSetupResponse>('POST', '/api/auth/mfa/totp/setup', { token: first.body.accessToken });
    const confirm = await app.request<{ recoveryCodes: string[] }>('POST', '/api/auth/mfa/totp/confirm', { token: first.body.accessToken, body: { code: code(setup.body.secret) } });
    expect(confirm.status).toBe(200);
    expect(Object.keys(confirm.body)).toEqual(['recoveryCodes']);
    expect((await login(user.email, user.password)).body.mfa).toBe('required');
  });

  it('an admin resets a user\'s factors: sessions end and the next sign-in enrolls again; others are refused', async () => {
    const user = await enrolled();
    expect((await app.request('DELETE', `/api/users/${user.id}/factors`, { token: user.session.accessToken })).status).toBe(403);
    expect((await app.request('DELETE', `/api/users/${user.id}/factors`, { token: adminToken })).status).toBe(204);
    expect((await app.request('GET', '/api/auth/sessions', { token: user.session.accessToken })).status).toBe(401);
    expect((await login(user.email, user.password)).body.mfa).toBe('enroll');
  });

  it('records second-factor events and failures in the audit trail, never a code', async () => {
    const rows = await sql(`SELECT action, details, address, user_agent FROM audit_events WHERE action IN ('mfa_enroll', 'mfa_failed', 'mfa_reset', 'login', 'login_failed')`);
    const actions = new Set(rows.map((r) => r['action']));
    for (const a of ['mfa_enroll', 'mfa_failed', 'mfa_reset', 'login', 'login_failed']) expect(actions.has(a)).toBe(true);
    expect(rows.every((r) => r['address'] === '127.0.0.1' && r['user_agent'] === 'node')).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/pelican|\b\d{6}\b/);
  });
});
