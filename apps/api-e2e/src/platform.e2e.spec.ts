import { type TestApp, startTestApp } from './support/test-app';

describe('platform: health, headers, docs, back office', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('answers /api/health with {"status":"ok"} without authentication', async () => {
    const res = await app.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('marks every API response no-store and never sends X-Powered-By', async () => {
    for (const path of ['/api/health', '/api/users', '/api/nowhere']) {
      const res = await app.request('GET', path);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('sends security headers (helmet) with a strict content security policy', async () => {
    const res = await app.request('GET', '/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('serves the OpenAPI document publicly and lists the auth and users routes', async () => {
    const ui = await app.request('GET', '/api/docs');
    expect(ui.status).toBe(200);
    const doc = await app.request<{ paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/users', '/api/users/{id}']));
  });

  it('serves the back office at /', async () => {
    const res = await app.request('GET', '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('<div id="root">');
  });

  it('answers an unknown API route with a JSON 404 and no stack trace', async () => {
    const res = await app.request<{ code: string }>('GET', '/api/nowhere', { token: await app.adminToken() });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
    expect(res.text).not.toMatch(/at \w+ \(|\.ts:\d+/);
  });
});
