import { DataSource } from 'typeorm';
import { MIGRATIONS, createDataSourceOptions, diffSchemaAfterMigrations } from '@ct/database';
import { adminQuery, databaseUrl } from './support/postgres';

describe('migrations', () => {
  const name = `ct_t_${process.pid}_migrations`;
  beforeAll(() => adminQuery(`CREATE DATABASE ${name}`));
  afterAll(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it('bring an empty database exactly to the schema the entities describe (nothing left to generate)', async () => {
    const diff = await diffSchemaAfterMigrations(databaseUrl(name));
    expect(diff.up).toEqual([]);
  });

  it('can all be reverted, leaving only the migrations table', async () => {
    const ds = new DataSource(createDataSourceOptions(databaseUrl(name), { poolSize: 1 }));
    await ds.initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables = (await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)) as { table_name: string }[];
      expect(tables.map((t) => t.table_name)).toEqual(['migrations']);
      await ds.runMigrations({ transaction: 'each' });
    } finally {
      await ds.destroy();
    }
  });
});
