import { mkdirSync } from 'node:fs';
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
