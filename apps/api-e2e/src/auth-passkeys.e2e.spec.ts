import type { LoginResponse, MfaStepResponse } from '@ct/contracts';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * Passkey routes over HTTP: options, and every refusal. (A real authenticator signs in the browser test
 * with Chromium's virtual authenticator.)
 */
describe('auth: passkey routes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { MFA_REQUIRED_ROLES: 'caseworker' } });
  });
  afterAll(() => app?.close());

  const fakeResponse = { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: { clientDataJSON: 'e30', authenticatorData: 'AAAA', signature: 'AAAA' }, clientExtensionResults: {} };

  it('gives registration options bound to the relying party for an enrollment mfaToken or a signed-in user', async () => {
    const email = 'pk@passkeys.example.org';
    const password = 'walnut-comet-bridge-29';
    await app.request('POST', '/api/users', { token: await app.adminToken(), body: { email, password, role: 'caseworker' } });
    const step = await app.request<MfaStepResponse>('POST', '/api/auth/login', { body: { email, password } });
    expect(step.body.mfa).toBe('enroll');
    const options = await app.request<{ challengeId: string; options: { rp: { id: string }; challenge: string; user: { name: string }; attestation: string } }>('POST', '/api/auth/passkeys/register/options', { token: step.body.mfaToken });
    expect(options.status).toBe(200);
    expect(options.body.options.rp.id).toBe('localhost');
    expect(options.body.options.user.name).toBe(email);
    expect(options.body.options.attestation).toBe('none');
    // A response that does not verify: 400 naming the response; the challenge is spent.
    const bad = await app.request('POST', '/api/auth/passkeys/register', { token: step.body.mfaToken, body: { challengeId: options.body.challengeId, response: { ...fakeResponse, response: { clientDataJSON: 'e30', attestationObject: 'AAAA' } } } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'response' });
    const volunteer = await app.createUser('volunteer');
    expect((await app.request('POST', '/api/auth/passkeys/register/options', { token: volunteer.accessToken })).status).toBe(200);
  });

  it.each([
    ['no token', undefined],
    ['a garbage token', 'garbage'],
    ['an unknown mfaToken', `00000000-0000-4000-8000-000000000000.${'A'.repeat(43)}`],
  ])('refuses passkey registration with %s (401)', async (_label, token) => {
    expect((await app.request('POST', '/api/auth/passkeys/register/options', { token })).status).toBe(401);
  });

  it('refuses passkey sign-in steps that do not verify with the wrong-password body, never a 5xx', async () => {
    const wrongPassword = await app.request('POST', '/api/auth/login', { body: { email: 'nobody@passkeys.example.org', password: 'wrong-wrong-wrong' } });
    const options = await app.request<{ challengeId: string; options: { challenge: string; userVerification: string } }>('POST', '/api/auth/passkeys/login/options', { body: {} });
    expect(options.status).toBe(200);
    expect(options.body.options.userVerification).toBe('required');
    const res = await app.request('POST', '/api/auth/passkeys/login', { body: { challengeId: options.body.challengeId, response: fakeResponse } });
    expect(res.status).toBe(401);
    expect(res.text).toBe(wrongPassword.text);
    const second = await app.request('POST', '/api/auth/mfa/passkey/options', { body: { mfaToken: 'garbage' } });
    expect(second.status).toBe(401);
    const verify = await app.request('POST', '/api/auth/mfa/passkey/verify', { body: { mfaToken: 'garbage', challengeId: options.body.challengeId, response: fakeResponse } });
    expect(verify.status).toBe(401);
    const malformed = await app.request('POST', '/api/auth/passkeys/login', { body: { challengeId: 'not-a-uuid', response: 'x' } });
    expect(malformed.status).toBe(400);
  });

  it('lists the caller\'s factors, and refuses removing another person\'s passkey (404)', async () => {
    const user: LoginResponse = await app.createUser('volunteer');
    const factors = await app.request('GET', '/api/auth/factors', { token: user.accessToken });
    expect(factors.body).toEqual({ totp: false, recoveryCodesLeft: 0, passkeys: [], required: false });
    expect((await app.request('DELETE', '/api/auth/passkeys/00000000-0000-4000-8000-000000000000', { token: user.accessToken })).status).toBe(404);
    expect((await app.request('POST', '/api/auth/mfa/recovery-codes', { token: user.accessToken })).status).toBe(409);
  });
});
