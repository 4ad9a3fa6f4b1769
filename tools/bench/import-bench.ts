/**
 * Benchmark of the spreadsheet import: `npm run bench:import [-- --rows 5000]`.
 *
 * Creates a scratch database on the local PostgreSQL (BENCH_ADMIN_URL, default
 * postgresql://postgres@127.0.0.1:5432/postgres), starts the built API on it, and as a caseworker uploads a
 * synthetic workbook (.xlsx) and the same rows as CSV: preview, dry run, the import (polled until done), and
 * the same file again (which must create nothing). Prints each step's wall time and the API process's
 * resident memory before and at its peak (VmHWM), then drops the database, also after a failure or Ctrl-C.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import type { ImportDryRun, ImportJobRecord, ImportPreview, LoginResponse } from '@ct/contracts';

const ROOT = join(__dirname, '..', '..');
const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'main.js');
const ADMIN_URL = process.env['BENCH_ADMIN_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const flag = process.argv.indexOf('--rows');
const ROWS = flag > 0 ? Number(process.argv[flag + 1]) : 5000;
if (!Number.isInteger(ROWS) || ROWS < 1 || ROWS > 20000) throw new Error('--rows must be 1 to 20000');
const DB = `ct_bench_import_${process.pid}`;
const ADMIN = { email: 'bench-admin@bench.example.org', password: 'bench-admin-password-0123' };
// Bench-only secrets: the data is synthetic and the database is dropped at the end.
const SECRETS = { JWT_SECRET: 'bench-jwt-secret-that-is-long-enough-0123456789', ENCRYPTION_KEY: Buffer.alloc(32, 13).toString('base64') };
const dbUrl = (name: string) => Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
const seconds = (start: bigint) => `${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(2).padStart(6)} s`;

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

/** Resident memory of a process now and at its peak, in MB (Linux /proc). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const FIRST = ['Алексей', 'Мария', 'Kirill', 'Ольга', 'Дмитрий', 'Anna', 'Евгений', 'Наталья', 'Sergei', 'Юлия'];
const LAST = ['Васильев', 'Petrova', 'Смирнов', 'Кузнецова', 'Ivanov', 'Соколова', 'Попов', 'Lebedeva', 'Козлов', 'Новикова'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Synthetic rows: A-numbers and dates written the usual different ways, case dates on most rows. */
function rows(n: number): (string | number | Date | null)[][] {
  const out: (string | number | Date | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const a = 200_000_000 + i;
    const aNumber = [`A${a}`, `A-${String(a).slice(0, 3)}-${String(a).slice(3, 6)}-${String(a).slice(6)}`, `A ${a}`, String(a)][i % 4];
    const born = new Date(Date.UTC(1960 + (i % 40), i % 12, (i % 28) + 1));
    const arrived = new Date(Date.UTC(2024, i % 12, (i % 28) + 1));
    const filed = new Date(arrived.getTime() + (60 + (i % 200)) * 86_400_000);
    const hasCase = i % 10 < 7;
    out.push([
      `${FIRST[i % 10]}${i}`,
      `${LAST[(i * 7) % 10]}`,
      aNumber,
      i % 2 ? born : `${pad(born.getUTCDate())}.${pad(born.getUTCMonth() + 1)}.${born.getUTCFullYear()}`,
      i % 3 === 0 ? `client${i}@bench.example.org` : null,
      hasCase ? arrived : null,
      hasCase && i % 10 < 5 ? filed : null,
      hasCase ? 'аффирмативный' : null,
      1 + (i % 4),
    ]);
  }
  return out;
}
const HEADERS = ['Имя', 'Фамилия', 'А-номер', 'Дата рождения', 'Эл. почта', 'Дата въезда', 'Подача I-589', 'Тип дела', 'Размер семьи'];

