import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TEMPLATE_DATABASE, adminQuery, databaseUrl } from './postgres';
import { API_MAIN, REPO_ROOT, TEST_SECRETS } from './test-env';

/**
 * Once per run: a template database migrated by the built API itself. Each test file then clones it
 * (CREATE DATABASE … TEMPLATE), which takes milliseconds and isolates files from each other.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error(`build the API first (npm run build): ${API_MAIN} is missing`);
  const stale = (await adminQuery(`SELECT datname FROM pg_database WHERE datname LIKE 'ct_t\\_%' OR datname = $1`, [TEMPLATE_DATABASE])) as { datname: string }[];
  for (const { datname } of stale) await adminQuery(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  execFileSync(process.execPath, [API_MAIN, 'migrate'], {
    env: { PATH: process.env['PATH'], DATABASE_URL: databaseUrl(TEMPLATE_DATABASE), ...TEST_SECRETS },
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
}
