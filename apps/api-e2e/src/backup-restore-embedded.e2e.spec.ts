import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN, REPO_ROOT } from './support/test-env';

const BACKUP_KEY = randomBytes(32).toString('base64');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('backup and restore of the embedded database (PGlite data directory)', () => {
  const root = mkdtempSync(join(tmpdir(), 'ct-embedded-backup-'));
  const source = join(root, 'source');
  const target = join(root, 'target');
  const file = join(root, 'embedded.ctbackup');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const run = (dataDir: string, args: string[]) =>
    spawnSync(process.execPath, [API_MAIN, ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'], DATA_DIR: dataDir, BACKUP_KEY, ERASURE_LEDGER: join(root, 'ledger.log'), SEED_DEMO: 'false' },
      encoding: 'utf8',
      timeout: 120000,
    });

  it('backs up a stopped embedded database and restores it into an empty data directory, where the API reads it', async () => {
    const seeded = run(source, ['seed', '--clients', '5']);
    expect(seeded.status).toBe(0);
    const backup = run(source, ['backup', '--out', file]);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(readFileSync(file).subarray(0, 8).toString()).toBe('CTBACKUP');

    // The keys come from their own safe place (here: the demo secrets file), never from the backup.
    mkdirSync(target);
    copyFileSync(join(source, 'secrets.json'), join(target, 'secrets.json'));
    const restore = run(target, ['restore', '--in', file]);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    const again = run(target, ['restore', '--in', file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^restore refused: the embedded database in .* is not empty/);

    const port = await freePort();
    const admin = { email: 'admin@restore.example.org', password: 'restore-admin-password-2026' };
    const child = spawn(process.execPath, [API_MAIN], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'], DATA_DIR: target, PORT: String(port), LOG_LEVEL: 'warn', SEED_DEMO: 'false', BOOTSTRAP_ADMIN_EMAIL: admin.email, BOOTSTRAP_ADMIN_PASSWORD: admin.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    const url = `http://127.0.0.1:${port}`;
    try {
      const deadline = Date.now() + 90000;
      while (!(await fetch(`${url}/api/health`).then((r) => r.status === 200, () => false))) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`API did not start: ${out}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
      expect(login.status).toBe(200);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const list = await fetch(`${url}/api/clients`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect(list.status).toBe(200);
      const clients = (await list.json()) as { firstName: string }[];
      expect(clients).toHaveLength(5);
      expect(clients.every((c) => typeof c.firstName === 'string' && c.firstName.length > 0)).toBe(true);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }, 240000);
});
