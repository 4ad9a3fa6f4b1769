import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENCRYPTED_FIELDS } from '@ct/database';
import { createFullRecord } from './support/full-record';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

/** Every value left in the client's rows: encrypted columns of the registry, blind indexes, related rows. */
async function remnants(url: string, clientId: string) {
  return withClient(url, async (c) => {
    const values: string[] = [];
    for (const f of ENCRYPTED_FIELDS.filter((x) => x.clientKey)) {
      const { rows } = await c.query(`SELECT ${f.column}_enc AS v FROM ${f.table} WHERE ${f.clientKey} = $1 AND ${f.column}_enc IS NOT NULL AND ${f.column}_enc <> ''`, [clientId]);
      if (rows.length > 0) values.push(`${f.table}.${f.column}`);
    }
    const count = async (sql: string) => (await c.query(sql, [clientId])).rows[0].n as number;
    return {
      values,
      client: (await c.query(`SELECT name_index, a_number_index, caseworker_id, erased_at, exclude_from_statistics, last_arrival_on FROM clients WHERE id = $1`, [clientId])).rows[0] as Record<string, unknown> | undefined,
      milestones: await count(`SELECT count(*)::int AS n FROM milestones WHERE client_id = $1`),
      notes: await count(`SELECT count(*)::int AS n FROM notes WHERE client_id = $1`),
      housingRequests: await count(`SELECT count(*)::int AS n FROM housing_requests WHERE client_id = $1`),
      audit: (await c.query(`SELECT actor_role, details FROM audit_events WHERE action = 'delete' AND resource = 'clients' AND record_id = $1`, [clientId])).rows as { actor_role: string; details: unknown }[],
    };
  });
}

describe('erasure: DELETE /api/clients/:id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-erasure-'));
  const ledger = join(dir, 'ledger.log');
  let app: TestApp;
  let cw: { accessToken: string };
  let volunteer: { accessToken: string };
  let director: { accessToken: string };
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp({ env: { ERASURE_LEDGER: ledger } });
    cw = await app.createUser('caseworker');
    volunteer = await app.createUser('volunteer');
    director = await app.createUser('director');
    admin = await app.adminToken();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['the client’s own caseworker', () => cw.accessToken],
    ['a director', () => director.accessToken],
    ['a volunteer', () => volunteer.accessToken],
  ])('refuses %s (403) and changes nothing', async (_who, token) => {
    const record = await createFullRecord(app, cw.accessToken, volunteer.accessToken, `refused${Math.random().toString(36).slice(2, 8)}`);
    const res = await app.request('DELETE', `/api/clients/${record.clientId}`, { token: token() });
    expect(res.status).toBe(403);
    expect((await app.request('GET', `/api/clients/${record.clientId}`, { token: cw.accessToken })).status).toBe(200);
    expect((await remnants(app.databaseUrl, record.clientId)).values.length).toBeGreaterThan(0);
  });

  it('with consent to statistics: identity and free text are gone, the anonymous facts stay and are counted; audited without values', async () => {
    const record = await createFullRecord(app, cw.accessToken, volunteer.accessToken, 'consenting');
    const request = await app.request('POST', '/api/housing-requests', { token: cw.accessToken, body: { clientId: record.clientId, region: 'NY', neededFrom: '2025-02-01' } });
    expect(request.status).toBe(201);
    const before = await remnants(app.databaseUrl, record.clientId);
    expect(before.values.length).toBe(ENCRYPTED_FIELDS.filter((f) => f.clientKey).length);

    const res = await app.request('DELETE', `/api/clients/${record.clientId}`, { token: admin });
    expect(res.status).toBe(200);
    const after = await remnants(app.databaseUrl, record.clientId);
    expect(after.values).toEqual([]);
    expect(after.notes).toBe(0);
    expect(after.housingRequests).toBe(0);
    expect(after.client).toMatchObject({ name_index: [], a_number_index: null, caseworker_id: null, exclude_from_statistics: false, last_arrival_on: '2025-01-10' });
    expect(after.client?.['erased_at']).not.toBeNull();
    expect(after.milestones).toBe(1); // the dated facts the statistics count
    expect(after.audit).toEqual([{ actor_role: 'admin', details: { erased: true, keeps: 'statistics' } }]);

    // Gone from every route, for everyone, and never found by search.
    for (const path of [`/api/clients/${record.clientId}`, `/api/cases/${record.caseId}`]) expect((await app.request('GET', path, { token: admin })).status).toBe(404);
    const search = await app.request<unknown[]>('GET', `/api/clients?filter=${encodeURIComponent('{"q":"Lastname-consenting"}')}`, { token: admin });
    expect(search.body).toEqual([]);
    expect((await app.request('DELETE', `/api/clients/${record.clientId}`, { token: admin })).status).toBe(404);

    const line = readFileSync(ledger, 'utf8').trim().split('\n').pop() as string;
    expect(line).toMatch(new RegExp(`^${record.clientId} \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z statistics [A-Za-z0-9_-]{43}$`));
  });

  it('without consent to statistics: nothing of the client stays', async () => {
    const record = await createFullRecord(app, cw.accessToken, volunteer.accessToken, 'refusing');
    const current = await app.request<{ version: number }>('GET', `/api/clients/${record.clientId}`, { token: cw.accessToken });
    const put = await app.request('PUT', `/api/clients/${record.clientId}`, { token: cw.accessToken, body: { excludeFromStatistics: true, version: current.body.version } });
    expect(put.status).toBe(200);
    expect((await app.request('DELETE', `/api/clients/${record.clientId}`, { token: admin })).status).toBe(200);
    const after = await remnants(app.databaseUrl, record.clientId);
    expect(after).toMatchObject({ values: [], client: undefined, milestones: 0, notes: 0, housingRequests: 0 });
    expect(after.audit).toEqual([{ actor_role: 'admin', details: { erased: true, keeps: 'nothing' } }]);
    expect(readFileSync(ledger, 'utf8')).toContain(`${record.clientId} `);
  });
});
