import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { adminQuery, databaseUrl } from './postgres';
import { API_MAIN, REPO_ROOT, TEST_SECRETS } from './test-env';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Once per run: a template database migrated by the built API itself. Each test file then clones it
 * (CREATE DATABASE … TEMPLATE), which takes milliseconds and isolates files from each other. Names carry
 * the creating process id, so leftovers of crashed runs are dropped and overlapping runs leave each other be.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error(`build the API first (npm run build): ${API_MAIN} is missing`);
  const existing = (await adminQuery(`SELECT datname FROM pg_database WHERE datname ~ '^ct_(t|tpl)_[0-9]+'`)) as { datname: string }[];
  for (const { datname } of existing) {
    const pid = Number(/^ct_(?:t|tpl)_(\d+)/.exec(datname)?.[1]);
    if (!alive(pid)) await adminQuery(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  const template = process.env['CT_TEMPLATE_DATABASE'] ?? `ct_tpl_${process.pid}`;
  if (process.env['CT_TEMPLATE_DATABASE']) return; // a second project of the same run: already prepared
  await adminQuery(`CREATE DATABASE ${template}`);
  execFileSync(process.execPath, [API_MAIN, 'migrate'], {
    env: { PATH: process.env['PATH'], DATABASE_URL: databaseUrl(template), ...TEST_SECRETS },
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
  // Inherited by the test workers, which jest starts after the global setups.
  process.env['CT_TEMPLATE_DATABASE'] = template;
}
