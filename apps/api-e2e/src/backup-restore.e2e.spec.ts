import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFullRecord, enrollTotpUser, emptyRegisteredColumns, type FullRecord } from './support/full-record';
import { adminQuery, databaseUrl, withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';
import { API_MAIN, REPO_ROOT, TEST_SECRETS } from './support/test-env';

const BACKUP_KEY = randomBytes(32).toString('base64');

describe('backup and restore (pg_dump / pg_restore, encrypted archive, erasure ledger)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-backup-'));
  const ledger = join(dir, 'erasure-ledger.log');
  const env = { ERASURE_LEDGER: ledger };
  const created: string[] = [];
  let source: TestApp;
  let restored: TestApp | undefined;
  let caseworker: { email: string; password: string; token: string };
  let kept: FullRecord;
  let erased: FullRecord;
  const file = join(dir, 'nightly.ctbackup');

  function run(command: string[], target: string, extra: Record<string, string> = {}) {
    return spawnSync(process.execPath, [API_MAIN, ...command], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'], DATABASE_URL: target, ...TEST_SECRETS, BACKUP_KEY, ...env, ...extra },
      encoding: 'utf8',
      timeout: 120000,
    });
  }

  async function emptyDatabase(): Promise<string> {
    const name = `ct_t_${process.pid}_restore_${randomBytes(3).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE template0`);
    created.push(name);
    return name;
  }

  const tableCount = (name: string) => withClient(databaseUrl(name), async (c) => (await c.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n as number);

  beforeAll(async () => {
    source = await startTestApp({ env });
    const cw = await source.createUser('caseworker');
    const volunteer = await source.createUser('volunteer');
    caseworker = { email: cw.user.email, password: cw.password, token: cw.accessToken };
    kept = await createFullRecord(source, cw.accessToken, volunteer.accessToken, `kept${randomBytes(3).toString('hex')}`);
    erased = await createFullRecord(source, cw.accessToken, volunteer.accessToken, `gone${randomBytes(3).toString('hex')}`);
    await enrollTotpUser(source);
  });

  afterAll(async () => {
    await restored?.stop();
    await source?.close();
    for (const name of created) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes an encrypted, checksummed archive that holds no key and no plaintext', async () => {
    // Every registered encrypted field holds a value, so the archive is checked against all of them.
    expect(await emptyRegisteredColumns(source.databaseUrl)).toEqual([]);
    const res = run(['backup', '--out', file], source.databaseUrl);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^backup written to .* \(\d+ bytes, sha256 [0-9a-f]{64}\) in \d+ ms$/m);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString()).toBe('CTBACKUP');
    for (const needle of [TEST_SECRETS.ENCRYPTION_KEY, TEST_SECRETS.JWT_SECRET, BACKUP_KEY, 'clients', 'CREATE TABLE', ...kept.secrets]) expect(bytes.includes(Buffer.from(needle))).toBe(false);
    expect(readFileSync(`${file}.sha256`, 'utf8')).toMatch(/^[0-9a-f]{64} {2}nightly\.ctbackup\n$/);
    // Never overwrites.
    const again = run(['backup', '--out', file], source.databaseUrl);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toMatch(/^backup refused: .* exists already/);
  });

  it('refuses a wrong key, a damaged file and a truncated file with one line, writing nothing', async () => {
    const target = await emptyDatabase();
    const wrongKey = run(['restore', '--in', file], databaseUrl(target), { BACKUP_KEY: randomBytes(32).toString('base64') });
    expect(wrongKey.status).toBe(1);
    expect(wrongKey.stderr).toBe('restore refused: wrong BACKUP_KEY for this backup (or its header is damaged)\n');

    const bytes = readFileSync(file);
    const damaged = Buffer.from(bytes);
    damaged[Math.floor(bytes.length / 2)] ^= 0x01;
    writeFileSync(join(dir, 'damaged'), damaged);
    const flipped = run(['restore', '--in', join(dir, 'damaged')], databaseUrl(target));
    expect(flipped.status).toBe(1);
    expect(flipped.stderr).toMatch(/^restore refused: the backup is damaged.*\n$/);

    writeFileSync(join(dir, 'truncated'), bytes.subarray(0, bytes.length - 100));
    const cut = run(['restore', '--in', join(dir, 'truncated')], databaseUrl(target));
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(/^restore refused: the backup is (damaged or truncated|truncated).*\n$/);

    expect(await tableCount(target)).toBe(0);
  });

  it('restores into an empty database; the API reads the same records decrypted; an erasure after the backup stays erased', async () => {
    // The erasure happens after the backup was taken.
    const del = await source.request('DELETE', `/api/clients/${erased.clientId}`, { token: await source.adminToken() });
    expect(del.status).toBe(200);
    expect(readFileSync(ledger, 'utf8')).toContain(erased.clientId);
    const before = await source.request<Record<string, unknown>>('GET', `/api/clients/${kept.clientId}`, { token: caseworker.token });
    const notesBefore = await source.request('GET', `/api/notes?filter=${encodeURIComponent(JSON.stringify({ clientId: kept.clientId }))}`, { token: caseworker.token });
    await source.stop();

    const target = await emptyDatabase();
    const res = run(['restore', '--in', file], databaseUrl(target));
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);

    restored = await startTestApp({ databaseName: target, env });
    const session = await restored.login(caseworker.email, caseworker.password);
    const after = await restored.request<Record<string, unknown>>('GET', `/api/clients/${kept.clientId}`, { token: session.accessToken });
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    const notesAfter = await restored.request('GET', `/api/notes?filter=${encodeURIComponent(JSON.stringify({ clientId: kept.clientId }))}`, { token: session.accessToken });
    expect(notesAfter.body).toEqual(notesBefore.body);

    // The client erased after the backup does not come back, and none of their values is left to decrypt.
    expect((await restored.request('GET', `/api/clients/${erased.clientId}`, { token: await restored.adminToken() })).status).toBe(404);
    const leftovers = await withClient(databaseUrl(target), async (c) => {
      const row = (await c.query(`SELECT first_name_enc, last_name_enc, a_number_enc, email_enc, phone_enc, date_of_birth_enc, name_index, erased_at FROM clients WHERE id = $1`, [erased.clientId])).rows;
      const notes = (await c.query(`SELECT count(*)::int AS n FROM notes WHERE client_id = $1`, [erased.clientId])).rows[0].n as number;
      const texts = (await c.query(`SELECT count(*)::int AS n FROM milestones WHERE client_id = $1 AND note_enc IS NOT NULL`, [erased.clientId])).rows[0].n as number;
      return { row, notes, texts };
    });
    expect(leftovers.notes).toBe(0);
    expect(leftovers.texts).toBe(0);
    if (leftovers.row.length) expect(leftovers.row[0]).toMatchObject({ first_name_enc: '', last_name_enc: '', a_number_enc: null, email_enc: null, phone_enc: null, date_of_birth_enc: null, name_index: [] });

    expect(res.stdout).toMatch(/restored .* in \d+ ms; erasure ledger: 1 entries, 1 clients erased again/);

    // Never into a database that holds something.
    const again = run(['restore', '--in', file], databaseUrl(target));
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('restore refused: the database of DATABASE_URL is not empty; restore only into an empty database\n');
  });

  it('refuses a ledger line that fails its seal before touching the database', async () => {
    expect(existsSync(ledger)).toBe(true);
    const forged = join(dir, 'forged-ledger.log');
    writeFileSync(forged, readFileSync(ledger));
    appendFileSync(forged, `${kept.clientId} 2026-01-01T00:00:00.000Z nothing ${'A'.repeat(43)}\n`);
    const target = await emptyDatabase();
    const res = run(['restore', '--in', file], databaseUrl(target), { ERASURE_LEDGER: forged });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^restore refused: erasure ledger .*: line 2 fails its check/);
    expect(await tableCount(target)).toBe(0);
  });
});
