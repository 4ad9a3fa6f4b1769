import { ConfigError, loadConfig, parseTrustProxy } from './config';

const base = { DATABASE_URL: 'postgresql://x@127.0.0.1/db', JWT_SECRET: 'j'.repeat(40), ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64') };

describe('sign-in configuration', () => {
  it.each([
    ['DATABASE_URL set, unset', base, ['admin', 'director', 'caseworker']],
    ['DATABASE_URL set, empty value', { ...base, MFA_REQUIRED_ROLES: '' }, []],
    ['DATABASE_URL set, a list', { ...base, MFA_REQUIRED_ROLES: 'admin, volunteer' }, ['admin', 'volunteer']],
    ['demo mode (embedded), unset', { JWT_SECRET: base.JWT_SECRET, ENCRYPTION_KEY: base.ENCRYPTION_KEY }, []],
  ])('MFA_REQUIRED_ROLES: %s', (_label, env, roles) => {
    expect(loadConfig(env, '/tmp').mfaRequiredRoles).toEqual(roles);
  });

  it('refuses an unknown role in MFA_REQUIRED_ROLES', () => {
    expect(() => loadConfig({ ...base, MFA_REQUIRED_ROLES: 'admin,root' }, '/tmp')).toThrow(ConfigError);
  });

  it('SESSION_MAX_AGE defaults to 43200 seconds and is validated', () => {
    expect(loadConfig(base, '/tmp').sessionMaxAgeSeconds).toBe(43200);
    expect(loadConfig({ ...base, SESSION_MAX_AGE: '3600' }, '/tmp').sessionMaxAgeSeconds).toBe(3600);
    expect(() => loadConfig({ ...base, SESSION_MAX_AGE: '10' }, '/tmp')).toThrow(ConfigError);
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, 192.168.1.5', ['10.0.0.0/8', '192.168.1.5']],
  ])('TRUST_PROXY=%s is %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it.each(['true', 'yes', 'proxy.example.org'])('refuses TRUST_PROXY=%s (never trust the left-most X-Forwarded-For)', (value) => {
    expect(() => parseTrustProxy(value)).toThrow(ConfigError);
  });

  it('takes the WebAuthn relying party from PUBLIC_URL, with a localhost default', () => {
    expect(loadConfig(base, '/tmp')).toMatchObject({ webauthnRpId: 'localhost', webauthnOrigins: ['http://localhost:3000'] });
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://cases.example.org' }, '/tmp')).toMatchObject({ webauthnRpId: 'cases.example.org', webauthnOrigins: ['https://cases.example.org'] });
  });
});
