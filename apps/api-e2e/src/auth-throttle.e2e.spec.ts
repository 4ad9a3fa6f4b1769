import type { LoginResponse } from '@ct/contracts';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

function deviceCookie(headers: Headers): string {
  const raw = headers.get('set-cookie') ?? '';
  const match = /ct_device=([^;]+)/.exec(raw);
  if (!match) throw new Error(`no device cookie in ${raw}`);
  return `ct_device=${match[1]}`;
}

/**
 * Throttling an attacker cannot turn against the owner. The API sits behind one proxy here
 * (TRUST_PROXY=1): the proxy appends the real client address to X-Forwarded-For.
 */
describe('auth: throttling with device cookies behind a proxy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { TRUST_PROXY: '1', LOGIN_ATTEMPTS_PER_MINUTE: '10' } });
  });
  afterAll(() => app?.close());

  const from = (address: string, cookie?: string) => ({ 'X-Forwarded-For': address, ...(cookie ? { Cookie: cookie } : {}) });
  let n = 0;
  const attacker = () => `198.51.100.${++n}`;

  it('an attacker\'s failures from elsewhere never block the owner\'s browser', async () => {
    const user = await app.createUser('caseworker');
    const first = await app.request<LoginResponse>('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password }, headers: from('203.0.113.10') });
    expect(first.status).toBe(200);
    const cookie = deviceCookie(first.headers);
    expect(first.headers.get('set-cookie')).toMatch(/HttpOnly/);
    expect(first.headers.get('set-cookie')).toMatch(/SameSite=Strict/);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      statuses.push((await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: `guess-${i}-wrong` }, headers: from(attacker()) })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    // The attacker with the right password but without the owner's browser is held back too.
    expect((await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password }, headers: from(attacker()) })).status).toBe(429);
    // The owner's browser is not.
    const owner = await app.request<LoginResponse>('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password }, headers: from('203.0.113.10', cookie) });
    expect(owner.status).toBe(200);
  });

  it('a device cookie is bound to its account and cannot be forged', async () => {
    const owner = await app.createUser('volunteer');
    const victim = await app.createUser('volunteer');
    const signIn = await app.request('POST', '/api/auth/login', { body: { email: owner.user.email, password: owner.password }, headers: from('203.0.113.20') });
    const cookie = deviceCookie(signIn.headers);
    for (let i = 0; i < 10; i++) await app.request('POST', '/api/auth/login', { body: { email: victim.user.email, password: 'wrong-wrong-wrong' }, headers: from(attacker()) });
    expect((await app.request('POST', '/api/auth/login', { body: { email: victim.user.email, password: victim.password }, headers: from('203.0.113.20', cookie) })).status).toBe(429);
    const forged = `ct_device=${'A'.repeat(22)}.${'B'.repeat(43)}`;
    expect((await app.request('POST', '/api/auth/login', { body: { email: victim.user.email, password: victim.password }, headers: from('203.0.113.20', forged) })).status).toBe(429);
  });

  it('allows at most 100 consecutive failures from untrusted browsers, whatever the pace', async () => {
    const user = await app.createUser('volunteer');
    const first = await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password }, headers: from('203.0.113.30') });
    const cookie = deviceCookie(first.headers);
    let refused = 0;
    for (let round = 0; round < 11; round++) {
      // Let the quarter-hour window pass (the consecutive count is not windowed).
      await withClient(app.databaseUrl, (c) => c.query(`UPDATE auth_throttle SET window_start = now() - interval '1 hour' WHERE key LIKE 'fail:%'`));
      for (let i = 0; i < 10; i++) {
        const res = await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: 'wrong-wrong-wrong' }, headers: from(attacker()) });
        if (res.status === 429) refused++;
      }
    }
    expect(refused).toBe(10);
    await withClient(app.databaseUrl, (c) => c.query(`UPDATE auth_throttle SET window_start = now() - interval '1 hour' WHERE key LIKE 'fail:%'`));
    expect((await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password }, headers: from(attacker()) })).status).toBe(429);
    expect((await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password }, headers: from('203.0.113.30', cookie) })).status).toBe(200);
    // A successful sign-in starts the count over.
    expect((await app.request('POST', '/api/auth/login', { body: { email: user.user.email, password: user.password }, headers: from(attacker()) })).status).toBe(200);
  });

  it('counts the address the proxy saw, not a left-most X-Forwarded-For the client wrote', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const spoofed = `10.${i}.0.1, 192.0.2.77`;
      statuses.push((await app.request('POST', '/api/auth/login', { body: { email: `nobody${i}@throttle.example.org`, password: 'wrong-wrong-wrong' }, headers: { 'X-Forwarded-For': spoofed } })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
    // Everyone else behind the same proxy is not affected.
    expect((await app.request('POST', '/api/auth/login', { body: { email: 'someone@throttle.example.org', password: 'wrong-wrong-wrong' }, headers: from('192.0.2.78') })).status).toBe(401);
  });

  it('records failed sign-ins with a reason and the source address, never the password', async () => {
    const rows = await withClient(app.databaseUrl, async (c) => (await c.query(`SELECT details, address, user_agent FROM audit_events WHERE action = 'login_failed'`)).rows as { details: { reason: string }; address: string }[]);
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => r.details.reason))).toEqual(new Set(['wrong_password', 'unknown_account']));
    expect(rows.some((r) => r.address.startsWith('198.51.100.'))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('wrong-wrong');
  });
});
