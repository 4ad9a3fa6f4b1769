import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { API_MAIN, REPO_ROOT } from './support/test-env';

function run(env: Record<string, string>) {
  return spawnSync(process.execPath, [API_MAIN], { cwd: REPO_ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8', timeout: 30000 });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('configuration is validated at boot with a one-line reason', () => {
  it.each([
    ['a missing encryption key outside demo mode', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/postgres', JWT_SECRET: 'x'.repeat(40) }, /ENCRYPTION_KEY is required/],
    ['a missing JWT secret outside demo mode', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/postgres', ENCRYPTION_KEY: Buffer.alloc(32).toString('base64') }, /JWT_SECRET is required/],
    ['a short encryption key', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/postgres', JWT_SECRET: 'x'.repeat(40), ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') }, /32 bytes/],
    ['a bad port', { PORT: 'eighty' }, /PORT/],
    ['a minimum cell below 5', { STATS_MIN_CELL: '3' }, /STATS_MIN_CELL must be at least 5/],
    ['a database URL that is not PostgreSQL', { DATABASE_URL: 'mysql://localhost/x' }, /DATABASE_URL must be a postgres/],
    [
      'retiring key version 1 without pinning the blind-index key',
      { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/postgres', JWT_SECRET: 'x'.repeat(40), ENCRYPTION_KEY: Buffer.alloc(32, 2).toString('base64'), ENCRYPTION_KEY_VERSION: '2' },
      /INDEX_KEY is required/,
    ],
  ])('refuses %s', (_label, env, reason) => {
    const result = run({ ...env, DATA_DIR: join(tmpdir(), 'ct-never-created') });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: /);
    expect(lines[0]).toMatch(reason);
  });
});

describe('embedded mode (no DATABASE_URL): what `npm start` runs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ct-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function boot(): Promise<{ url: string; stop: () => Promise<void>; output: () => string }> {
    const port = await freePort();
    const child = spawn(process.execPath, [API_MAIN], { cwd: REPO_ROOT, env: { PATH: process.env['PATH'], PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 90000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited: ${out}`);
      if (Date.now() > deadline) throw new Error(`not healthy: ${out}`);
      const ok = await fetch(`${url}/api/health`).then((r) => r.status === 200, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    return {
      url,
      output: () => out,
      stop: async () => {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      },
    };
  }

  it('comes up on PGlite, seeds demo users, keeps data in the data directory across restarts', async () => {
    const first = await boot();
    try {
      expect(first.output()).toContain('admin@demo.example.org');
      const login = await fetch(`${first.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@demo.example.org', password: 'demo-admin-2026' }) });
      expect(login.status).toBe(200);
      const { accessToken, refreshToken } = (await login.json()) as { accessToken: string; refreshToken: string };
      const created = await fetch(`${first.url}/api/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ email: 'persisted@demo.example.org', password: 'lantern-orbit-pepper-58', role: 'volunteer' }),
      });
      expect(created.status).toBe(201);
      // Transactions that read on the way (refresh rotation, case updates) must not deadlock the
      // embedded database, which serves one connection at a time.
      const refreshed = await fetch(`${first.url}/api/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken }) });
      expect(refreshed.status).toBe(200);
      const cw = await fetch(`${first.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'caseworker@demo.example.org', password: 'demo-caseworker-2026' }) });
      const cwToken = ((await cw.json()) as { accessToken: string }).accessToken;
      const send = (method: string, path: string, body?: unknown) =>
        fetch(`${first.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${cwToken}` }, body: body === undefined ? undefined : JSON.stringify(body) });
      const client = (await (await send('POST', '/api/clients', { firstName: 'Embedded', lastName: 'Check', lastArrivalOn: '2026-01-10' })).json()) as { id: string };
      const kase = (await (await send('POST', '/api/cases', { clientId: client.id, kind: 'affirmative' })).json()) as { id: string; version: number };
      expect((await send('POST', '/api/milestones', { caseId: kase.id, type: 'I589_FILED', date: '2026-02-02' })).status).toBe(201);
      const updated = await send('PUT', `/api/cases/${kase.id}`, { ...kase, status: 'filed' });
      expect(updated.status).toBe(200);
      expect(((await updated.json()) as { eadMayFileOn: string }).eadMayFileOn).toBe('2026-07-02');
      const dashboard = await send('GET', '/api/dashboard/caseload');
      expect(dashboard.status).toBe(200);
      // Concurrent writes and reads, as the back office sends them, must not interleave inside each
      // other's transactions on the single embedded session.
      for (let round = 0; round < 3; round++) {
        const current = (await (await send('GET', `/api/clients/${client.id}`)).json()) as Record<string, unknown>;
        const statuses = await Promise.all([
          send('PUT', `/api/clients/${client.id}`, { ...current, profession: `round ${round}` }),
          send('POST', '/api/notes', { clientId: client.id, body: `note ${round}` }),
          send('POST', '/api/notes', { clientId: client.id, body: `other ${round}` }),
          send('GET', '/api/clients'),
          send('GET', '/api/cases'),
          send('GET', '/api/milestones'),
          send('GET', '/api/notes'),
        ]).then((all) => all.map((r) => r.status));
        expect(statuses).toEqual([200, 201, 201, 200, 200, 200, 200]);
      }
    } finally {
      await first.stop();
    }
    // Generated secrets are readable by the owner only.
    expect(statSync(join(dataDir, 'secrets.json')).mode & 0o077).toBe(0);
    const second = await boot();
    try {
      const login = await fetch(`${second.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'persisted@demo.example.org', password: 'lantern-orbit-pepper-58' }) });
      expect(login.status).toBe(200);
    } finally {
      await second.stop();
    }
  }, 180000);
});
