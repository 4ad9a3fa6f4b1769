/**
 * Benchmark of the hardship statistics: `npm run bench:stats [-- --clients 100000 --runs 15]`.
 *
 * Creates a scratch database on the local PostgreSQL (BENCH_ADMIN_URL, default
 * postgresql://postgres@127.0.0.1:5432/postgres), migrates it and seeds synthetic clients with the
 * built API (dist/apps/api/main.js), then times GET /api/stats/hardship through HTTP as a director,
 * and each SQL statement as the API reports it (Server-Timing) next to the same statement run bare
 * through `pg`. Drops the database at the end, also after a failure or Ctrl-C.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { todayIn } from '@ct/api-core';
import { HARDSHIP_SESSION_SETTINGS, hardshipSqlParams, hardshipStatements, parseHardshipQuery, type HardshipStatement } from '@ct/api-stats';

const ROOT = join(__dirname, '..', '..');
const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'main.js');
const ADMIN_URL = process.env['BENCH_ADMIN_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
};
const CLIENTS = arg('clients', 100_000);
const RUNS = arg('runs', 15);
const DB = `ct_bench_stats_${process.pid}`;
const ADMIN = { email: 'bench-admin@bench.example.org', password: 'bench-admin-password-0123' };
// Bench-only secrets: the data is synthetic and the database is dropped at the end.
const SECRETS = { JWT_SECRET: 'bench-jwt-secret-that-is-long-enough-0123456789', ENCRYPTION_KEY: Buffer.alloc(32, 11).toString('base64') };
const TIME_ZONE = 'America/New_York';

const dbUrl = (name: string) => Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = p * (s.length - 1);
  const lo = Math.floor(pos);
  return s[lo] + (pos - lo) * ((s[Math.ceil(pos)] ?? s[lo]) - s[lo]);
}
const fmt = (x: number) => `${x.toFixed(0).padStart(6)} ms`;

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
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      APP_TIME_ZONE: TIME_ZONE,
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      STATS_QUERIES_PER_HOUR: '10000',
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      ...SECRETS,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return child;
  }
  throw new Error('the API did not become healthy in 30 s');
}

async function json<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** One statement as the API runs it: in a read-only transaction with the report's session settings. */
async function runBare(client: Client, statement: HardshipStatement): Promise<number> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  for (const setting of HARDSHIP_SESSION_SETTINGS) await client.query(setting);
  const start = process.hrtime.bigint();
  await client.query(statement.text, statement.values);
  const took = ms(start);
  await client.query('COMMIT');
  return took;
}

