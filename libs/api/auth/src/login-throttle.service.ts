import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppError, type AppConfig } from '@ct/api-core';

const FAILURE_WINDOW_SECONDS = 15 * 60;
const FAILURES_PER_ACCOUNT = 10;

/**
 * Login throttling kept in PostgreSQL so that every API instance behind a load balancer shares it:
 * attempts per client address per minute, and failed attempts per email per quarter hour.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(kind: string, value: string): string {
    return `${kind}:${createHmac('sha256', this.config.indexKey).update(value).digest('base64url')}`;
  }

  private async hit(key: string, windowSeconds: number): Promise<number> {
    const rows: { count: number }[] = await this.dataSource.query(
      `INSERT INTO auth_throttle (key, window_start, count) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN auth_throttle.window_start < now() - make_interval(secs => $2) THEN 1 ELSE auth_throttle.count + 1 END,
         window_start = CASE WHEN auth_throttle.window_start < now() - make_interval(secs => $2) THEN now() ELSE auth_throttle.window_start END
       RETURNING count`,
      [key, windowSeconds],
    );
    return rows[0].count;
  }

  /** Counts this attempt from the address; refuses when the address has used up its minute. */
  async checkAddress(ip: string): Promise<void> {
    const count = await this.hit(this.key('ip', ip), 60);
    if (count > this.config.loginAttemptsPerMinute) throw new AppError('TOO_MANY_ATTEMPTS', 'too many login attempts; wait a minute');
  }

  /** Refuses an email that failed too often lately, whether or not an account has it. */
  async checkAccount(email: string): Promise<void> {
    const rows: { count: number }[] = await this.dataSource.query(
      `SELECT count FROM auth_throttle WHERE key = $1 AND window_start >= now() - make_interval(secs => $2)`,
      [this.key('fail', email), FAILURE_WINDOW_SECONDS],
    );
    if ((rows[0]?.count ?? 0) >= FAILURES_PER_ACCOUNT) {
      throw new AppError('TOO_MANY_ATTEMPTS', 'too many failed logins for this account; wait 15 minutes');
    }
  }

  async recordFailure(email: string): Promise<void> {
    await this.hit(this.key('fail', email), FAILURE_WINDOW_SECONDS);
  }

  async clearFailures(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM auth_throttle WHERE key = $1', [this.key('fail', email)]);
  }
}
