import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'pg';
// The attacker re-chains with the app's own encoding: the test uses it rather than a copy that could drift.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { chainHash } from '../../../libs/api/audit/src/audit-chain';
import { withClient } from './support/postgres';
import { API_MAIN, REPO_ROOT, TEST_SECRETS, type TestApp, startTestApp } from './support/test-app';

interface Report {
  ok: boolean;
  events: number;
  head: { seq: string; hash: string };
  firstProblem: { kind: string; seq: string | null; eventId: string | null; message: string } | null;
  checkpoint?: { seq: string; matches: boolean };
}

/**
 * The audit trail as a hash chain, attacked by the database owner: altering an event, deleting one, and
 * rewriting the whole chain with valid hashes (detected against a checkpoint exported earlier).
 */
describe('audit hash chain and verify-audit', () => {
  let app: TestApp;
  let admin: string;
  const dir = mkdtempSync(join(tmpdir(), 'ct-audit-'));

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
  });
  afterAll(() => app?.close());

  const verifyAudit = (...args: string[]) => {
    const res = spawnSync(process.execPath, [API_MAIN, 'verify-audit', ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'], DATABASE_URL: app.databaseUrl, ...TEST_SECRETS },
      encoding: 'utf8',
    });
    return { status: res.status, out: `${res.stdout}${res.stderr}` };
  };
  /** As the owner, with the append-only trigger switched off (what an owner or superuser can do). */
  const asOwner = (fn: (c: Client) => Promise<unknown>) =>
    withClient(app.databaseUrl, async (c) => {
      await c.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
      try {
        await fn(c);
      } finally {
        await c.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
      }
    });

  it('chains every event gaplessly under concurrent requests, and verify-audit says intact', async () => {
    const caseworker = await app.createUser('caseworker');
    const writes = Array.from({ length: 40 }, (_, i) =>
      i % 2 ? app.request('POST', '/api/clients', { token: caseworker.accessToken, body: { firstName: 'Chain', lastName: `N${i}` } }) : app.request('GET', '/api/clients', { token: caseworker.accessToken }),
    );
    const statuses = (await Promise.all(writes)).map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    const rows = await withClient(app.databaseUrl, async (c) => (await c.query<{ seq: string }>('SELECT seq::text FROM audit_events ORDER BY audit_events.seq')).rows);
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    const cli = verifyAudit();
    expect(cli.out).toMatch(/audit chain intact: \d+ events/);
    expect(cli.status).toBe(0);
    const api = await app.request<Report>('GET', '/api/audit-chain', { token: admin });
    expect(api.status).toBe(200);
    expect(api.body).toMatchObject({ ok: true, firstProblem: null });
  });

  it('is for admins only', async () => {
    for (const role of ['director', 'caseworker', 'volunteer'] as const) {
      const user = await app.createUser(role);
      expect((await app.request('GET', '/api/audit-chain', { token: user.accessToken })).status).toBe(403);
      expect((await app.request('POST', '/api/audit-chain/checkpoints', { token: user.accessToken })).status).toBe(403);
    }
  });

  it('names the first altered event, and is intact again once restored', async () => {
    let original = '';
    await asOwner(async (c) => {
      original = (await c.query<{ action: string }>('SELECT action FROM audit_events WHERE seq = 3')).rows[0].action;
      await c.query(`UPDATE audit_events SET action = 'forged' WHERE seq = 3`);
    });
    const cli = verifyAudit();
    expect(cli.status).toBe(1);
    expect(cli.out).toMatch(/BROKEN at seq 3, id [0-9a-f-]{36}: event 3 was altered/);
    const api = await app.request<Report>('GET', '/api/audit-chain', { token: admin });
    expect(api.body).toMatchObject({ ok: false, firstProblem: { kind: 'altered', seq: '3' } });
    await asOwner((c) => c.query('UPDATE audit_events SET action = $1 WHERE seq = 3', [original]));
    expect(verifyAudit().status).toBe(0);
  });

  it('names a deleted event as missing, in the middle and at the end', async () => {
    let saved: Record<string, unknown> = {};
    await asOwner(async (c) => {
      saved = (await c.query('SELECT * FROM audit_events WHERE seq = 5')).rows[0];
      await c.query('DELETE FROM audit_events WHERE seq = 5');
    });
    const cli = verifyAudit();
    expect(cli.status).toBe(1);
    expect(cli.out).toMatch(/event 5 is missing/);
    await asOwner(async (c) => {
      const columns = Object.keys(saved);
      await c.query(`INSERT INTO audit_events (${columns.map((k) => `"${k}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, columns.map((k) => saved[k]));
      await c.query('DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)');
    });
    const tail = verifyAudit();
    expect(tail.status).toBe(1);
    expect(tail.out).toMatch(/are missing \(the head says/);
  });

  it('detects an owner who rewrites the whole chain with valid hashes, against an earlier checkpoint', async () => {
    // A fresh, intact chain on a new app database, and a checkpoint exported by the CLI and by the API.
    await app.close();
    app = await startTestApp();
    admin = await app.adminToken();
    const caseworker = await app.createUser('caseworker');
    for (let i = 0; i < 5; i++) await app.request('POST', '/api/clients', { token: caseworker.accessToken, body: { firstName: 'Before', lastName: `C${i}` } });
    const cpFile = join(dir, 'checkpoint.json');
    expect(verifyAudit('--export-checkpoint', cpFile).status).toBe(0);
    const exported = await app.request<{ seq: string; hash: string; mac: string }>('POST', '/api/audit-chain/checkpoints', { token: admin });
    expect(exported.status).toBe(201);
    expect(exported.body).toEqual({ seq: expect.stringMatching(/^\d+$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/), createdAt: expect.any(String), mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await app.request('POST', '/api/clients', { token: caseworker.accessToken, body: { firstName: 'After', lastName: 'C' } });

    // The owner erases event 2 and recomputes every later hash and the head: the chain itself is consistent.
    await asOwner(async (c) => {
      await c.query('DELETE FROM audit_events WHERE seq = 2');
      await c.query('UPDATE audit_events SET seq = seq - 1 WHERE seq > 2');
      const { rows } = await c.query('SELECT id, created_at AS "createdAt", actor_id AS "actorId", actor_role AS "actorRole", action, resource, record_id AS "recordId", details, address, user_agent AS "userAgent", seq::text AS seq FROM audit_events ORDER BY audit_events.seq');
      let prev = '0'.repeat(64);
      for (const row of rows) {
        const hash = chainHash(row.seq, prev, row);
        await c.query('UPDATE audit_events SET hash = $1 WHERE id = $2', [hash, row.id]);
        prev = hash;
      }
      await c.query('UPDATE audit_chain_head SET seq = $1, hash = $2', [rows.length, prev]);
    });
    const plain = verifyAudit();
    expect(plain.status).toBe(0); // a consistent rewrite passes a check without a checkpoint …

    const cli = verifyAudit('--checkpoint', cpFile);
    expect(cli.status).toBe(1); // … but not against the checkpoint taken before it
    expect(cli.out).toMatch(/differs from the exported checkpoint/);
    const api = await app.request<Report>('POST', '/api/audit-chain/verify', { token: admin, body: { checkpoint: exported.body } });
    expect(api.status).toBe(200);
    expect(api.body).toMatchObject({ ok: false, firstProblem: { kind: 'checkpoint' }, checkpoint: { matches: false } });

    // A checkpoint edited to match the rewritten chain is not authentic (the key is the app's).
    const forged = { ...exported.body, hash: api.body.head.hash, seq: api.body.head.seq };
    writeFileSync(cpFile, JSON.stringify(forged));
    const forgedRun = verifyAudit('--checkpoint', cpFile);
    expect(forgedRun.status).toBe(1);
    expect(forgedRun.out).toMatch(/not authentic/);
    expect(JSON.parse(readFileSync(cpFile, 'utf8'))).toMatchObject({ seq: forged.seq });
  });

  it('reports an event inserted around the app (no place in the chain)', async () => {
    await withClient(app.databaseUrl, (c) => c.query(`INSERT INTO audit_events (action, resource) VALUES ('read', 'forged')`));
    const cli = verifyAudit();
    expect(cli.status).toBe(1);
  });
});