async function main(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error(`build the API first (npx nx run api:build): ${API_MAIN} is missing`);
  console.log(`spreadsheet import benchmark: ${ROWS} rows, database ${DB}`);
  await admin(`CREATE DATABASE ${DB}`);
  let api: ChildProcess | undefined;
  const cleanup = async () => {
    api?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/api`;
    api = spawn(process.execPath, [API_MAIN], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], DATABASE_URL: dbUrl(DB), PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', LOG_LEVEL: 'warn', BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, ...SECRETS },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (const deadline = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 100))) {
      if (Date.now() > deadline || api.exitCode !== null) throw new Error('the API did not start');
      if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    }
    const call = async <T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> => {
      const headers: Record<string, string> = { ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...(typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}) };
      const res = await fetch(`${base}${path}`, { ...init, headers });
      if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    };
    const adminToken = (await call<LoginResponse>('/auth/login', { method: 'POST', body: JSON.stringify(ADMIN) })).accessToken;
    const cw = { email: 'bench-caseworker@bench.example.org', password: 'bench-caseworker-password-0123' };
    await call('/users', { method: 'POST', token: adminToken, body: JSON.stringify({ ...cw, role: 'caseworker', displayName: 'Bench caseworker' }) });
    const token = (await call<LoginResponse>('/auth/login', { method: 'POST', body: JSON.stringify(cw) })).accessToken;

    const data = rows(ROWS);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Клиенты');
    sheet.addRow(HEADERS);
    for (const r of data) sheet.addRow(r);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const csv = Buffer.from(`\uFEFF${[HEADERS, ...data.map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : (c ?? ''))))].map((r) => r.join(';')).join('\r\n')}\r\n`, 'utf8');
    const base0 = memory(api.pid as number);
    console.log(`files: xlsx ${(xlsx.length / 1024).toFixed(0)} kB, csv ${(csv.length / 1024).toFixed(0)} kB; API resident ${base0.rss.toFixed(0)} MB after start`);

    const form = (file: Buffer, name: string, settings?: object) => {
      const body = new FormData();
      if (settings) body.append('settings', JSON.stringify(settings));
      body.append('file', new Blob([file]), name);
      return body;
    };
    for (const [label, file, name] of [['xlsx', xlsx, 'clients.xlsx'], ['csv ', csv, 'clients.csv']] as const) {
      let start = process.hrtime.bigint();
      const preview = await call<ImportPreview>('/imports/preview', { method: 'POST', token, body: form(file, name) });
      console.log(`${label} preview            ${seconds(start)}  (${preview.rowCount} rows, ${Object.keys(preview.suggested).length}/${preview.headers.length} columns suggested)`);
      const settings = { mapping: preview.suggested, dateOrder: 'auto' };
      start = process.hrtime.bigint();
      const dry = await call<ImportDryRun>('/imports/dry-run', { method: 'POST', token, body: form(file, name, settings) });
      console.log(`${label} dry run            ${seconds(start)}  (create ${dry.summary.create}, skip ${dry.summary.skip}, errors ${dry.summary.error}, cases ${dry.summary.cases}, milestones ${dry.summary.milestones})`);
      if (label === 'xlsx') {
        start = process.hrtime.bigint();
        let job = await call<ImportJobRecord>('/imports', { method: 'POST', token, body: form(file, name, settings) });
        const accepted = seconds(start);
        while (job.status === 'running') {
          await new Promise((r) => setTimeout(r, 250));
          job = await call<ImportJobRecord>(`/imports/${job.id}`, { token });
        }
        if (job.status !== 'done') throw new Error(`the import failed: ${JSON.stringify(job.failure)}`);
        console.log(`${label} import             ${seconds(start)}  (accepted after ${accepted.trim()}; created ${job.summary?.create} clients, ${job.summary?.cases} cases, ${job.summary?.milestones} milestones in one transaction)`);
      } else {
        console.log(`${label} (same rows again: ${dry.summary.skip} of ${dry.summary.rows} already imported, nothing new to create)`);
      }
    }
    const peak = memory(api.pid as number);
    console.log(`API resident memory: ${base0.rss.toFixed(0)} MB after start, peak ${peak.peak.toFixed(0)} MB (VmHWM), ${peak.rss.toFixed(0)} MB at the end`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
