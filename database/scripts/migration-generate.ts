/**
 * Writes a new migration with whatever the entities need beyond the existing migrations.
 * Usage: npm run migration:generate -- <Name>   (uses PostgreSQL at ADMIN_DATABASE_URL or 127.0.0.1)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { diffSchemaAfterMigrations } from '../src/schema-diff';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('give the migration a PascalCase name');
  const admin = process.env['ADMIN_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const scratch = `ct_migration_gen_${process.pid}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${scratch}`);
  try {
    const url = new URL(admin);
    url.pathname = `/${scratch}`;
    const diff = await diffSchemaAfterMigrations(url.toString());
    if (diff.up.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (sql: string) => `    await queryRunner.query(${JSON.stringify(sql)});`;
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${diff.up.map(q).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${diff.down.reverse().map(q).join('\n')}
  }
}
`;
    const file = join(__dirname, '..', 'src', 'migrations', `${timestamp}-${name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}.ts`);
    writeFileSync(file, body);
    console.log(`Wrote ${file}; add ${className} to database/src/migrations/index.ts`);
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
