import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { once } from 'node:events';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { type AppConfig, ErasureLedger, ErasureLedgerError, erasureLedgerKey } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { ClientErasure } from '@ct/api-casework';
import { dumpEmbeddedPostgres, embeddedPostgresIsEmpty, loadEmbeddedPostgres, startEmbeddedPostgres } from '@ct/database';
import { AppModule } from '../app/app.module';
import { ArchiveError, parseBackupKey, readArchive, verifyArchive, writeArchive } from './backup-archive';

/**
 * `backup --out FILE` and `restore --in FILE`: the whole database through PostgreSQL's own pg_dump and
 * pg_restore (or the embedded database's data directory), compressed, encrypted with BACKUP_KEY and
 * checksummed. The encryption keys are never in the file. A restore authenticates the entire file and
 * the erasure ledger before it touches the database, writes only into an empty one, and re-applies every
 * erasure recorded since the backup was taken.
 */
export async function runArchiveCommand(command: 'backup' | 'restore', config: AppConfig, argv: string[]): Promise<void> {
  try {
    await archiveCommand(command, config, argv);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    // One line, no data: the reason a backup or restore was refused.
    console.error(`${command} refused: ${error.message}`);
    process.exitCode = 1;
  }
}

async function archiveCommand(command: 'backup' | 'restore', config: AppConfig, argv: string[]): Promise<void> {
  const flag = command === 'backup' ? '--out' : '--in';
  const at = argv.indexOf(flag);
  const file = at > 0 ? argv[at + 1] : undefined;
  if (!file) throw new ArchiveError(`${command} needs ${flag} FILE`);
  const path = resolve(file);
  const key = parseBackupKey(process.env['BACKUP_KEY']);
  if (command === 'backup') await backup(config, path, key);
  else await restore(config, path, key);
}

/** pg_dump and pg_restore of the server's major version (15) when installed side by side. */
function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  const dir = process.env['PG_BIN_DIR'] ?? '/usr/lib/postgresql/15/bin';
  return existsSync(`${dir}/${name}`) ? `${dir}/${name}` : name;
}

/** The URL without its password (kept out of the process list) and the environment that carries it. */
function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { PATH: process.env['PATH'], ...(password ? { PGPASSWORD: password } : {}) } };
}

async function exited(child: ChildProcess, stderr: () => string, what: string): Promise<void> {
  const [code] = (await once(child, 'close')) as [number | null];
  // pg_dump and pg_restore name objects, never row data, in their messages.
  if (code !== 0) throw new ArchiveError(`${what} failed: ${stderr().trim().split('\n')[0] || `exit code ${code}`}`);
}

async function backup(config: AppConfig, path: string, key: Buffer): Promise<void> {
  if (existsSync(path)) throw new ArchiveError(`${path} exists already; backups are never overwritten`);
  const started = Date.now();
  let result: { bytes: number; sha256: string };
  try {
    if (config.embedded) {
      const tarball = await dumpEmbeddedPostgres(config.dataDir);
      result = await writeArchive(path, 'pglite', key, [tarball]);
    } else {
      const { dbname, env } = connectionFor(config.databaseUrl as string);
      const child = spawn(pgTool('pg_dump'), ['--format=custom', '--compress=6', '--no-owner', '--no-privileges', '--dbname', dbname], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const done = exited(child, () => stderr, 'pg_dump');
      done.catch(() => undefined); // awaited below
      result = await writeArchive(path, 'pg_dump', key, child.stdout);
      await done;
    }
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  writeFileSync(`${path}.sha256`, `${result.sha256}  ${basename(path)}\n`);
  console.log(`backup written to ${path} (${result.bytes} bytes, sha256 ${result.sha256}) in ${Date.now() - started} ms`);
}

async function restore(config: AppConfig, path: string, key: Buffer): Promise<void> {
  const started = Date.now();
  // 1. Everything is checked before the database is touched: the whole file, then the ledger, then emptiness.
  const { kind } = await verifyArchive(path, key);
  if (config.embedded !== (kind === 'pglite')) {
    throw new ArchiveError(kind === 'pglite' ? 'this is a backup of the embedded database: restore it without DATABASE_URL' : 'this is a backup of a PostgreSQL server: restore it with DATABASE_URL set');
  }
  const ledger = new ErasureLedger(config.erasureLedgerPath, erasureLedgerKey(config.indexKey));
  let erasures;
  try {
    erasures = ledger.read();
  } catch (error) {
    if (error instanceof ErasureLedgerError) throw new ArchiveError(error.message);
    throw error;
  }
  // 2. Load the data.
  if (config.embedded) {
    if (!embeddedPostgresIsEmpty(config.dataDir)) throw new ArchiveError(`the embedded database in ${config.dataDir} is not empty; restore only into an empty one`);
    const parts: Buffer[] = [];
    for await (const part of readArchive(path, key)) parts.push(part);
    await loadEmbeddedPostgres(config.dataDir, Buffer.concat(parts));
  } else {
    const url = config.databaseUrl as string;
    if (!(await serverDatabaseIsEmpty(url))) throw new ArchiveError('the database of DATABASE_URL is not empty; restore only into an empty database');
    const { dbname, env } = connectionFor(url);
    const child = spawn(pgTool('pg_restore'), ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', dbname], { env, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const done = exited(child, () => stderr, 'pg_restore');
    done.catch(() => undefined); // awaited below
    const stdin = child.stdin as NonNullable<ChildProcess['stdin']>;
    stdin.on('error', () => undefined); // pg_restore stopping early is reported by its exit code
    try {
      for await (const part of readArchive(path, key)) {
        if (!stdin.write(part)) await once(stdin, 'drain');
      }
    } finally {
      stdin.end();
    }
    await done;
  }
  // 3. An erased client never comes back.
  const reapplied = await reapplyErasures(config, erasures);
  console.log(`restored ${path} in ${Date.now() - started} ms; erasure ledger: ${erasures.length} entries, ${reapplied} clients erased again`);
}

async function serverDatabaseIsEmpty(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`);
    return (rows[0] as { n: number }).n === 0;
  } finally {
    await client.end();
  }
}

async function reapplyErasures(config: AppConfig, erasures: ReturnType<ErasureLedger['read']>): Promise<number> {
  const embedded = config.embedded ? await startEmbeddedPostgres(config.dataDir, 2) : null;
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, embedded?.url ?? (config.databaseUrl as string)), { logger: ['error', 'warn'] });
  let count = 0;
  try {
    const erasure = app.get(ClientErasure);
    const audit = app.get(AuditService);
    for (const entry of erasures) {
      await app.get(DataSource).transaction(async (manager) => {
        const rows: { erased_at: Date | null }[] = await manager.query(`SELECT erased_at FROM clients WHERE id = $1`, [entry.clientId]);
        if (rows.length === 0 || (entry.keeps === 'statistics' && rows[0].erased_at !== null)) return;
        await erasure.erase(manager, entry.clientId, entry.keeps);
        await audit.record({ actor: null, action: 'delete', resource: 'clients', recordId: entry.clientId, details: { erased: true, keeps: entry.keeps, reappliedAfterRestore: true } }, manager);
        count++;
      });
    }
  } finally {
    await app.close();
    await embedded?.stop();
  }
  return count;
}
