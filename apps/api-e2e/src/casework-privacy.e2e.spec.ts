import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * Identifying values never rest in the database in clear (neither in a table nor in a backup made with
 * pg_dump), and every read of a client and every write to casework leaves an audit event that itself
 * carries no personal value.
 */
type Rec = { id: string; version: number } & Record<string, unknown>;
type AuditEvent = { id: string; action: string; resource: string; recordId: string | null; actorId: string | null; createdAt: string };
const filter = (f: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
const PG_DUMP = existsSync('/usr/bin/pg_dump') ? '/usr/bin/pg_dump' : 'pg_dump';

/** Distinctive values, each as submitted and in the forms the API might normalize it to. */
const SECRET = {
  firstName: 'Yaroslavna',
  lastName: 'Kholmogorova',
  newLastName: 'Zhelezniakova',
  aNumber: 'A 207-318-452',
  aNumberDigits: '207318452',
  dateOfBirth: '1987-03-14',
  email: 'yaroslavna.k@hidden.example.org',
  phone: '+1 (646) 555-0187',
  phoneDigits: '6465550187',
  i589: 'ZLA2107733419',
  i765: 'IOE9107733420',
  milestoneNote: 'missed biometrics: in hospital after assault',
  housingNote: 'sleeping in a car near Brighton Beach',
  needNote: 'needs PrEP and a trauma therapist',
  noteBody: 'fled Makhachkala after her brother threatened her',
  newNoteBody: 'asked us not to call her mother in Derbent',
};
const SECRETS = Object.values(SECRET);

describe('casework privacy and audit', () => {
  let app: TestApp;
  let admin: string;
  let cw: { accessToken: string; user: { id: string } };
  let director: { accessToken: string; user: { id: string } };
  let client: Rec;
  let kase: Rec;

  const req = async (method: string, path: string, body?: unknown, token = cw.accessToken): Promise<Rec> => {
    const res = await app.request<Rec>(method, path, { token, body });
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };
  const auditFor = async (resource: string, recordId: string) => {
    const res = await app.request<AuditEvent[]>('GET', `/api/audit-events?${filter({ resource, recordId })}&range=[0,99]&sort=["createdAt","ASC"]`, { token: admin });
    expect(res.status).toBe(200);
    return res.body;
  };
  const expectNoSecret = (text: string, where: string) => {
    const lower = text.toLowerCase();
    const leaked = SECRETS.filter((s) => lower.includes(s.toLowerCase()));
    expect({ where, leaked }).toEqual({ where, leaked: [] });
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
    cw = await app.createUser('caseworker');
    director = await app.createUser('director');
    client = await req('POST', '/api/clients', { firstName: SECRET.firstName, lastName: SECRET.lastName, aNumber: SECRET.aNumber, dateOfBirth: SECRET.dateOfBirth, email: SECRET.email, phone: SECRET.phone, lastArrivalOn: '2025-04-02' });
    kase = await req('POST', '/api/cases', { clientId: client.id, kind: 'affirmative', i589ReceiptNumber: SECRET.i589 });
    kase = await req('PUT', `/api/cases/${kase.id}`, { ...kase, i765ReceiptNumber: SECRET.i765 });
    await req('POST', '/api/milestones', { caseId: kase.id, type: 'CLOCK_STOP', date: '2025-05-01', endDate: '2025-05-15', note: SECRET.milestoneNote });
    await req('POST', '/api/housing-situations', { clientId: client.id, category: 'car', startedOn: '2025-04-03', note: SECRET.housingNote });
    await req('POST', '/api/support-needs', { clientId: client.id, category: 'medical', urgency: 'high', openedOn: '2025-04-03', note: SECRET.needNote });
    const note = await req('POST', '/api/notes', { clientId: client.id, body: SECRET.noteBody });
    await req('POST', '/api/notes', { clientId: client.id, body: SECRET.newNoteBody });
    await req('PUT', `/api/notes/${note.id}`, { ...note, body: `${SECRET.noteBody} (confirmed)` });
    client = await req('PUT', `/api/clients/${client.id}`, { ...client, lastName: SECRET.newLastName });
    // Searches and a refused write that quote personal values must not leave them anywhere either.
    await req('GET', `/api/clients?${filter({ q: SECRET.firstName })}`);
    await req('GET', `/api/clients?${filter({ q: SECRET.aNumber })}`);
    await app.request('POST', '/api/clients', { token: cw.accessToken, body: { firstName: SECRET.firstName, lastName: SECRET.lastName, email: `${SECRET.email}@@` } });
  });
  afterAll(() => app?.close());

  it('serves the values back to the caseworker (so the sweeps below look for what was really stored)', async () => {
    const c = await req('GET', `/api/clients/${client.id}`);
    expect(c).toMatchObject({ firstName: SECRET.firstName, lastName: SECRET.newLastName, aNumber: SECRET.aNumberDigits, dateOfBirth: SECRET.dateOfBirth, email: SECRET.email, phone: SECRET.phone });
    expect(await req('GET', `/api/cases/${kase.id}`)).toMatchObject({ i589ReceiptNumber: SECRET.i589, i765ReceiptNumber: SECRET.i765 });
  });

  it('keeps no identifying value in clear in any table', async () => {
    const dump = await withClient(app.databaseUrl, async (c) => {
      const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows as { tablename: string }[];
      const parts: string[] = [];
      for (const { tablename } of tables) {
        const rows = (await c.query(`SELECT row_to_json(t)::text AS j FROM "${tablename}" t`)).rows as { j: string }[];
        parts.push(`${tablename}: ${rows.map((r) => r.j).join('\n')}`);
      }
      return { tables: tables.map((t) => t.tablename), text: parts.join('\n') };
    });
    expect(dump.tables).toEqual(expect.arrayContaining(['clients', 'cases', 'milestones', 'housing_situations', 'support_needs', 'notes', 'audit_events']));
    // The rows are there (the sweep reads real data) ...
    expect(dump.text).toContain(client.id);
    expect(dump.text).toContain(kase.id);
    // ... but none of the values.
    expectNoSecret(dump.text, 'tables');
  });

  it('keeps no identifying value in clear in a pg_dump backup', () => {
    const dump = execFileSync(PG_DUMP, ['--no-owner', '--no-privileges', '--dbname', app.databaseUrl], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(dump).toContain('COPY public.clients');
    expect(dump).toContain(client.id);
    expectNoSecret(dump, 'pg_dump');
  });

  it('writes no identifying value to its log', () => {
    expectNoSecret(app.output(), 'API output');
  });

  it('echoes no submitted value in a validation error', async () => {
    const res = await app.request('POST', '/api/clients', { token: cw.accessToken, body: { firstName: SECRET.firstName, lastName: SECRET.lastName, aNumber: `${SECRET.aNumberDigits}XX`, phone: SECRET.phone } });
    expect(res.status).toBe(400);
    expectNoSecret(res.text, 'error body');
    expect(res.text).not.toContain(`${SECRET.aNumberDigits}XX`);
  });

  it('records every read of a client, by whom, each time', async () => {
    const before = await auditFor('clients', client.id);
    await req('GET', `/api/clients/${client.id}`);
    await req('GET', `/api/clients/${client.id}`);
    await req('GET', `/api/clients/${client.id}`, undefined, director.accessToken);
    const reads = (await auditFor('clients', client.id)).filter((e) => e.action === 'read').slice(-3);
    expect((await auditFor('clients', client.id)).length).toBe(before.length + 3);
    expect(reads.map((e) => [e.action, e.resource, e.recordId, e.actorId])).toEqual([
      ['read', 'clients', client.id, cw.user.id],
      ['read', 'clients', client.id, cw.user.id],
      ['read', 'clients', client.id, director.user.id],
    ]);
  });

  it('records the creation and each update of a client', async () => {
    const c = await req('POST', '/api/clients', { firstName: 'Audit', lastName: 'Trail' });
    const updated = await req('PUT', `/api/clients/${c.id}`, { ...c, householdSize: 3 });
    await req('PUT', `/api/clients/${c.id}`, { ...updated, caseworkerId: cw.user.id, region: 'NYC' }, admin);
    const events = await auditFor('clients', c.id);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ['create', cw.user.id],
      ['update', cw.user.id],
      ['update', (await app.login(app.admin.email, app.admin.password)).user.id],
    ]);
  });

  it.each([
    ['cases', () => ({ clientId: client.id, kind: 'defensive' }), (r: Rec) => ({ ...r, status: 'in_court' })],
    ['milestones', () => ({ caseId: kase.id, type: 'INTERVIEW', date: '2025-10-01' }), (r: Rec) => ({ ...r, date: '2025-10-02' })],
    ['housing-situations', () => ({ clientId: client.id, category: 'rental', startedOn: '2025-09-01' }), (r: Rec) => ({ ...r, endedOn: '2025-10-01' })],
    ['support-needs', () => ({ clientId: client.id, category: 'legal', openedOn: '2025-09-01' }), (r: Rec) => ({ ...r, metOn: '2025-09-20' })],
    ['notes', () => ({ clientId: client.id, body: 'audit me' }), (r: Rec) => ({ ...r, body: 'audit me again' })],
  ])('records create, update and delete of %s with the record id and the actor', async (resource, create, update) => {
    const created = await req('POST', `/api/${resource}`, create());
    await req('PUT', `/api/${resource}/${created.id}`, update(created));
    await req('DELETE', `/api/${resource}/${created.id}`, undefined, resource === 'cases' ? admin : cw.accessToken);
    const events = await auditFor(resource, created.id);
    const writes = events.filter((e) => e.action !== 'read');
    expect(writes.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(writes.slice(0, 2).every((e) => e.actorId === cw.user.id && e.recordId === created.id && e.resource === resource)).toBe(true);
  });

  it('records no write for a refused update, which changes nothing', async () => {
    const before = await auditFor('clients', client.id);
    const res = await app.request('PUT', `/api/clients/${client.id}`, { token: cw.accessToken, body: { ...client, householdSize: 0 } });
    expect(res.status).toBe(400);
    expect((await auditFor('clients', client.id)).length).toBe(before.length);
    const rows = await withClient(app.databaseUrl, async (c) => (await c.query('SELECT household_size, version FROM clients WHERE id = $1', [client.id])).rows);
    expect(rows).toEqual([{ household_size: client.householdSize, version: client.version }]);
  });

  it('keeps personal values out of the audit trail as served', async () => {
    const res = await app.request('GET', '/api/audit-events?range=[0,499]', { token: admin });
    expect(res.status).toBe(200);
    expect(res.text).toContain(client.id);
    expectNoSecret(res.text, 'audit events');
  });
});
