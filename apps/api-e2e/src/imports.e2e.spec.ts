import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { ImportDryRun, ImportJobRecord, ImportPreview } from '@ct/contracts';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * Spreadsheet import over HTTP on a real PostgreSQL: preview, dry run, the import (all or nothing,
 * idempotent), bad files that change nothing, who may import, and that no value of the file is kept in
 * the clear anywhere in the database.
 */
type Session = { accessToken: string; user: { id: string } };
const BOM = '\uFEFF';
const HEADER = 'Имя;Фамилия;А-номер;Дата рождения;Эл. почта;Дата въезда;Подача I-589;Подача I-765;Разрешение на работу одобрено;Тип дела';
const RU_MAPPING = { 0: 'firstName', 1: 'lastName', 2: 'aNumber', 3: 'dateOfBirth', 4: 'email', 5: 'arrivedOn', 6: 'i589FiledOn', 7: 'eadAppliedOn', 8: 'eadApprovedOn', 9: 'caseKind' };
const GOOD = [
  HEADER,
  'Евдокия;Затворницкая;A-204-517-901;03.02.1990;evdokia@private.example.org;10.01.2025;01.06.2025;05.11.2025;15.01.2026;аффирмативный',
  '',
  'Пафнутий;Ключевской;A 204 517 902;15.07.1985;;12.03.2025;;;;',
  'Ferapont;Kolokoltsev;;1979-11-30;;;;;;',
].join('\r\n');

const csvFile = (text: string) => new Blob([Buffer.from(`${BOM}${text}\r\n`, 'utf8')], { type: 'text/csv' });

