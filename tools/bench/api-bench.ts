/**
 * The API next to a bare twin on the same database: `npm run bench:api [-- --clients 2000 --seconds 10]`.
 *
 * Creates a scratch database on the local PostgreSQL (BENCH_ADMIN_URL, default
 * postgresql://postgres@127.0.0.1:5432/postgres), migrates it and seeds one caseworker's caseload with the
 * built API (dist/apps/api/main.js), then loads three endpoints with autocannon (10 connections), first the
 * API, then a twin: a bare fastify + pg server in this process that sends, per request, what an expert would
 * send on the same schema for the same answer (the user check, the page and its count, the audit row; a
 * write in one transaction). It prints requests/s, p50 and p99 for both and the ratio. The twin decrypts
 * nothing and validates nothing, so it is the database's speed limit, not a fair competitor.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { Pool } from 'pg';

const ROOT = join(__dirname, '..', '..');
const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'main.js');
const ADMIN_URL = process.env['BENCH_ADMIN_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
};
const CLIENTS = arg('clients', 2000);
const SECONDS = arg('seconds', 10);
const CONNECTIONS = 10;
const DB = `ct_bench_api_${process.pid}`;
const ADMIN = { email: 'bench-admin@bench.example.org', password: 'bench-admin-password-0123' };
const CASEWORKER = { email: 'bench-caseworker@bench.example.org', password: 'bench-caseworker-password-0123' };
// Bench-only secrets: the data is synthetic and the database is dropped at the end.
const SECRETS = { JWT_SECRET: 'bench-jwt-secret-that-is-long-enough-0123456789', ENCRYPTION_KEY: Buffer.alloc(32, 13).toString('base64') };

const dbUrl = (name: string) => Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();

async function admin(sql: string): Promise<void> {
  const pool = new Pool({ connectionString: ADMIN_URL, max: 1 });
  try {
    await pool.query(sql);
  } finally {
    await pool.end();
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

const apiEnv = (port: number) => ({
  PATH: process.env['PATH'],
  DATABASE_URL: dbUrl(DB),
  PORT: String(port),
  HOST: '127.0.0.1',
  SEED_DEMO: 'false',
  MFA_REQUIRED_ROLES: '',
  LOG_LEVEL: 'warn',
  LOGIN_ATTEMPTS_PER_MINUTE: '1000',
  BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
  BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
  ...SECRETS,
});

async function startApi(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [API_MAIN], { cwd: ROOT, env: apiEnv(port), stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the API did not become healthy in 60 s');
}

async function json<T>(url: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.token) headers['Authorization'] = `Bearer ${init.token}`;
  const res = await fetch(url, { ...init, headers });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The twin: the same questions asked of the same schema the way an expert would, nothing else. */
