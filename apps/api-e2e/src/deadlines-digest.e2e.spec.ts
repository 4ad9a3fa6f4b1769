import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import ICAL from 'ical.js';
import type { CaseRecord, ClientRecord, TaskRecord } from '@ct/contracts';
import { API_MAIN, REPO_ROOT, TEST_SECRETS, type TestApp, startTestApp } from './support/test-app';

/**
 * The daily reminder through a real SMTP server in this process, the job runner (once across two
 * instances, retried while the mail server is down, recorded), the send-digests command, the demo
 * outbox, and the calendar feed checked with an RFC 5545 parser.
 */
const TZ = 'America/New_York';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const NAME = ['Zinovia', 'Quelchbury'];
const A_NUMBER = '246813579';

interface Received {
  to: string[];
  raw: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startSmtp(port: number): Promise<{ messages: Received[]; close(): Promise<void> }> {
  const messages: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function until<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function dbQuery<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const { Client } = await import('pg');
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows as T[];
  } finally {
    await db.end();
  }
}

/** A caseworker with one client who may file for a work permit now and an interview in 10 days. */
async function caseload(app: TestApp) {
  const cw = await app.createUser('caseworker');
  const token = cw.accessToken;
  const client = (await app.request<ClientRecord>('POST', '/api/clients', { token, body: { firstName: NAME[0], lastName: NAME[1], aNumber: A_NUMBER } })).body;
  const k = (await app.request<CaseRecord>('POST', '/api/cases', { token, body: { clientId: client.id, kind: 'affirmative' } })).body;
  for (const [type, date] of [
    ['I589_FILED', addDays(today(), -160)],
    ['INTERVIEW', addDays(today(), 10)],
  ]) {
    const res = await app.request('POST', '/api/milestones', { token, body: { caseId: k.id, type, date } });
    if (res.status !== 201) throw new Error(res.text);
  }
  await app.request('POST', '/api/tasks', { token, body: { clientId: client.id, dueOn: today(), note: `Phone ${NAME[0]}` } });
  return { cw, token, client, k };
}

/** The command as a child process; asynchronous, so the SMTP server in this process keeps answering. */
function sendDigests(app: TestApp, env: Record<string, string>): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [API_MAIN, 'send-digests'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'], DATABASE_URL: app.databaseUrl, APP_TIME_ZONE: TZ, LOG_LEVEL: 'warn', ...TEST_SECRETS, ...env },
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('exit', (status) => resolve({ status, stdout }));
  });
}

