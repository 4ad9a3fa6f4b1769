import type { CaseRecord, ClientRecord, TaskRecord } from '@ct/contracts';
import { type TestApp, startTestApp } from './support/test-app';

/** Tasks: per-role access, caseload scope (404 outside), encrypted notes, done and snooze; new computed case fields. */
const TZ = 'America/New_York';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('deadlines: tasks and permit/fee fields', () => {
  let app: TestApp;
  let cw: string;
  let cwId: string;
  let other: string;
  let director: string;
  let directorId: string;
  let volunteer: string;
  let admin: string;
  let client: ClientRecord;

  beforeAll(async () => {
    app = await startTestApp({ env: { APP_TIME_ZONE: TZ, JOBS_TICK_SECONDS: '0' } });
    const c = await app.createUser('caseworker');
    cw = c.accessToken;
    cwId = c.user.id;
    other = (await app.createUser('caseworker')).accessToken;
    const d = await app.createUser('director');
    director = d.accessToken;
    directorId = d.user.id;
    volunteer = (await app.createUser('volunteer')).accessToken;
    admin = await app.adminToken();
    client = (await app.request<ClientRecord>('POST', '/api/clients', { token: cw, body: { firstName: 'Taskina', lastName: 'Owner' } })).body;
  });
  afterAll(() => app?.close());

  const create = (token: string, body: Record<string, unknown>) => app.request<TaskRecord>('POST', '/api/tasks', { token, body });

  it('a caseworker creates a task in their caseload, assigned to themself, its note encrypted at rest', async () => {
    const res = await create(cw, { clientId: client.id, dueOn: today(), note: 'Call Taskina about the lawyer' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ clientId: client.id, clientCode: client.code, kind: 'MANUAL', assigneeId: cwId, status: 'open', note: 'Call Taskina about the lawyer', generated: false, version: 1 });
  });

  it('stores the note encrypted (read from the database)', async () => {
    const { Client } = await import('pg');
    const db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ note_enc: string }>(`SELECT note_enc FROM tasks WHERE note_enc IS NOT NULL`);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.note_enc).not.toContain('Taskina');
    } finally {
      await db.end();
    }
  });

  it('refuses directors and volunteers (403) and answers 404 outside the caseload', async () => {
    const task = (await create(cw, { clientId: client.id, dueOn: today() })).body;
    for (const token of [director, volunteer]) {
      expect((await app.request('GET', '/api/tasks', { token })).status).toBe(403);
      expect((await app.request('GET', `/api/tasks/${task.id}`, { token })).status).toBe(403);
      expect((await create(token, { clientId: client.id, dueOn: today() })).status).toBe(403);
      expect((await app.request('PUT', `/api/tasks/${task.id}`, { token, body: { status: 'done', version: 1 } })).status).toBe(403);
    }
    expect((await app.request('GET', `/api/tasks/${task.id}`, { token: other })).status).toBe(404);
    expect((await app.request('PUT', `/api/tasks/${task.id}`, { token: other, body: { status: 'done', version: 1 } })).status).toBe(404);
    expect((await app.request('DELETE', `/api/tasks/${task.id}`, { token: other })).status).toBe(404);
    expect((await create(other, { clientId: client.id, dueOn: today() })).status).toBe(404);
    const list = await app.request<TaskRecord[]>('GET', '/api/tasks', { token: other });
    expect(list.body).toEqual([]);
    expect((await app.request('GET', `/api/tasks/${task.id}`, { token: admin })).status).toBe(200);
  });

  it('marks done and snoozes; the dashboard filter hides both', async () => {
    const a = (await create(cw, { clientId: client.id, dueOn: today() })).body;
    const b = (await create(cw, { clientId: client.id, dueOn: today() })).body;
    const done = await app.request<TaskRecord>('PUT', `/api/tasks/${a.id}`, { token: cw, body: { ...a, status: 'done' } });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('done');
    expect(done.body.doneAt).not.toBeNull();
    const snoozed = await app.request<TaskRecord>('PUT', `/api/tasks/${b.id}`, { token: cw, body: { ...b, snoozedUntil: addDays(today(), 3) } });
    expect(snoozed.body.snoozedUntil).toBe(addDays(today(), 3));
    const active = await app.request<TaskRecord[]>('GET', `/api/tasks?filter=${encodeURIComponent(JSON.stringify({ active: true }))}`, { token: cw });
    expect(active.body.map((t) => t.id)).not.toEqual(expect.arrayContaining([a.id]));
    expect(active.body.map((t) => t.id)).not.toEqual(expect.arrayContaining([b.id]));
  });

  it.each([
    ['a snooze into the past', { snoozedUntil: '2020-01-01' }, 'snoozedUntil'],
    ['an unknown status', { status: 'later' }, 'status'],
    ['an unknown field', { colour: 'red' }, 'colour'],
  ])('refuses %s with 400 and changes nothing', async (_label, change, field) => {
    const t = (await create(cw, { clientId: client.id, dueOn: today() })).body;
    const res = await app.request<{ message: string }>('PUT', `/api/tasks/${t.id}`, { token: cw, body: { ...t, ...change } });
    expect(res.status).toBe(400);
    expect(res.text).toContain(field);
    expect((await app.request<TaskRecord>('GET', `/api/tasks/${t.id}`, { token: cw })).body.version).toBe(1);
  });

  it('refuses an assignee who is not a caseworker, and a stale version', async () => {
    const res = await create(cw, { clientId: client.id, dueOn: today(), assigneeId: directorId });
    expect(res.status).toBe(400);
    const t = (await create(cw, { clientId: client.id, dueOn: today() })).body;
    expect((await app.request('PUT', `/api/tasks/${t.id}`, { token: cw, body: { ...t, version: 7 } })).status).toBe(409);
  });

  it('serves the caseload calendar to caseworkers and admins only, with dates checked', async () => {
    const range = `from=${today()}&to=${addDays(today(), 30)}`;
    expect((await app.request('GET', `/api/calendar/events?${range}`, { token: cw })).status).toBe(200);
    expect((await app.request('GET', `/api/calendar/events?${range}`, { token: admin })).status).toBe(200);
    expect((await app.request('GET', `/api/calendar/events?${range}`, { token: director })).status).toBe(403);
    expect((await app.request('GET', `/api/calendar/events?${range}`, { token: volunteer })).status).toBe(403);
    expect((await app.request('GET', `/api/calendar/events?${range}`)).status).toBe(401);
    for (const bad of ['from=2026-13-01&to=2026-12-01', `from=${today()}`, 'from=2026-12-01&to=2026-11-01', 'from=2026-01-01&to=2028-01-01']) {
      expect((await app.request('GET', `/api/calendar/events?${bad}`, { token: cw })).status).toBe(400);
    }
    // Another caseworker's calendar holds nothing of this caseload.
    const theirs = await app.request<{ clientId: string }[]>('GET', `/api/calendar/events?from=${addDays(today(), -400)}&to=${addDays(today(), -40)}`, { token: other });
    expect(theirs.body.filter((e) => e.clientId === client.id)).toEqual([]);
  });

  it('serves the permit and annual-fee fields on a case, with card dates on a milestone', async () => {
    const k = (await app.request<CaseRecord>('POST', '/api/cases', { token: cw, body: { clientId: client.id, kind: 'affirmative' } })).body;
    const ms = async (body: Record<string, unknown>) => app.request('POST', '/api/milestones', { token: cw, body: { caseId: k.id, ...body } });
    expect((await ms({ type: 'I589_FILED', date: '2025-08-01' })).status).toBe(201);
    expect((await ms({ type: 'EAD_APPROVED', date: '2026-01-10' })).status).toBe(201);
    expect((await ms({ type: 'ANNUAL_FEE_NOTICE', date: '2026-07-10' })).status).toBe(201);
    expect((await ms({ type: 'I589_FILED', date: '2025-08-01', validUntil: '2027-01-01' })).status).toBe(400);
    const got = (await app.request<CaseRecord>('GET', `/api/cases/${k.id}`, { token: cw })).body;
    expect(got).toMatchObject({ permitExpiresOn: '2027-07-09', renewalMayFileOn: '2027-01-10', annualFeeNoticeOn: '2026-07-10', annualFeeDueOn: '2026-08-09', annualFeeAmount: 102, workAuthorizedOn: '2026-01-10' });
    expect(got.explanations.find((e) => e.field === 'permitExpiresOn')?.code).toBe('PERMIT_EXPIRES_CAP');
    const card = await ms({ type: 'EAD_CARD_RECEIVED', date: '2026-01-25', validFrom: '2026-01-12', validUntil: '2027-01-11' });
    expect(card.status).toBe(201);
    expect(card.body).toMatchObject({ validFrom: '2026-01-12', validUntil: '2027-01-11' });
    expect((await app.request<CaseRecord>('GET', `/api/cases/${k.id}`, { token: cw })).body.permitExpiresOn).toBe('2027-01-11');
  });
});
