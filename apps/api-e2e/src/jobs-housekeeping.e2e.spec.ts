import { randomUUID } from 'node:crypto';
import { type TestApp, startTestApp } from './support/test-app';

/** The hourly housekeeping job: expired refresh tokens and old throttle rows go, current ones stay; the run is recorded. */
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

describe('jobs: housekeeping (tokens, throttle rows, sessions)', () => {
  let first: TestApp;
  let second: TestApp | null = null;

  beforeAll(async () => {
    first = await startTestApp({ env: { JOBS_TICK_SECONDS: '0' } });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.close();
  });

  it('deletes expired refresh tokens and old throttle rows once an hour, and records what it removed', async () => {
    const [{ id: userId }] = await dbQuery<{ id: string }>(first.databaseUrl, `SELECT id FROM users LIMIT 1`);
    // Refresh tokens belong to a sign-in session (their family): a live one here.
    const liveSession = randomUUID();
    await dbQuery(first.databaseUrl, `INSERT INTO auth_sessions (id, user_id, last_used_at, expires_at, method) VALUES ($1, $2, now(), now() + interval '1 day', 'password')`, [liveSession, userId]);
    const token = (expires: string) =>
      dbQuery(first.databaseUrl, `INSERT INTO refresh_tokens (id, family_id, user_id, secret_hash, expires_at) VALUES ($1, $2, $3, 'x', ${expires})`, [randomUUID(), liveSession, userId]);
    await token(`now() - interval '3 days'`);
    await token(`now() + interval '3 days'`);
    const expiredSession = randomUUID();
    await dbQuery(first.databaseUrl, `INSERT INTO auth_sessions (id, user_id, last_used_at, expires_at, method) VALUES ($1, $2, now() - interval '30 days', now() - interval '20 days', 'password')`, [expiredSession, userId]);
    await dbQuery(first.databaseUrl, `INSERT INTO auth_throttle (key, window_start, count) VALUES ('old', now() - interval '2 hours', 3), ('current', now(), 1)`);
    const before = await dbQuery<{ n: string }>(first.databaseUrl, `SELECT count(*) AS n FROM refresh_tokens`);
    await first.stop();

    second = await startTestApp({ databaseName: first.databaseName, env: { JOBS_TICK_SECONDS: '1' } });
    const deadline = Date.now() + 20000;
    let run: { status: string; result: Record<string, number> } | undefined;
    while (!run && Date.now() < deadline) {
      [run] = await dbQuery<{ status: string; result: Record<string, number> }>(first.databaseUrl, `SELECT status, result FROM job_runs WHERE job = 'housekeeping' AND status = 'succeeded'`);
      if (!run) await new Promise((r) => setTimeout(r, 250));
    }
    expect(run?.result).toEqual({ refreshTokens: 1, loginThrottle: 1 });
    const after = await dbQuery<{ n: string }>(first.databaseUrl, `SELECT count(*) AS n FROM refresh_tokens`);
    expect(Number(after[0].n)).toBe(Number(before[0].n) - 1);
    expect((await dbQuery<{ key: string }>(first.databaseUrl, `SELECT key FROM auth_throttle`)).map((r) => r.key)).toContain('current');
    // The sign-in feature's clean-up runs on the same runner.
    const sessionsGone = async () => (await dbQuery(first.databaseUrl, `SELECT 1 FROM auth_sessions WHERE id = $1`, [expiredSession])).length === 0;
    for (let i = 0; i < 40 && !(await sessionsGone()); i++) await new Promise((r) => setTimeout(r, 250));
    expect(await sessionsGone()).toBe(true);
    const [sessionsRun] = await dbQuery<{ status: string }>(first.databaseUrl, `SELECT status FROM job_runs WHERE job = 'sessions-housekeeping'`);
    expect(sessionsRun?.status).toBe('succeeded');
    // A run per job and hour: ticking again this hour does not run it twice.
    await new Promise((r) => setTimeout(r, 2500));
    const runs = await dbQuery<{ n: string }>(first.databaseUrl, `SELECT max(c)::text AS n FROM (SELECT count(*) AS c FROM job_runs WHERE job = 'housekeeping' GROUP BY run_key) per_hour`);
    expect(runs[0].n).toBe('1');
  });
});