describe('deadlines: daily reminder and calendar feed', () => {
  let smtpPort: number;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let app: TestApp;

  beforeAll(async () => {
    smtpPort = await freePort();
    smtp = await startSmtp(smtpPort);
    // Request logging on (info): the feed's secret must not reach the logs.
    app = await startTestApp({ env: { APP_TIME_ZONE: TZ, JOBS_TICK_SECONDS: '0', SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, PUBLIC_URL: 'https://tracker.example.org', LOG_LEVEL: 'info' } });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('send-digests mails each caseworker counts, codes and a link, never a name or A-number, once a day', async () => {
    const { cw, token, client } = await caseload(app);
    const run = await sendDigests(app, { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, PUBLIC_URL: 'https://tracker.example.org' });
    expect(run.stdout).toMatch(/send-digests succeeded: .*sent=1/);
    expect(run.status).toBe(0);
    const mine = smtp.messages.filter((m) => m.to.includes(cw.user.email));
    expect(mine).toHaveLength(1);
    const raw = mine[0].raw;
    expect(raw).toContain(client.code);
    expect(raw).toContain('https://tracker.example.org');
    expect(raw).toMatch(/Subject: Case tracker: \d+ tasks? due today/);
    for (const secret of [...NAME, A_NUMBER, 'Phone']) expect(raw).not.toContain(secret);

    // The job created the task the computed date calls for, once.
    const tasks = (await app.request<TaskRecord[]>('GET', '/api/tasks', { token })).body;
    expect(tasks.filter((t) => t.kind === 'FILE_I765')).toHaveLength(1);
    expect(tasks.filter((t) => t.kind === 'PREPARE_INTERVIEW')).toHaveLength(1);

    const again = await sendDigests(app, { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
    expect(again.stdout).toMatch(/sent=0 alreadySent=1/);
    expect(smtp.messages.filter((m) => m.to.includes(cw.user.email))).toHaveLength(1);
    expect((await app.request<TaskRecord[]>('GET', '/api/tasks', { token })).body.filter((t) => t.kind === 'FILE_I765')).toHaveLength(1);
    const runs = await dbQuery<{ status: string; job: string }>(app.databaseUrl, `SELECT job, status FROM job_runs WHERE job = 'daily-digest'`);
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
  });

  it('runs once across two instances, retries while the mail server is down, and records the attempts', async () => {
    const port = await freePort();
    const env = { APP_TIME_ZONE: TZ, JOBS_TICK_SECONDS: '1', JOBS_RETRY_SECONDS: '1', DIGEST_HOUR: '0', SMTP_URL: `smtp://127.0.0.1:${port}` };
    const first = await startTestApp({ env: { ...env, JOBS_TICK_SECONDS: '0' } });
    let second: TestApp | null = null;
    let third: TestApp | null = null;
    let late: Awaited<ReturnType<typeof startSmtp>> | null = null;
    try {
      const { cw } = await caseload(first);
      await first.stop();
      second = await startTestApp({ databaseName: first.databaseName, env });
      third = await startTestApp({ databaseName: first.databaseName, env });
      const failed = await until(async () => {
        const rows = await dbQuery<{ status: string; attempts: number; error: string }>(first.databaseUrl, `SELECT status, attempts, error FROM job_runs WHERE job = 'daily-digest'`);
        return rows.length === 1 && rows[0].status === 'failed' ? rows[0] : null;
      });
      expect(failed.error).toMatch(/^Error/);
      late = await startSmtp(port);
      const ran = await until(async () => {
        const rows = await dbQuery<{ status: string; attempts: number }>(first.databaseUrl, `SELECT status, attempts FROM job_runs WHERE job = 'daily-digest'`);
        return rows.length === 1 && rows[0].status === 'succeeded' ? rows[0] : null;
      }, 30000);
      expect(ran.attempts).toBeGreaterThanOrEqual(2);
      await new Promise((r) => setTimeout(r, 2500));
      expect(late.messages.filter((m) => m.to.includes(cw.user.email))).toHaveLength(1);
      const runs = await dbQuery<{ n: string }>(first.databaseUrl, `SELECT count(*) AS n FROM job_runs WHERE job = 'daily-digest'`);
      expect(runs[0].n).toBe('1');
    } finally {
      await second?.stop();
      await third?.stop();
      await late?.close();
      await first.close();
    }
  }, 90000);

  it('without SMTP (demo), messages go to an outbox only admins read', async () => {
    const demo = await startTestApp({ env: { APP_TIME_ZONE: TZ, JOBS_TICK_SECONDS: '0' } });
    try {
      const { cw, token } = await caseload(demo);
      const run = await sendDigests(demo, {});
      expect(run.status).toBe(0);
      const admin = await demo.adminToken();
      const outbox = await demo.request<{ to: string; subject: string; body: string }[]>('GET', '/api/mail-outbox', { token: admin });
      expect(outbox.status).toBe(200);
      expect(outbox.body.map((m) => m.to)).toContain(cw.user.email);
      for (const secret of [...NAME, A_NUMBER]) expect(JSON.stringify(outbox.body)).not.toContain(secret);
      expect((await demo.request('GET', '/api/mail-outbox', { token })).status).toBe(403);
    } finally {
      await demo.close();
    }
  });

  it('serves a secret RFC 5545 feed of the caseload by code, replaced on request, every fetch audited', async () => {
    const { token, client } = await caseload(app);
    const first = await app.request<{ url: string }>('POST', '/api/calendar/feed', { token });
    expect(first.status).toBe(200);
    const path = new URL(first.body.url).pathname;
    expect(path).toMatch(/^\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await app.request('GET', path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const parsed = new ICAL.Component(ICAL.parse(feed.text));
    const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const summaries = events.map((e) => e.summary);
    expect(summaries).toContain(`${client.code} · Asylum interview`);
    expect(summaries.some((s) => s.startsWith(`${client.code} · Task`))).toBe(true);
    const interview = events.find((e) => e.summary.endsWith('Asylum interview'));
    expect(interview?.startDate.isDate).toBe(true);
    expect(interview?.startDate.toString()).toBe(addDays(today(), 10));
    for (const secret of [...NAME, A_NUMBER, 'Phone']) expect(feed.text).not.toContain(secret);

    // Only a hash of the token is stored: a copy of the database does not open anyone's feed.
    const secret = path.slice('/api/calendar/feed/'.length, -'.ics'.length);
    const stored = await dbQuery<{ token_hash: string }>(app.databaseUrl, `SELECT token_hash FROM calendar_feeds`);
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) expect(row.token_hash).not.toContain(secret);

    const second = await app.request<{ url: string }>('POST', '/api/calendar/feed', { token });
    expect(second.body.url).not.toBe(first.body.url);
    expect((await app.request('GET', path)).status).toBe(404);
    expect((await app.request('GET', new URL(second.body.url).pathname)).status).toBe(200);
    expect((await app.request('GET', '/api/calendar/feed/not-a-token.ics')).status).toBe(404);

    expect(app.output()).toContain('/api/calendar/feed/[redacted]');
    expect(app.output()).not.toContain(secret);

    const audits = await dbQuery<{ n: string }>(app.databaseUrl, `SELECT count(*) AS n FROM audit_events WHERE resource = 'calendar-feed' AND action = 'read'`);
    expect(Number(audits[0].n)).toBe(2);
    expect((await app.request('POST', '/api/calendar/feed')).status).toBe(401);
  });
});
