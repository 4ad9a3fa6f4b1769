import { spawnSync } from 'node:child_process';
import { ENCRYPTED_FIELDS } from '@ct/database';
import { createFullRecord, enrollTotpUser, emptyRegisteredColumns } from './support/full-record';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';
import { API_MAIN, REPO_ROOT, TEST_SECRETS } from './support/test-env';

const KEY_2 = Buffer.alloc(32, 9).toString('base64');
const ROTATED_ENV = { ENCRYPTION_KEY: KEY_2, ENCRYPTION_KEY_VERSION: '2', ENCRYPTION_PREVIOUS_KEYS: `1:${TEST_SECRETS.ENCRYPTION_KEY}` };

async function encryptedValues(url: string): Promise<string[]> {
  return withClient(url, async (c) => {
    const cols = (await c.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name LIKE '%\\_enc'`)).rows as { table_name: string; column_name: string }[];
    const values: string[] = [];
    for (const { table_name, column_name } of cols) {
      const rows = (await c.query(`SELECT ${column_name} AS v FROM ${table_name} WHERE ${column_name} IS NOT NULL`)).rows as { v: string }[];
      values.push(...rows.map((r) => r.v));
    }
    return values;
  });
}

describe('the registry of encrypted fields', () => {
  let app: TestApp;
  afterAll(async () => app?.close());

  it('lists exactly the encrypted columns of the database', async () => {
    app = await startTestApp();
    const inDatabase = await withClient(app.databaseUrl, async (c) =>
      ((await c.query(`SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND column_name LIKE '%\\_enc' ORDER BY 1`)).rows as { name: string }[]).map((r) => r.name),
    );
    expect(inDatabase.length).toBeGreaterThan(0);
    expect(ENCRYPTED_FIELDS.map((f) => `${f.table}.${f.column}_enc`).sort()).toEqual(inDatabase);
  });
});

describe('encryption key rotation while the app serves', () => {
  let first: TestApp;
  let second: TestApp | undefined;
  afterAll(async () => {
    await second?.stop();
    await first?.close();
  });

  it('re-encrypts every value under the new key version; records stay readable and searchable', async () => {
    first = await startTestApp();
    const caseworker = await first.createUser('caseworker');
    const created = await first.request<{ id: string }>('POST', '/api/clients', {
      token: caseworker.accessToken,
      body: { firstName: 'Rotislav', lastName: 'Keyholder', aNumber: 'A-201-555-700', email: 'rot@example.org' },
    });
    expect(created.status).toBe(201);
    await first.request('POST', '/api/notes', { token: caseworker.accessToken, body: { clientId: created.body.id, body: 'Rotation note text' } });
    const volunteer = await first.createUser('volunteer');
    await createFullRecord(first, caseworker.accessToken, volunteer.accessToken, 'rotation');
    await enrollTotpUser(first);
    // Every registered column holds a value, so a column the rotation skipped would show up below.
    expect(await emptyRegisteredColumns(first.databaseUrl)).toEqual([]);
    expect((await encryptedValues(first.databaseUrl)).every((v) => v.startsWith('v1.'))).toBe(true);
    await first.stop();

    second = await startTestApp({ databaseName: first.databaseName, env: ROTATED_ENV });
    const session = await second.login(caseworker.user.email, caseworker.password);
    const other = await second.request<{ id: string }>('POST', '/api/clients', { token: session.accessToken, body: { firstName: 'Newkey', lastName: 'Person' } });
    expect(other.status).toBe(201);
    const mixed = await encryptedValues(second.databaseUrl);
    expect(mixed.some((v) => v.startsWith('v1.'))).toBe(true);
    expect(mixed.some((v) => v.startsWith('v2.'))).toBe(true);

    const run = spawnSync(process.execPath, [API_MAIN, 'rotate-keys'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'], DATABASE_URL: second.databaseUrl, JWT_SECRET: TEST_SECRETS.JWT_SECRET, ...ROTATED_ENV },
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/key rotation done in \d+ ms: \d+ values re-encrypted/);

    const after = await encryptedValues(second.databaseUrl);
    expect(after.length).toBe(mixed.length);
    expect(after.every((v) => v.startsWith('v2.'))).toBe(true);
    const audited = await withClient(second.databaseUrl, async (c) => (await c.query(`SELECT actor_id, details FROM audit_events WHERE action = 'rotate'`)).rows as { actor_id: string | null; details: { keyVersion: number; reencrypted: number } }[]);
    expect(audited).toHaveLength(1);
    expect(audited[0].details).toMatchObject({ keyVersion: 2, reencrypted: mixed.filter((v) => v.startsWith('v1.')).length });

    const read = await second.request<{ firstName: string; aNumber: string }>('GET', `/api/clients/${created.body.id}`, { token: session.accessToken });
    expect(read.body).toMatchObject({ firstName: 'Rotislav', aNumber: '201555700' });
    const search = await second.request<{ id: string }[]>('GET', `/api/clients?filter=${encodeURIComponent('{"q":"keyhold"}')}`, { token: session.accessToken });
    expect(search.body.map((c) => c.id)).toEqual([created.body.id]);
    const notes = await second.request<{ body: string }[]>('GET', `/api/notes?filter=${encodeURIComponent(JSON.stringify({ clientId: created.body.id }))}`, { token: session.accessToken });
    expect(notes.body.map((n) => n.body)).toEqual(['Rotation note text']);
  });
});