async function planSummary(client: Client, statement: HardshipStatement): Promise<string> {
  await client.query('BEGIN READ ONLY');
  for (const setting of HARDSHIP_SESSION_SETTINGS) await client.query(setting);
  const rows = (await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, statement.values)).rows as { 'QUERY PLAN': [{ 'Execution Time': number; Plan: unknown }] }[];
  await client.query('COMMIT');
  const [plan] = rows[0]['QUERY PLAN'];
  const indexes = new Set<string>();
  const nodes = new Set<string>();
  const walk = (node: Record<string, unknown>) => {
    if (typeof node['Index Name'] === 'string') indexes.add(`${node['Node Type']} ${node['Index Name']}`);
    if (/Seq Scan|Hash Join|Nested Loop|Sort$/.test(String(node['Node Type']))) nodes.add(`${node['Node Type']}${node['Relation Name'] ? ` ${node['Relation Name']}` : ''}`);
    for (const child of (node['Plans'] as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  walk(plan.Plan as Record<string, unknown>);
  return `EXPLAIN ANALYZE ${plan['Execution Time'].toFixed(0)} ms; ${[...indexes].join(', ')}${nodes.size ? `; also ${[...nodes].join(', ')}` : ''}`;
}

async function main(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error(`build the API first (npx nx run api:build): ${API_MAIN} is missing`);
  const env = { PATH: process.env['PATH'], DATABASE_URL: dbUrl(DB), ...SECRETS, APP_TIME_ZONE: TIME_ZONE };
  console.log(`hardship statistics benchmark: ${CLIENTS} synthetic clients, ${RUNS} runs per query, database ${DB}`);
  await admin(`CREATE DATABASE ${DB}`);
  let api: ChildProcess | undefined;
  const cleanup = async () => {
    api?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    let start = process.hrtime.bigint();
    execFileSync(process.execPath, [API_MAIN, 'migrate'], { cwd: ROOT, env, stdio: 'pipe' });
    console.log(`migrate:        ${fmt(ms(start))}`);
    start = process.hrtime.bigint();
    execFileSync(process.execPath, [API_MAIN, 'seed', '--clients', String(CLIENTS)], { cwd: ROOT, env, stdio: 'pipe' });
    console.log(`seed:           ${fmt(ms(start))}`);
    const bare = new Client({ connectionString: dbUrl(DB) });
    const bare2 = new Client({ connectionString: dbUrl(DB) });
    await Promise.all([bare.connect(), bare2.connect()]);
    start = process.hrtime.bigint();
    // What autovacuum does on its own shortly after a bulk load: statistics and the visibility map.
    await bare.query('VACUUM ANALYZE');
    console.log(`vacuum analyze: ${fmt(ms(start))}`);
    const counts = (await bare.query(`SELECT (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM milestones) AS milestones, (SELECT count(*) FROM housing_situations) AS housing, (SELECT count(*) FROM support_needs) AS needs`)).rows[0];
    console.log(`rows: ${counts.clients} clients, ${counts.milestones} milestones, ${counts.housing} housing periods, ${counts.needs} support needs`);

    const port = await freePort();
    api = await startApi(port);
    const base = `http://127.0.0.1:${port}/api`;
    const adminToken = (await json<{ accessToken: string }>(`${base}/auth/login`, { method: 'POST', body: JSON.stringify(ADMIN) })).accessToken;
    const director = { email: 'bench-director@bench.example.org', password: 'bench-director-password-0123' };
    await json(`${base}/users`, { method: 'POST', headers: { Authorization: `Bearer ${adminToken}` }, body: JSON.stringify({ ...director, role: 'director', displayName: 'Bench Director' }) });
    const token = (await json<{ accessToken: string }>(`${base}/auth/login`, { method: 'POST', body: JSON.stringify(director) })).accessToken;

    const today = todayIn(TIME_ZONE);
    const year = Number(today.slice(0, 4));
    // Whole calendar quarters (the API refuses anything else): five years back to the end of this quarter.
    const month = Number(today.slice(5, 7));
    const whole = { from: `${year - 5}-01`, to: `${year}-${String(month + ((3 - (month % 3)) % 3)).padStart(2, '0')}` };
    const queries: { label: string; query: Record<string, string> }[] = [
      { label: 'all filings, whole period', query: whole },
      { label: 'all filings, split by quarter', query: { ...whole, split: 'quarter' } },
      { label: 'all filings, proposed-365', query: { ...whole, scenario: 'proposed-365' } },
      { label: 'one year, split by quarter', query: { from: `${year - 1}-01`, to: `${year - 1}-12`, split: 'quarter' } },
    ];
    for (const { label, query } of queries) {
      const qs = new URLSearchParams(query).toString();
      const http: number[] = [];
      const inApi: Record<string, number[]> = {};
      let clients = 0;
      for (let run = -2; run < RUNS; run++) {
        start = process.hrtime.bigint();
        const res = await fetch(`${base}/stats/hardship?${qs}`, { headers: { Authorization: `Bearer ${token}` } });
        const body = (await res.json()) as { clients: { count: number } };
        const took = ms(start);
        if (!res.ok) throw new Error(`stats answered ${res.status}`);
        clients = body.clients.count;
        if (run < 0) continue; // warm-up
        http.push(took);
        for (const part of (res.headers.get('server-timing') ?? '').split(',')) {
          const [name, dur] = part.trim().split(';dur=');
          (inApi[name] ??= []).push(Number(dur));
        }
      }
      const request = parseHardshipQuery(query);
      const statements = hardshipStatements(request.split, hardshipSqlParams(request, today, 11));
      const bareTimes: Record<string, number[]> = {};
      const bareBoth: number[] = [];
      for (let run = -1; run < RUNS; run++) {
        for (const statement of statements) {
          const took = await runBare(bare, statement);
          if (run >= 0) (bareTimes[statement.name] ??= []).push(took);
        }
        start = process.hrtime.bigint();
        await Promise.all(statements.map((s, i) => runBare(i ? bare2 : bare, s)));
        if (run >= 0) bareBoth.push(ms(start));
      }
      console.log(`\n${label} (?${qs}): ${clients} clients shown`);
      console.log(`  HTTP GET /api/stats/hardship  median ${fmt(median(http))}   p95 ${fmt(quantile(http, 0.95))}`);
      for (const statement of statements) {
        const api = inApi[statement.name] ?? [];
        const b = bareTimes[statement.name];
        console.log(`  SQL ${statement.name.padEnd(8)} in API median ${fmt(median(api))}   p95 ${fmt(quantile(api, 0.95))}   | bare pg median ${fmt(median(b))}   p95 ${fmt(quantile(b, 0.95))}`);
      }
      console.log(`  both statements at once (2 connections)        | bare pg median ${fmt(median(bareBoth))}   p95 ${fmt(quantile(bareBoth, 0.95))}`);
      console.log(`  service total (SQL + anonymity rules) in API median ${fmt(median(inApi['total'] ?? []))}`);
      console.log(`  full HTTP response / bare SQL (both statements at once): ${(median(http) / median(bareBoth)).toFixed(2)}x (target at most 1.30x)`);
      if (label === queries[0].label) for (const statement of statements) console.log(`  plan ${statement.name}: ${await planSummary(bare, statement)}`);
    }
    await Promise.all([bare.end(), bare2.end()]);
  } finally {
    await cleanup();
    console.log(`\ndropped ${DB}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
