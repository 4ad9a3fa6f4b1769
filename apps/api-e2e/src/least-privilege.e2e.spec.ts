import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { RUNTIME_GROUP_ROLE } from '@ct/database';
import { type TestApp, adminQuery, databaseUrl, startTestApp } from './support/test-app';

/**
 * The app migrates as the owner (MIGRATION_DATABASE_URL) and serves as a runtime role that owns
 * nothing (DATABASE_URL). That role may not rewrite the audit trail by any route: update, delete,
 * truncate, alter, disable its trigger, or switch triggers off with session_replication_role.
 */
describe('least privilege: the runtime role', () => {
  // Roles are cluster-wide: a name of this run only.
  const role = `ct_rt_${process.pid}_${randomBytes(3).toString('hex')}`;
  const dbName = `ct_t_${process.pid}_lp_${randomBytes(3).toString('hex')}`;
  let app: TestApp;
  let runtimeUrl: string;

  beforeAll(async () => {
    // An empty database: the owner's migrations create everything, the runtime role gets only grants.
    await adminQuery(`CREATE DATABASE ${dbName}`);
    await adminQuery(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${RUNTIME_GROUP_ROLE}') THEN CREATE ROLE ${RUNTIME_GROUP_ROLE} NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await adminQuery(`CREATE ROLE ${role} LOGIN IN ROLE ${RUNTIME_GROUP_ROLE}`);
    const url = new URL(databaseUrl(dbName));
    url.username = role;
    runtimeUrl = url.toString();
    app = await startTestApp({ databaseName: dbName, env: { DATABASE_URL: runtimeUrl, MIGRATION_DATABASE_URL: databaseUrl(dbName) } });
  }, 60000);

  afterAll(async () => {
    await app?.stop();
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await adminQuery(`DROP ROLE IF EXISTS ${role}`);
  });

  async function asRuntime<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const c = new Client({ connectionString: runtimeUrl });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  }

  it('serves normally with that role: sign-in, writes, audit', async () => {
    const caseworker = await app.createUser('caseworker');
    const created = await app.request<{ id: string; version: number }>('POST', '/api/clients', { token: caseworker.accessToken, body: { firstName: 'Least', lastName: 'Privilege' } });
    expect(created.status).toBe(201);
    const updated = await app.request('PUT', `/api/clients/${created.body.id}`, { token: caseworker.accessToken, body: { firstName: 'Least', lastName: 'Privileged', version: created.body.version } });
    expect(updated.status).toBe(200);
    const audit = await app.request<unknown[]>('GET', '/api/audit-events', { token: await app.adminToken() });
    expect(audit.status).toBe(200);
    expect(audit.body.length).toBeGreaterThan(2);
    expect((await app.request('GET', '/api/health')).status).toBe(200);
  });

  it('owns nothing and is not a superuser', async () => {
    const { rows } = await asRuntime((c) =>
      c.query<{ owned: string; superuser: boolean }>(`SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid) AS owned, r.rolsuper AS superuser FROM pg_roles r WHERE r.rolname = current_user`),
    );
    expect(rows[0]).toEqual({ owned: '0', superuser: false });
  });

  it('can insert and read audit events, and nothing else on that table', async () => {
    await asRuntime(async (c) => {
      await c.query(`INSERT INTO audit_events (action, resource) VALUES ('read', 'probe')`);
      expect((await c.query(`SELECT count(*) FROM audit_events`)).rows[0].count).not.toBe('0');
      const attempts = [
        `UPDATE audit_events SET action = 'forged'`,
        `DELETE FROM audit_events`,
        `TRUNCATE audit_events`,
        `ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`,
        `ALTER TABLE audit_events DISABLE TRIGGER ALL`,
        `ALTER TABLE audit_events ADD COLUMN forged text`,
        `DROP TABLE audit_events`,
        `DROP TRIGGER audit_events_no_update_delete ON audit_events`,
        `CREATE TABLE forged (id int)`,
        `DELETE FROM migrations`,
        `DELETE FROM audit_chain_head`,
        `INSERT INTO audit_chain_head (id, seq, hash) VALUES (2, 0, 'x')`,
        `TRUNCATE audit_chain_head`,
      ];
      for (const sql of attempts) {
        // Refused by privileges, not merely stopped by the append-only trigger (which the owner can disable).
        const error = (await c.query(sql).then(() => null, (e: unknown) => e)) as { code?: string; message?: string } | null;
        expect({ sql, code: error?.code, refusedByPrivilege: /permission denied|must be owner/.test(error?.message ?? '') }).toEqual({ sql, code: '42501', refusedByPrivilege: true });
      }
      // Replica mode would skip the append-only trigger: only a superuser may switch it on.
      await expect(c.query(`SET session_replication_role = replica`)).rejects.toMatchObject({ code: '42501' });
      await c.query('BEGIN');
      await expect(c.query(`SET LOCAL session_replication_role = replica`)).rejects.toMatchObject({ code: '42501' });
      await c.query('ROLLBACK');
    });
  });
});
