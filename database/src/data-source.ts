import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export { ENTITIES, MIGRATIONS };

// Calendar days stay 'YYYY-MM-DD' strings in raw queries too: no Date object, no time-zone shift.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** One definition of the connection for the app, the CLI scripts and the tests. Never `synchronize`. */
export function createDataSourceOptions(url: string, options: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // A bounded wait for a connection: an unreachable server answers 503 quickly instead of hanging requests.
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 },
    logging: false,
  };
}
