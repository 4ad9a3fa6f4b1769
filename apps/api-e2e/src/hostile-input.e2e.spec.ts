import { request as httpRequest } from 'node:http';
import { type TestApp, startTestApp } from './support/test-app';

/** Raw HTTP, for requests fetch will not send (huge headers, invalid UTF-8 bytes). */
function raw(baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'strict-transport-security', 'referrer-policy', 'cross-origin-opener-policy'];

describe('hostile input: never a 5xx, always the error shape', () => {
  let app: TestApp;
  let admin: string;
  let caseworker: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
    caseworker = (await app.createUser('caseworker')).accessToken;
  });
  afterAll(() => app?.close());

  function expectErrorShape(res: { status: number; headers: Headers | Record<string, unknown>; text: string }, status: number, secret?: string) {
    expect(res.status).toBe(status);
    const get = (name: string) => (res.headers instanceof Headers ? res.headers.get(name) : (res.headers[name] as string | undefined));
    const body = JSON.parse(res.text) as { statusCode: number; code: string; message: string };
    expect(body).toEqual(expect.objectContaining({ statusCode: status, code: expect.any(String), message: expect.any(String) }));
    expect(get('cache-control')).toBe('no-store');
    for (const name of SECURITY_HEADERS) expect(get(name)).toBeTruthy();
    expect(get('x-powered-by') ?? null).toBeNull();
    if (secret) expect(res.text).not.toContain(secret);
    return body;
  }

  it('refuses a body nested 2,000 levels deep with 400 on public and signed-in routes', async () => {
    const deep = '['.repeat(2000) + ']'.repeat(2000);
    const deepObject = '{"a":'.repeat(2000) + '1' + '}'.repeat(2000);
    for (const [path, token] of [['/api/auth/login', undefined], ['/api/clients', caseworker], ['/api/users', admin]] as const) {
      for (const body of [deep, deepObject, `{"email":${deep}}`]) {
        const res = await app.request('POST', path, { rawBody: body, token });
        const parsed = expectErrorShape(res, 400);
        expect(parsed).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body' });
      }
    }
    // 17 levels is over the limit, a string full of brackets is not nesting.
    expect((await app.request('POST', '/api/auth/login', { rawBody: '{"email":"' + '['.repeat(5000) + '","password":"x"}' })).status).toBe(400);
    expect((await app.request<{ message: string }>('POST', '/api/auth/login', { rawBody: '{"email":"' + '['.repeat(5000) + '","password":"x"}' })).body.message).not.toMatch(/nested/);
  });

  it('refuses a lone surrogate with 400 naming the field, and stores no U+FFFD', async () => {
    const login = await app.request('POST', '/api/auth/login', { rawBody: '{"email":"\\ud800@example.org","password":"whatever-long-enough"}' });
    expect(expectErrorShape(login, 400)).toMatchObject({ code: 'VALIDATION_FAILED', field: 'email' });

    const client = await app.request('POST', '/api/clients', { token: caseworker, rawBody: '{"firstName":"Ann\\udc00a","lastName":"Smith"}' });
    expect(expectErrorShape(client, 400)).toMatchObject({ field: 'firstName' });
    const nested = await app.request('POST', '/api/housing-offers', { token: caseworker, rawBody: '{"region":"NY","languages":["ru","\\ud83d"]}' });
    expect(expectErrorShape(nested, 400)).toMatchObject({ field: 'languages.1' });
    // A well-formed pair (an emoji) is fine.
    const ok = await app.request<{ id: string; firstName: string }>('POST', '/api/clients', { token: caseworker, body: { firstName: 'Ann😀', lastName: 'Smith' } });
    expect(ok.status).toBe(201);
    expect(ok.body.firstName).toBe('Ann😀');

    const list = await app.request('GET', `/api/clients?filter=${encodeURIComponent('{"q":"\\ud800"}')}`, { token: caseworker });
    expect(expectErrorShape(list, 400)).toMatchObject({ field: 'filter.q' });

    const bytes = await raw(app.baseUrl, 'POST', '/api/clients', { 'content-type': 'application/json', authorization: `Bearer ${caseworker}` }, Buffer.concat([Buffer.from('{"firstName":"A'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('","lastName":"B"}')]));
    expect(expectErrorShape(bytes, 400)).toMatchObject({ field: 'body' });
    const stored = await app.request<unknown[]>('GET', '/api/clients', { token: caseworker });
    expect(JSON.stringify(stored.body)).not.toContain('\ufffd');
  });

  it('serves a body-less DELETE that names text/plain, as react-admin sends it (no 415 without a body)', async () => {
    const client = await app.request<{ id: string }>('POST', '/api/clients', { token: caseworker, body: { firstName: 'Body', lastName: 'Less' } });
    const need = await app.request<{ id: string }>('POST', '/api/support-needs', { token: caseworker, body: { clientId: client.body.id, category: 'food', openedOn: '2026-01-05' } });
    expect(need.status).toBe(201);
    const res = await app.request('DELETE', `/api/support-needs/${need.body.id}`, { token: caseworker, headers: { 'Content-Type': 'text/plain', 'Content-Length': '0' } });
    expect(res.status).toBe(200);
    expect((await app.request('GET', `/api/support-needs/${need.body.id}`, { token: caseworker })).status).toBe(404);
  });

  it('answers the framework errors (413, 414, 415, 431, malformed JSON, unknown routes) in the error shape with the headers', async () => {
    const secret = 'SECRETPATHPART';
    expectErrorShape(await app.request('POST', '/api/auth/login', { rawBody: JSON.stringify({ email: 'a'.repeat(1_100_000), password: 'x' }) }), 413);
    // Over the router's parameter limit: 414, or 404 where a wildcard route (static files) takes the path.
    const longParam = await app.request('GET', `/api/clients/${secret}${'x'.repeat(300)}`, { token: caseworker });
    expectErrorShape(longParam, longParam.status === 404 ? 404 : 414, secret);
    expectErrorShape(await app.request('POST', '/api/auth/login', { rawBody: 'email=a&password=b', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 415);
    expectErrorShape(await app.request('POST', '/api/auth/login', { rawBody: 'hello', headers: { 'Content-Type': 'text/plain' } }), 415);
    expectErrorShape(await raw(app.baseUrl, 'GET', '/api/health', { 'x-big': secret + 'y'.repeat(20_000) }), 431, secret);
    expectErrorShape(await raw(app.baseUrl, 'GET', `/api/clients?filter=${secret}${'z'.repeat(20_000)}`, {}), 431, secret);
    expect(expectErrorShape(await app.request('POST', '/api/auth/login', { rawBody: '{"email": ' }), 400)).toMatchObject({ field: 'body' });
    expectErrorShape(await app.request('GET', `/api/${secret}`, { token: admin }), 404, secret);
    expectErrorShape(await app.request('GET', `/api/${secret}`), 404, secret);
    expectErrorShape(await app.request('GET', `/${secret}.js`), 404, secret);
    expectErrorShape(await raw(app.baseUrl, 'GET', `/api/clients/%E0%A4%A`, { authorization: `Bearer ${caseworker}` }), 400);
  });

  it('is still healthy and wrote no error lines', async () => {
    expect((await app.request('GET', '/api/health')).status).toBe(200);
    expect(app.output()).not.toMatch(/unhandled|RangeError|Maximum call stack/);
  });
});
