import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientFile, RetentionDueRecord } from '@ct/contracts';
import { createFullRecord } from './support/full-record';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

describe('a client file and retention review', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-retention-'));
  const ledger = join(dir, 'ledger.log');
  let app: TestApp;
  let cw: { accessToken: string };
  let volunteer: { accessToken: string };

  beforeAll(async () => {
    app = await startTestApp({ env: { ERASURE_LEDGER: ledger } });
    cw = await app.createUser('caseworker');
    volunteer = await app.createUser('volunteer');
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the client’s caseworker and admins the whole record, decrypted, with computed dates and explanations; audited', async () => {
    const record = await createFullRecord(app, cw.accessToken, volunteer.accessToken, 'file');
    await app.request('POST', '/api/consents', { token: cw.accessToken, body: { clientId: record.clientId, purpose: 'contact_channel', granted: true, detail: 'signal', givenOn: '2026-01-05' } });
    for (const token of [cw.accessToken, await app.adminToken()]) {
      const res = await app.request<ClientFile>('GET', `/api/client-files/${record.clientId}`, { token });
      expect(res.status).toBe(200);
      const file = res.body;
      expect(file.client).toMatchObject({ id: record.clientId, firstName: 'Firstname-file', lastName: 'Lastname-file', aNumber: '201555777', email: 'file@example.org' });
      expect(file.cases).toHaveLength(1);
      expect(file.cases[0]).toMatchObject({ i589ReceiptNumber: 'ZLA1234567890', clockStartedOn: '2025-03-01' });
      expect(file.cases[0].explanations.length).toBeGreaterThan(0);
      expect(file.milestones.map((m) => m.note)).toEqual(['Milestone note-file']);
      expect(file.housing.map((h) => h.note)).toEqual(['Housing note-file']);
      expect(file.needs.map((n) => n.note)).toEqual(['Need note-file']);
      expect(file.notes.map((n) => n.body)).toEqual(['Case note body-file']);
      expect(file.consents).toMatchObject([{ purpose: 'contact_channel', detail: 'signal', inForce: true }]);
    }
    const audit = await withClient(app.databaseUrl, async (c) => (await c.query(`SELECT actor_role, details FROM audit_events WHERE action = 'export' AND record_id = $1 ORDER BY created_at`, [record.clientId])).rows);
    expect(audit).toEqual([
      { actor_role: 'caseworker', details: { document: 'client-file' } },
      { actor_role: 'admin', details: { document: 'client-file' } },
    ]);
  });

  it('refuses directors and volunteers (403) and another caseworker (404)', async () => {
    const record = await createFullRecord(app, cw.accessToken, volunteer.accessToken, 'private');
    const director = await app.createUser('director');
    const other = await app.createUser('caseworker');
    expect((await app.request('GET', `/api/client-files/${record.clientId}`, { token: director.accessToken })).status).toBe(403);
    expect((await app.request('GET', `/api/client-files/${record.clientId}`, { token: volunteer.accessToken })).status).toBe(403);
    const res = await app.request('GET', `/api/client-files/${record.clientId}`, { token: other.accessToken });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('Firstname');
  });

  it('reports clients whose cases closed more than RETENTION_YEARS ago and de-identifies one once an admin confirms', async () => {
    const admin = await app.adminToken();
    const old = await createFullRecord(app, cw.accessToken, volunteer.accessToken, 'old');
    const recent = await createFullRecord(app, cw.accessToken, volunteer.accessToken, 'recent');
    for (const r of [old, recent]) {
      const kase = await app.request<{ version: number }>('GET', `/api/cases/${r.caseId}`, { token: cw.accessToken });
      expect((await app.request('PUT', `/api/cases/${r.caseId}`, { token: cw.accessToken, body: { status: 'closed', version: kase.body.version } })).status).toBe(200);
    }
    await withClient(app.databaseUrl, (c) => c.query(`UPDATE cases SET updated_at = now() - interval '7 years 2 days' WHERE id = $1`, [old.caseId]));

    const report = await app.request<RetentionDueRecord[]>('GET', '/api/retention', { token: admin });
    expect(report.status).toBe(200);
    expect(report.body.map((r) => r.id)).toEqual([old.clientId]);
    expect(Object.keys(report.body[0]).sort()).toEqual(['closedOn', 'code', 'dueOn', 'id', 'years']);
    expect(report.body[0].years).toBe(7);
    for (const token of [cw.accessToken, (await app.createUser('director')).accessToken]) {
      expect((await app.request('GET', '/api/retention', { token })).status).toBe(403);
      expect((await app.request('POST', `/api/retention/${old.clientId}/deidentify`, { token })).status).toBe(403);
    }

    expect((await app.request('POST', `/api/retention/${recent.clientId}/deidentify`, { token: admin })).status).toBe(409);
    const done = await app.request('POST', `/api/retention/${old.clientId}/deidentify`, { token: admin });
    expect(done.status).toBe(201);
    expect((await app.request('GET', `/api/clients/${old.clientId}`, { token: admin })).status).toBe(404);
    expect(readFileSync(ledger, 'utf8')).toContain(`${old.clientId} `);
    const audit = await withClient(app.databaseUrl, async (c) => (await c.query(`SELECT details FROM audit_events WHERE action = 'delete' AND record_id = $1`, [old.clientId])).rows);
    expect(audit).toEqual([{ details: { erased: true, keeps: 'statistics', reason: 'retention' } }]);
    expect((await app.request<unknown[]>('GET', '/api/retention', { token: admin })).body).toEqual([]);
  });
});
