import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * The back office's files cross the wire compressed and are fetched once: hashed assets are cached for a year
 * as immutable, index.html is revalidated on every visit so a new build is picked up at once.
 */
describe('static delivery of the back office', () => {
  let app: TestApp;
  let script: string;
  beforeAll(async () => {
    app = await startTestApp();
    const html = await (await fetch(`${app.baseUrl}/`)).text();
    const match = /src="(\/assets\/index-[^"]+\.js)"/.exec(html);
    if (!match) throw new Error('index.html names no entry script');
    script = match[1];
  });
  afterAll(() => app?.close());

  const get = (path: string, acceptEncoding: string) =>
    fetch(`${app.baseUrl}${path}`, { headers: { 'Accept-Encoding': acceptEncoding } });

  it('sends hashed assets brotli-compressed when the browser accepts it, identical to the file once decoded', async () => {
    const plain = Buffer.from(await (await get(script, 'identity')).arrayBuffer());
    // fetch() decodes bodies itself; ask through a raw request to see the bytes on the wire.
    const raw = await rawGet(`${app.baseUrl}${script}`, 'br, gzip');
    expect(raw.headers['content-encoding']).toBe('br');
    expect(raw.headers['vary']).toMatch(/accept-encoding/i);
    expect(raw.body.length).toBeLessThan(plain.length / 2);
    expect(brotliDecompressSync(raw.body).equals(plain)).toBe(true);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const plain = Buffer.from(await (await get(script, 'identity')).arrayBuffer());
    const gz = await rawGet(`${app.baseUrl}${script}`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    const none = await rawGet(`${app.baseUrl}${script}`, 'identity');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(plain)).toBe(true);
  });

  it('caches hashed assets for a year as immutable and revalidates index.html', async () => {
    const asset = await get(script, 'br');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const index = await get('/', 'br');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    // The API's own responses stay uncacheable.
    expect((await get('/api/health', 'br')).headers.get('cache-control')).toBe('no-store');
  });
});

/** A GET whose body is left encoded, as it crossed the wire. */
async function rawGet(url: string, acceptEncoding: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}
