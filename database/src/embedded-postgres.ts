import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL in the process (PGlite, PostgreSQL compiled to WebAssembly) behind the PostgreSQL wire
 * protocol on a loopback port, so the app, TypeORM and the migrations use it exactly like a server.
 * Data lives in `<dataDir>/pglite` and survives restarts. Connections are served one query at a time.
 */
export async function startEmbeddedPostgres(dataDir: string, maxConnections: number): Promise<EmbeddedPostgres> {
  // Loaded only in embedded mode: PGlite weighs ~600 MB resident once started.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const dir = join(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const hostPort = server.getServerConn();
  return {
    url: `postgresql://postgres:postgres@${hostPort}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** The embedded database's data directory as a gzipped tarball (for backups; the app must be stopped). */
export async function dumpEmbeddedPostgres(dataDir: string): Promise<Uint8Array> {
  const { PGlite } = await import('@electric-sql/pglite');
  const dir = join(dataDir, 'pglite');
  if (!existsSync(dir) || readdirSync(dir).length === 0) throw new Error(`no embedded database in ${dir}`);
  const db = await PGlite.create(dir);
  try {
    return new Uint8Array(await (await db.dumpDataDir('gzip')).arrayBuffer());
  } finally {
    await db.close();
  }
}

/** Whether the embedded database's directory is missing or empty (the only place a restore may go). */
export function embeddedPostgresIsEmpty(dataDir: string): boolean {
  const dir = join(dataDir, 'pglite');
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** Creates the embedded database from a tarball made by `dumpEmbeddedPostgres`. */
export async function loadEmbeddedPostgres(dataDir: string, tarball: Uint8Array): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const dir = join(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir, { loadDataDir: new Blob([tarball]) });
  await db.close();
}
