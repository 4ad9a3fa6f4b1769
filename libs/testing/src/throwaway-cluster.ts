import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './test-app';

const run = promisify(execFile);
const BIN = process.env['PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL cluster of its own (initdb, own port and socket directory), for tests that stop, restart
 * or crash the database. Never the shared server. initdb and pg_ctl refuse root: they run as postgres.
 */
export interface ThrowawayCluster {
  port: number;
  url(database?: string): string;
  /** pg_ctl restart -m fast */
  restart(): Promise<void>;
  /** pg_ctl stop: `fast` shuts down cleanly, `immediate` is a crash (recovery at the next start). */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export async function createThrowawayCluster(): Promise<ThrowawayCluster> {
  const dir = mkdtempSync('/tmp/ct-pg-');
  const data = join(dir, 'data');
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const uid = Number(stdout.trim());
    const { stdout: gidOut } = await run('id', ['-g', 'postgres']);
    chownSync(dir, uid, Number(gidOut.trim()));
  }
  const pg = (tool: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args]) : run(join(BIN, tool), args));
  const port = await freePort();
  await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50 -c shared_buffers=16MB`;
  const ctl = (args: string[]) => pg('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '30', ...args]);
  await ctl(['start']);
  let running = true;
  return {
    port,
    url: (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    restart: async () => {
      await ctl(['restart', '-m', 'fast']);
    },
    stop: async (mode) => {
      await ctl(['stop', '-m', mode]);
      running = false;
    },
    start: async () => {
      await ctl(['start']);
      running = true;
    },
    destroy: async () => {
      if (running) await ctl(['stop', '-m', 'immediate']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
