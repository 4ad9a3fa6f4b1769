import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, AppError, type RequestUser } from '@ct/api-core';

/**
 * At most STATS_QUERIES_PER_HOUR statistics requests per user in any hour (default 120), counted from
 * the audit trail, where every statistics read and export is recorded: nothing extra to store, and the
 * same limit holds across restarts and instances. Sweeping many overlapping questions is how
 * statistics are attacked; this keeps a sweep slow and visible in the audit log.
 */
@Injectable()
export class StatsQuota {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(actor: RequestUser): Promise<void> {
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE actor_id = $1 AND resource = 'stats' AND created_at > now() - interval '1 hour'`,
      [actor.id],
    )) as { n: number }[];
    if (n >= this.config.statsQueriesPerHour) {
      throw new AppError('TOO_MANY_ATTEMPTS', `at most ${this.config.statsQueriesPerHour} statistics requests an hour; try again later`);
    }
  }
}
