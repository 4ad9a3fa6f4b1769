import { DataSource } from 'typeorm';
import { createDataSourceOptions } from './data-source';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * Runs every migration on the given (empty) database, then asks TypeORM what it would still change
 * to match the entities: the same comparison as `typeorm migration:generate`.
 */
export async function diffSchemaAfterMigrations(url: string): Promise<SchemaDiff> {
  const dataSource = new DataSource(createDataSourceOptions(url, { poolSize: 2 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const log = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query + (q.parameters?.length ? ` -- ${JSON.stringify(q.parameters)}` : '')),
      down: log.downQueries.map((q) => q.query),
    };
  } finally {
    await dataSource.destroy();
  }
}
