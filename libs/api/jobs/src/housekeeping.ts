import type { JobDefinition } from './job-runner';
import type { DataSource } from 'typeorm';

/**
 * Housekeeping: one hourly job running each statement below in turn; the run records how many rows each
 * removed. To add one (e.g. expired sessions), add a line here or call `JobRunner.register` elsewhere.
 */
export interface HousekeepingStatement {
  name: string;
  sql: string;
}

export const HOUSEKEEPING_STATEMENTS: HousekeepingStatement[] = [
  // Used tokens are kept until they expire: presenting a used one must still revoke its family.
  { name: 'refreshTokens', sql: `DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day'` },
  // Throttle windows are one minute; an hour-old row counts for nothing.
  { name: 'loginThrottle', sql: `DELETE FROM auth_throttle WHERE window_start < now() - interval '1 hour'` },
];

export function housekeepingJob(dataSource: DataSource, statements: readonly HousekeepingStatement[] = HOUSEKEEPING_STATEMENTS): JobDefinition {
  return {
    name: 'housekeeping',
    schedule: { every: 'hour' },
    async run() {
      const result: Record<string, number> = {};
      for (const statement of statements) {
        const outcome = (await dataSource.query(statement.sql)) as unknown;
        // pg through TypeORM answers [rows, count] for DELETE.
        result[statement.name] = Array.isArray(outcome) && typeof outcome[1] === 'number' ? outcome[1] : 0;
      }
      return result;
    },
  };
}