async function startTwin(port: number, caseworkerId: string): Promise<() => Promise<void>> {
  const pool = new Pool({ connectionString: dbUrl(DB), max: 10 });
  const app = Fastify({ logger: false });
  const userCheck = (id: string) => pool.query('SELECT id, role FROM users WHERE id = $1 AND disabled = false', [id]);
  const auditRow = (q: Pick<Pool, 'query'>, action: string, recordId: string | null, details: unknown) =>
    q.query(`INSERT INTO audit_events (actor_id, actor_role, action, resource, record_id, details) VALUES ($1, 'caseworker', $2, 'clients', $3, $4)`, [
      caseworkerId,
      action,
      recordId,
      details === null ? null : JSON.stringify(details),
    ]);
  app.get('/api/clients', async (_req, reply) => {
    await userCheck(caseworkerId);
    const [page, count] = await Promise.all([
      pool.query('SELECT * FROM clients WHERE caseworker_id = $1 ORDER BY created_at DESC, id LIMIT 25', [caseworkerId]),
      pool.query('SELECT count(*)::int AS n FROM clients WHERE caseworker_id = $1', [caseworkerId]),
    ]);
    await auditRow(pool, 'list', null, { filters: [], ids: page.rows.map((r: { id: string }) => r.id) });
    void reply.header('Content-Range', `clients 0-${page.rows.length - 1}/${(count.rows[0] as { n: number }).n}`);
    return page.rows;
  });
  app.get<{ Params: { id: string } }>('/api/clients/:id', async (req) => {
    await userCheck(caseworkerId);
    const { rows } = await pool.query('SELECT * FROM clients WHERE id = $1 AND caseworker_id = $2', [req.params.id, caseworkerId]);
    await auditRow(pool, 'read', req.params.id, null);
    return rows[0];
  });
  app.post<{ Body: { clientId: string; category: string; urgency: string; openedOn: string } }>('/api/support-needs', async (req, reply) => {
    await userCheck(caseworkerId);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const owner = await client.query('SELECT id FROM clients WHERE id = $1 AND caseworker_id = $2', [req.body.clientId, caseworkerId]);
      if (owner.rowCount !== 1) throw new Error('not found');
      const id = randomUUID();
      const { rows } = await client.query(
        'INSERT INTO support_needs (id, client_id, category, urgency, opened_on) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        [id, req.body.clientId, req.body.category, req.body.urgency, req.body.openedOn],
      );
      await auditRow(client, 'create', id, null);
      await client.query('COMMIT');
      return reply.code(201).send(rows[0]);
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  });
  await app.listen({ port, host: '127.0.0.1' });
  return async () => {
    await app.close();
    await pool.end();
  };
}

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, token: string, method: 'GET' | 'POST', body?: unknown): Promise<Result> {
  const r = await autocannon({
    url,
    method,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.non2xx + r.errors };
}

const row = (name: string, api: Result, twin: Result) =>
  `${name.padEnd(26)} API ${api.rps.toFixed(0).padStart(5)} req/s p50 ${String(api.p50).padStart(4)} ms p99 ${String(api.p99).padStart(4)} ms` +
  ` | twin ${twin.rps.toFixed(0).padStart(5)} req/s p50 ${String(twin.p50).padStart(4)} ms p99 ${String(twin.p99).padStart(4)} ms` +
  ` | API/twin ${((100 * api.rps) / twin.rps).toFixed(0)}% of throughput, p99 ${(api.p99 / Math.max(twin.p99, 1)).toFixed(1)}x` +
  (api.errors + twin.errors ? `  (non-2xx: API ${api.errors}, twin ${twin.errors})` : '');

async function main(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error('build first: npx nx run api:build');
  await admin(`CREATE DATABASE ${DB}`);
  let api: ChildProcess | undefined;
  let stopTwin: (() => Promise<void>) | undefined;
  try {
    const port = await freePort();
    api = await startApi(port);
    const base = `http://127.0.0.1:${port}/api`;
    const adminToken = (await json<{ accessToken: string }>(`${base}/auth/login`, { method: 'POST', body: JSON.stringify(ADMIN) })).accessToken;
    await json(`${base}/users`, { method: 'POST', token: adminToken, body: JSON.stringify({ ...CASEWORKER, role: 'caseworker', displayName: 'Bench caseworker' }) });
    const started = Date.now();
    execFileSync(process.execPath, [API_MAIN, 'seed', '--clients', String(CLIENTS)], { cwd: ROOT, env: apiEnv(port), stdio: 'ignore' });
    console.log(`seed: ${CLIENTS} clients for one caseworker in ${Date.now() - started} ms; ${CONNECTIONS} connections, ${SECONDS} s per run`);
    await admin(`VACUUM ANALYZE`).catch(() => undefined);
    const login = await json<{ accessToken: string; user: { id: string } }>(`${base}/auth/login`, { method: 'POST', body: JSON.stringify(CASEWORKER) });
    const token = login.accessToken;
    const first = await json<{ id: string }[]>(`${base}/clients?range=${encodeURIComponent('[0,0]')}`, { token });
    const clientId = first[0].id;

    const twinPort = await freePort();
    stopTwin = await startTwin(twinPort, login.user.id);
    const twin = `http://127.0.0.1:${twinPort}/api`;
    const need = { clientId, category: 'food', urgency: 'medium', openedOn: '2026-01-05' };
    const cases: [string, string, 'GET' | 'POST', unknown?][] = [
      ['GET /clients (page of 25)', '/clients?range=%5B0%2C24%5D', 'GET'],
      ['GET /clients/:id', `/clients/${clientId}`, 'GET'],
      ['POST /support-needs', '/support-needs', 'POST', need],
    ];
    for (const [name, path, method, body] of cases) {
      const a = await load(`${base}${path}`, token, method, body);
      const t = await load(`${twin}${path}`, token, method, body);
      console.log(row(name, a, t));
    }
  } finally {
    await stopTwin?.();
    api?.kill();
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
