/**
 * What the back office costs on the wire: `npm run bench:static`.
 *
 * Starts the built app (dist/) on a scratch database on the local PostgreSQL with the demo users
 * (BENCH_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres), opens the sign-in screen in
 * Debian's Chromium with a fresh profile, then signs in as the demo caseworker and waits for the dashboard.
 * Bytes are what Chromium counted as received on the network (headers and compressed bodies,
 * `encodedDataLength`), split into the back office's own files and the API's JSON. A second visit with the
 * same profile shows what the cache saves. Drops the database at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { chromium, type Page } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'main.js');
const ADMIN_URL = process.env['BENCH_ADMIN_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = `ct_bench_static_${process.pid}`;
const CASEWORKER = { email: 'caseworker@demo.example.org', password: 'demo-caseworker-2026' };
// Bench-only secrets: the data is synthetic and the database is dropped at the end.
const SECRETS = { JWT_SECRET: 'bench-jwt-secret-that-is-long-enough-0123456789', ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') };
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const dbUrl = (name: string) => Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1).padStart(7)} kB`;

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startApi(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'],
      DATABASE_URL: dbUrl(DB),
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      MFA_REQUIRED_ROLES: '',
      LOG_LEVEL: 'warn',
      ...SECRETS,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the API did not become healthy in 60 s');
}

interface Tally {
  files: number;
  fileBytes: number;
  api: number;
  apiBytes: number;
}

/** Counts every response's bytes on the wire from now until `stop()`. */
async function meter(page: Page): Promise<() => Tally> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const tally: Tally = { files: 0, fileBytes: 0, api: 0, apiBytes: 0 };
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId) ?? '';
    if (new URL(url).pathname.startsWith('/api/')) {
      tally.api++;
      tally.apiBytes += e.encodedDataLength;
    } else {
      tally.files++;
      tally.fileBytes += e.encodedDataLength;
    }
  });
  return () => ({ ...tally });
}

async function visit(base: string, profile: string, label: string): Promise<void> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let read = await meter(page);
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.locator('input[name=password]').waitFor();
    const signIn = read();
    read = await meter(page);
    await page.locator('input[name=email]').fill(CASEWORKER.email);
    await page.locator('input[name=password]').fill(CASEWORKER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Due soon' }).waitFor();
    await page.waitForLoadState('networkidle');
    const dashboard = read();
    console.log(`${label}`);
    console.log(`  sign-in screen           ${kB(signIn.fileBytes)} in ${signIn.files} files  (+ API ${kB(signIn.apiBytes)} in ${signIn.api} requests)`);
    console.log(`  dashboard after sign-in  ${kB(dashboard.fileBytes)} in ${dashboard.files} files  (+ API ${kB(dashboard.apiBytes)} in ${dashboard.api} requests)`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error('build first: npm run build');
  await admin(`CREATE DATABASE ${DB}`);
  let api: ChildProcess | undefined;
  const profile = mkdtempSync(join(tmpdir(), 'ct-bench-static-'));
  try {
    const port = await freePort();
    api = await startApi(port);
    const base = `http://127.0.0.1:${port}`;
    const index = await fetch(`${base}/`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    console.log(`index.html: Content-Encoding ${index.headers.get('content-encoding')}, Cache-Control ${index.headers.get('cache-control')}`);
    await visit(base, profile, 'first visit (empty cache)');
    await visit(base, profile, 'second visit (same profile: hashed files from the cache)');
  } finally {
    api?.kill();
    rmSync(profile, { recursive: true, force: true });
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
