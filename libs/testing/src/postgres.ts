import { Client } from 'pg';

/** The PostgreSQL server the tests run on (a real one, never the embedded database). */
export const ADMIN_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
/** The migrated template of this test run (set by the global setup; one per run, so runs can overlap). */
export function templateDatabase(): string {
  const name = process.env['CT_TEMPLATE_DATABASE'];
  if (!name) throw new Error('the global setup did not prepare a template database');
  return name;
}

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function adminQuery(sql: string, params: unknown[] = []): Promise<unknown[]> {
  return withClient(ADMIN_DATABASE_URL, async (c) => (await c.query(sql, params)).rows);
}