describe('spreadsheet import', () => {
  let app: TestApp;
  let admin: string;
  let cwA: Session;
  let cwB: Session;
  let director: Session;
  let volunteer: Session;

  async function upload<T>(path: string, token: string | null, file: Blob | null, fields: Record<string, string> = {}) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append('file', file, 'clients.csv');
    const res = await fetch(`${app.baseUrl}/api/imports${path}`, { method: 'POST', body: form, headers: token ? { Authorization: `Bearer ${token}` } : {} });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body: body as T, text };
  }
  /** The body as sent, byte-order mark included (fetch's text() drops it). */
  async function rawGet(path: string, token: string) {
    const res = await fetch(`${app.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: Buffer.from(await res.arrayBuffer()).toString('utf8') };
  }
  const settings = (extra: Record<string, unknown> = {}) => ({ settings: JSON.stringify({ mapping: RU_MAPPING, dateOrder: 'auto', ...extra }) });
  const counts = () =>
    withClient(app.databaseUrl, async (c) => {
      const row = (await c.query(`SELECT (SELECT count(*) FROM clients)::int AS clients, (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM milestones)::int AS milestones, (SELECT count(*) FROM import_jobs)::int AS jobs, (SELECT count(*) FROM import_row_keys)::int AS keys`)).rows[0];
      return row as Record<string, number>;
    });
  async function waitFor(id: string, token: string): Promise<ImportJobRecord> {
    for (let i = 0; i < 300; i++) {
      const res = await app.request<ImportJobRecord>('GET', `/api/imports/${id}`, { token });
      expect(res.status).toBe(200);
      if (res.body.status !== 'running') return res.body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the import did not finish');
  }

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
    [cwA, cwB, director, volunteer] = [await app.createUser('caseworker'), await app.createUser('caseworker'), await app.createUser('director'), await app.createUser('volunteer')];
  });
  afterAll(() => app?.close());

  it('previews a semicolon CSV with Cyrillic headers and suggests the whole mapping', async () => {
    const res = await upload<ImportPreview>('/preview', cwA.accessToken, csvFile(GOOD));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'csv', rowCount: 3, headers: HEADER.split(';'), remembered: null, dateOrder: 'auto' });
    expect(res.body.suggested).toEqual(Object.fromEntries(Object.entries(RU_MAPPING)));
    expect(res.body.sample[0][0]).toBe('Евдокия');
  });

  it('a dry run lists per row what will be created and writes nothing', async () => {
    const before = await counts();
    const res = await upload<ImportDryRun>('/dry-run', cwA.accessToken, csvFile(GOOD), settings());
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({ rows: 3, create: 3, skip: 0, error: 0, warnings: 1, cases: 2, milestones: 5 });
    expect(res.body.rows.map((r) => [r.row, r.outcome, r.creates.caseKind, r.creates.milestones.join(' ')])).toEqual([
      [2, 'create', 'affirmative', 'ARRIVED I589_FILED EAD_APPLIED EAD_APPROVED'],
      [4, 'create', 'affirmative', 'ARRIVED'],
      [5, 'create', null, ''],
    ]);
    expect(res.body.rows[1].problems.map((p) => p.code)).toEqual(['KIND_ASSUMED']);
    expect(await counts()).toEqual(before);
  });

  it('names the column of every error, finds duplicates in the file and in the tracker, and applies the manual milestone rules', async () => {
    // Caseworker B already has a client with this A-number (written differently).
    const existing = await app.request<{ id: string; code: string }>('POST', '/api/clients', { token: cwB.accessToken, body: { firstName: 'Секретный', lastName: 'Клиентов', aNumber: '204517999' } });
    expect(existing.status).toBe(201);
    const file = [
      HEADER,
      ';Безымянный;;;;;;;;',
      'Дата;Будущая;;01.01.2031;;;;;;',
      'Номер;Кривой;A-12;;;;;;;',
      'Почта;Плохая;;;not-an-email;;;;;',
      'Разрешение;Раньше;;;;;01.06.2025;;01.05.2025;',
      'Дубль;Первый;A204517555;;;;;;;',
      'Дубль;Второй;204-517-555;;;;;;;',
      'Уже;Есть;A-204-517-999;;;;;;;',
      'Дата;Непонятная;;3/4/1990;;;;;;',
      'Дважды;Записанная;;01.02.1990;;;;;;',
      'Дважды;Записанная;;01.02.1990;;;;;;',
    ].join('\r\n');
    const before = await counts();
    const res = await upload<ImportDryRun>('/dry-run', cwA.accessToken, csvFile(file), settings());
    expect(res.status).toBe(200);
    const byRow = Object.fromEntries(res.body.rows.map((r) => [r.row, `${r.outcome}:${r.problems.filter((p) => p.code !== 'KIND_ASSUMED').map((p) => `${p.code}@${p.column}`).join(',')}`]));
    expect(byRow).toEqual({
      2: 'error:REQUIRED@Имя',
      3: 'error:FUTURE_DATE@Дата рождения',
      4: 'error:INVALID_A_NUMBER@А-номер',
      5: 'error:INVALID_VALUE@Эл. почта',
      6: 'error:MILESTONE_ORDER@Разрешение на работу одобрено',
      7: 'create:',
      8: 'error:DUPLICATE_IN_FILE@А-номер',
      9: 'skip:DUPLICATE_CLIENT@А-номер',
      10: 'error:AMBIGUOUS_DATE@Дата рождения',
      11: 'create:',
      12: 'error:DUPLICATE_ROW@null',
    });
    expect(res.body.ambiguousDateColumns).toEqual(['Дата рождения']);
    // Another caseload's client is reported as existing, never shown.
    expect(res.text).not.toContain(existing.body.id);
    expect(res.text).not.toContain(existing.body.code);
    expect(res.text).not.toContain('Секретный');
    expect(await counts()).toEqual(before);

    const refused = await upload('', cwA.accessToken, csvFile(file), settings());
    expect(refused.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('imports all rows in one go, into the caseworker\'s own caseload, audited without personal values; the same file again creates nothing', async () => {
    const before = await counts();
    const started = await upload<ImportJobRecord>('', cwA.accessToken, csvFile(GOOD), settings());
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', total: 3 });
    const job = await waitFor(started.body.id, cwA.accessToken);
    expect(job).toMatchObject({ status: 'done', total: 3, processed: 3, failure: null, caseworkerId: cwA.user.id });
    expect(job.summary).toMatchObject({ create: 3, cases: 2, milestones: 5 });
    expect(await counts()).toEqual({ ...before, clients: before.clients + 3, cases: before.cases + 2, milestones: before.milestones + 5, jobs: before.jobs + 1, keys: before.keys + 3 });

    const list = await app.request<{ firstName: string; aNumber: string | null; lastArrivalOn: string | null; caseworkerId: string }[]>('GET', `/api/clients?range=[0,99]&filter=${encodeURIComponent(JSON.stringify({ q: 'Затворницкая' }))}`, { token: cwA.accessToken });
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ firstName: 'Евдокия', aNumber: '204517901', lastArrivalOn: '2025-01-10', caseworkerId: cwA.user.id });
    const cases = await app.request<{ clockStartedOn: string; eadInHandOn: string }[]>('GET', `/api/cases?filter=${encodeURIComponent(JSON.stringify({ clientId: (list.body[0] as unknown as { id: string }).id }))}`, { token: cwA.accessToken });
    expect(cases.body[0]).toMatchObject({ clockStartedOn: '2025-06-01', eadInHandOn: '2026-01-15' });

    // Each client, case and milestone is audited as if entered by hand, and the import itself as it starts and ends.
    const audit = await withClient(app.databaseUrl, async (c) => (await c.query(`SELECT action, resource, record_id, coalesce(details::text, '') AS details FROM audit_events WHERE actor_id = $1`, [cwA.user.id])).rows as { action: string; resource: string; record_id: string | null; details: string }[]);
    expect(audit.filter((e) => e.action === 'create' && e.resource === 'clients')).toHaveLength(3);
    expect(audit.filter((e) => e.action === 'create' && e.resource === 'milestones')).toHaveLength(5);
    expect(audit.filter((e) => e.resource === 'imports' && e.record_id === job.id).map((e) => JSON.parse(e.details).phase)).toEqual(expect.arrayContaining(['started', 'done']));
    for (const e of audit) expect(e.details).not.toMatch(/Евдокия|Затворницкая|204517901|evdokia|1990-02-03/);

    const report = await rawGet(`/api/imports/${job.id}/report.csv?lang=ru`, cwA.accessToken);
    expect(report.status).toBe(200);
    expect(report.type).toContain('text/csv');
    expect(report.text).toMatch(/^\uFEFFСтрока,Результат/);
    expect(report.text).toContain('создан');
    expect(report.text).not.toMatch(/Евдокия|Затворницкая|204517901|evdokia/);

    const again = await upload<ImportDryRun>('/dry-run', cwA.accessToken, csvFile(GOOD), settings());
    expect(again.body.summary).toMatchObject({ create: 0, skip: 3 });
    const second = await upload<ImportJobRecord>('', cwA.accessToken, csvFile(GOOD), settings());
    expect(second.status).toBe(202);
    expect((await waitFor(second.body.id, cwA.accessToken)).summary).toMatchObject({ create: 0, skip: 3 });
    const after = await counts();
    expect([after.clients, after.cases, after.milestones]).toEqual([before.clients + 3, before.cases + 2, before.milestones + 5]);
  });

  it('keeps no value of the uploaded file in the clear anywhere in the database', async () => {
    const dump = execFileSync('pg_dump', ['--data-only', app.databaseUrl], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(dump).toContain('import_jobs');
    for (const value of ['Евдокия', 'Затворницкая', 'evdokia@private.example.org', '204517901', '1990-02-03', 'Пафнутий', 'Kolokoltsev']) expect(dump).not.toContain(value);
  });

  it('forgets the import key of an erased client (no keyed hash of their identity stays)', async () => {
    const keys = (id: string) => withClient(app.databaseUrl, async (c) => Number((await c.query('SELECT count(*) FROM import_row_keys WHERE client_id = $1', [id])).rows[0].count));
    const found = await app.request<{ id: string }[]>('GET', `/api/clients?filter=${encodeURIComponent(JSON.stringify({ q: 'Ключевской' }))}`, { token: cwA.accessToken });
    const id = found.body[0].id;
    expect(await keys(id)).toBe(1);
    expect((await app.request('DELETE', `/api/clients/${id}`, { token: admin })).status).toBe(200);
    expect(await keys(id)).toBe(0);
  });

  it('remembers the mapping for the caller\'s next import', async () => {
    const reordered = ['Фамилия;Имя;Дата въезда;Телефон', 'Иванов;Иван;01.02.2025;'].join('\n');
    const res = await upload<ImportPreview>('/preview', cwA.accessToken, csvFile(reordered));
    expect(res.body.remembered).toEqual({ 0: 'lastName', 1: 'firstName', 2: 'arrivedOn', 3: 'phone' });
    expect((await upload<ImportPreview>('/preview', cwB.accessToken, csvFile(reordered))).body.remembered).toBeNull();
  });

  it('imports an Excel workbook with a merged two-row header, Excel dates and empty rows; admins choose the caseload', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Клиенты');
    ws.addRow(['Клиент', null, 'Даты', null]);
    ws.addRow(['Имя', 'Фамилия', 'Прибытие', 'Подача I-589']);
    ws.mergeCells('A1:B1');
    ws.mergeCells('C1:D1');
    ws.addRow(['Аграфена', 'Переяславцева', new Date(Date.UTC(2025, 1, 1)), new Date(Date.UTC(2025, 4, 2))]);
    ws.addRow([]);
    ws.addRow(['Фрол', 'Толоконников', null, null]);
    const file = new Blob([Buffer.from(await wb.xlsx.writeBuffer())]);
    const preview = await upload<ImportPreview>('/preview', admin, file);
    expect(preview.body).toMatchObject({ format: 'xlsx', sheets: ['Клиенты'], headers: ['Клиент Имя', 'Клиент Фамилия', 'Даты Прибытие', 'Даты Подача I-589'], rowCount: 2 });
    const body = { settings: JSON.stringify({ mapping: preview.body.suggested, dateOrder: 'auto', caseworkerId: cwB.user.id }) };
    const dry = await upload<ImportDryRun>('/dry-run', admin, file, body);
    expect([dry.status, dry.text]).toEqual([200, dry.status === 200 ? dry.text : "ok"]);
    expect(dry.body.rows.map((r) => [r.row, r.outcome, r.creates.milestones.join(' ')])).toEqual([[3, 'create', 'ARRIVED I589_FILED'], [5, 'create', '']]);
    const job = await waitFor((await upload<ImportJobRecord>('', admin, file, body)).body.id, admin);
    expect(job).toMatchObject({ status: 'done', caseworkerId: cwB.user.id });
    const mine = await app.request<{ lastName: string }[]>('GET', '/api/clients?range=[0,99]', { token: cwB.accessToken });
    expect(mine.body.map((c) => c.lastName)).toEqual(expect.arrayContaining(['Переяславцева', 'Толоконников']));
  });

  describe('bad files answer 4xx and write nothing', () => {
    let before: Record<string, number>;
    beforeEach(async () => {
      before = await counts();
    });
    afterEach(async () => {
      expect(await counts()).toEqual(before);
    });

    it.each<[string, () => Blob, number, string]>([
      ['not a spreadsheet (a PNG)', () => new Blob([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])]), 400, 'NOT_A_SPREADSHEET'],
      ['a damaged workbook', () => new Blob([Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)])]), 400, 'NOT_A_SPREADSHEET'],
      ['an empty file', () => new Blob([]), 400, 'EMPTY'],
      ['a header without rows', () => csvFile(HEADER), 400, 'EMPTY'],
      ['more than 10 MB', () => csvFile(`${HEADER}\r\n${'Имя;Фамилия;;;;;;;;\r\n'.repeat(400000)}`), 413, 'PAYLOAD_TOO_LARGE'],
    ])('%s', async (_label, file, status, code) => {
      for (const path of ['/preview', '/dry-run', '']) {
        const res = await upload<{ code: string; field: string }>(path, cwA.accessToken, file(), settings());
        expect([path, res.status, res.body.code]).toEqual([path, status, code]);
      }
    });

    it.each<[string, Record<string, string>, string]>([
      ['wrong columns: no first name mapped', { settings: JSON.stringify({ mapping: { 1: 'lastName' } }) }, 'mapping'],
      ['a column the file does not have', { settings: JSON.stringify({ mapping: { 0: 'firstName', 1: 'lastName', 40: 'email' } }) }, 'mapping'],
      ['an unknown field', { settings: JSON.stringify({ mapping: { 0: 'firstName', 1: 'passwordHash' } }) }, 'settings.mapping'],
      ['no settings', {}, 'settings'],
      ['settings that are not JSON', { settings: '{mapping' }, 'settings'],
      ['an unknown date order', { settings: JSON.stringify({ mapping: RU_MAPPING, dateOrder: 'YMD' }) }, 'settings.dateOrder'],
    ])('%s', async (_label, fields, field) => {
      for (const path of ['/dry-run', '']) {
        const res = await upload<{ field: string }>(path, cwA.accessToken, csvFile(GOOD), fields);
        expect([path, res.status, res.body.field]).toEqual([path, 400, field]);
      }
    });

    it('an ambiguous date column without a chosen order is refused by the import', async () => {
      const res = await upload<{ field: string }>('', cwA.accessToken, csvFile([HEADER, 'Дата;Непонятная;;3/4/1990;;;;;;'].join('\r\n')), settings());
      expect([res.status, res.body.field]).toEqual([400, 'settings.dateOrder']);
    });

    it('a JSON body or no file', async () => {
      const json = await app.request('POST', '/api/imports/dry-run', { token: cwA.accessToken, body: { mapping: RU_MAPPING } });
      expect(json.status).toBe(400);
      const noFile = await upload<{ field: string }>('/dry-run', cwA.accessToken, null, settings());
      expect([noFile.status, noFile.body.field]).toEqual([400, 'file']);
    });
  });

  describe('who may import', () => {
    it.each<[string, () => string | null, number]>([
      ['no token', () => null, 401],
      ['a director', () => director.accessToken, 403],
      ['a volunteer', () => volunteer.accessToken, 403],
    ])('%s is refused every import route', async (_label, token, status) => {
      const before = await counts();
      for (const path of ['/preview', '/dry-run', '']) expect([path, (await upload(path, token(), csvFile(GOOD), settings())).status]).toEqual([path, status]);
      for (const path of ['/template.csv', '/template.xlsx']) {
        const t = token();
        expect([path, (await app.request('GET', `/api/imports${path}`, t ? { token: t } : {})).status]).toEqual([path, status]);
      }
      expect(await counts()).toEqual(before);
    });

    it('a caseworker imports only into their own caseload and sees only their own imports', async () => {
      const before = await counts();
      const res = await upload<{ code: string }>('', cwA.accessToken, csvFile(GOOD), settings({ caseworkerId: cwB.user.id }));
      expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
      expect(await counts()).toEqual(before);
      const theirs = await withClient(app.databaseUrl, async (c) => (await c.query(`SELECT id FROM import_jobs WHERE created_by_id = $1 LIMIT 1`, [cwA.user.id])).rows[0].id as string);
      expect((await app.request('GET', `/api/imports/${theirs}`, { token: cwB.accessToken })).status).toBe(404);
      expect((await app.request('GET', `/api/imports/${theirs}/report.csv`, { token: cwB.accessToken })).status).toBe(404);
      expect((await app.request('GET', `/api/imports/${theirs}`, { token: admin })).status).toBe(200);
    });
  });

  it('limits dry runs and imports to 60 an hour per user (each one probes many A-numbers)', async () => {
    const prober = await app.createUser('caseworker');
    const tiny = () => csvFile([HEADER, 'Проба;Пробова;A-300-000-001;;;;;;;'].join('\r\n'));
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await upload('/dry-run', prober.accessToken, tiny(), settings())).status);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
    expect((await upload('', prober.accessToken, tiny(), settings())).status).toBe(429);
    // Other users are not affected.
    expect((await upload('/dry-run', cwB.accessToken, tiny(), settings())).status).toBe(200);
  });

  it('offers a template in English and Russian whose columns map themselves', async () => {
    for (const lang of ['en', 'ru']) {
      const csv = await rawGet(`/api/imports/template.csv?lang=${lang}`, cwA.accessToken);
      expect(csv.status).toBe(200);
      expect(csv.text).toMatch(lang === 'ru' ? /^\uFEFFИмя,Фамилия,А-номер/ : /^\uFEFFFirst name,Last name,A-number/);
      const xlsx = await fetch(`${app.baseUrl}/api/imports/template.xlsx?lang=${lang}`, { headers: { Authorization: `Bearer ${cwA.accessToken}` } });
      expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await xlsx.arrayBuffer());
      const titles = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1) as string[];
      const filled = `${titles.join(';')}\r\n${titles.map((_, i) => (i < 2 ? 'X' : '')).join(';')}`;
      const preview = await upload<ImportPreview>('/preview', cwA.accessToken, csvFile(filled));
      expect(Object.keys(preview.body.suggested)).toHaveLength(titles.length);
    }
    expect((await app.request('GET', '/api/imports/template.csv?lang=de', { token: cwA.accessToken })).status).toBe(400);
  });
});
