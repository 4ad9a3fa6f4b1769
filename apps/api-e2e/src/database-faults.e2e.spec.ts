import { Client } from 'pg';
import { type TestApp, type ThrowawayCluster, createThrowawayCluster, startTestApp } from './support/test-app';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The built app on a PostgreSQL cluster of its own, writing under load while that cluster is restarted,
 * stopped for a few seconds and crashed. Every write the API acknowledged (201) must be in the database
 * afterwards; during the outage the API answers 503 with Retry-After, never 401 or 500; and the same
 * process recovers by itself.
 */
describe('database faults: restart, stop and crash under load', () => {
  let cluster: ThrowawayCluster;
  let app: TestApp;
  beforeAll(async () => {
    cluster = await createThrowawayCluster();
    app = await startTestApp({ databaseName: 'postgres', env: { DATABASE_URL: cluster.url() } });
  }, 60000);
  afterAll(async () => {
    await app?.stop();
    await cluster?.destroy();
  });

  it('loses no acknowledged write, answers 503 (never 401/500) while down, and recovers without a restart', async () => {
    const caseworker = await app.createUser('caseworker');
    const token = caseworker.accessToken;
    const acknowledged = new Set<string>();
    const statuses = new Map<number, number>();
    let missingRetryAfter = 0;
    let running = true;
    let serial = 0;

    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const writer = async () => {
      while (running) {
        const n = serial++;
        const res = await app.request<{ id: string }>('POST', '/api/clients', { token, body: { firstName: 'Fault', lastName: `Writer${n}` } }).catch(() => null);
        if (!res) {
          count(0);
        } else {
          count(res.status);
          if (res.status === 201) acknowledged.add(res.body.id);
          if (res.status === 503 && !res.headers.get('retry-after')) missingRetryAfter++;
          if (res.status !== 201) await sleep(50);
        }
      }
    };
    const reader = async () => {
      while (running) {
        const res = await app.request('GET', '/api/clients?range=[0,4]', { token }).catch(() => null);
        count(res ? res.status : 0);
        if (res?.status === 503 && !res.headers.get('retry-after')) missingRetryAfter++;
        await sleep(res?.status === 200 ? 10 : 50);
      }
    };
    const health: number[] = [];
    const load = [writer(), writer(), writer(), writer(), reader()];

    await sleep(1500);
    await cluster.restart();
    await sleep(1500);
    await cluster.stop('fast');
    await sleep(500);
    health.push((await app.request('GET', '/api/health')).status);
    await sleep(3000);
    await cluster.start();
    await sleep(1500);
    await cluster.stop('immediate'); // a crash: WAL recovery at the next start
    await sleep(2000);
    await cluster.start();

    // Recovery without restarting the app: writes succeed again within a few seconds.
    const before = acknowledged.size;
    const deadline = Date.now() + 15000;
    while (acknowledged.size === before && Date.now() < deadline) await sleep(100);
    const recoveredWithin = 15000 - (deadline - Date.now());
    await sleep(1000);
    running = false;
    await Promise.all(load);
    health.push((await app.request('GET', '/api/health')).status);

    const summary = Object.fromEntries(statuses);
    if (summary[500] || summary[401]) console.log(app.output().split('\n').filter((l) => /unhandled|"level":50/.test(l)).slice(0, 5).join('\n'));
    console.log(`fault test: ${acknowledged.size} acknowledged writes, statuses ${JSON.stringify(summary)}, recovered within ${recoveredWithin} ms`);
    expect(acknowledged.size).toBeGreaterThan(before);
    expect(summary[401] ?? 0).toBe(0);
    expect(Object.keys(summary).filter((s) => Number(s) >= 500 && Number(s) !== 503)).toEqual([]);
    expect(summary[503] ?? 0).toBeGreaterThan(0);
    expect(summary[0] ?? 0).toBe(0);
    expect(missingRetryAfter).toBe(0);
    expect(health).toEqual([503, 200]);

    const db = new Client({ connectionString: cluster.url() });
    await db.connect();
    try {
      const { rows } = await db.query<{ id: string }>('SELECT id FROM clients WHERE id = ANY($1::uuid[])', [[...acknowledged]]);
      expect(rows.length).toBe(acknowledged.size);
    } finally {
      await db.end();
    }
  }, 90000);
});
