import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, todayIn } from '@ct/api-core';
import { JobRunEntity } from './entities/job-run.entity';

/** When a job is due: once a day from a local hour (APP_TIME_ZONE), or once every hour. */
export type JobSchedule = { every: 'day'; atHour: number } | { every: 'hour' };

export interface JobContext {
  runKey: string;
  /** The organization's date when the run started (APP_TIME_ZONE). */
  today: string;
  now: Date;
}

export interface JobDefinition {
  name: string;
  schedule: JobSchedule;
  /** Counts to record with the run (never personal values). Throw to fail the attempt. */
  run(context: JobContext): Promise<Record<string, number>>;
  /** Attempts per run before giving up (default 5). */
  maxAttempts?: number;
  /** How long a run may take before another instance may assume its owner died (default 600 s). */
  leaseSeconds?: number;
}

export interface JobsOptions {
  /** Seconds between scheduler ticks; 0 turns the scheduler off (commands, tests that drive jobs themselves). */
  tickSeconds: number;
  /** First retry delay; doubles with each attempt. */
  retrySeconds: number;
}

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

type Claim = { id: string; attempts: number } | null;

/** The hour of `now` in `timeZone`, 0–23. */
function localHour(timeZone: string, now: Date): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));
}

/** The run a schedule calls for at `now`, or null when nothing is due yet today. */
export function dueRunKey(schedule: JobSchedule, timeZone: string, now: Date): string | null {
  const today = todayIn(timeZone, now);
  const hour = localHour(timeZone, now);
  if (schedule.every === 'hour') return `${today}T${String(hour).padStart(2, '0')}`;
  return hour >= schedule.atHour ? today : null;
}

/**
 * Runs scheduled jobs once across every app instance sharing the database, with retries and a record
 * of each run in `job_runs`.
 *
 * Why not pg-boss or graphile-worker: the current pg-boss (12) and graphile-worker (0.18) need Node 22,
 * this app runs on Node 20; and both keep their own pool (graphile-worker also a permanent LISTEN
 * connection), while the embedded PGlite serves one session through ONE pooled connection, where a second
 * client's transaction would interleave with the app's. So: a unique `(job, run_key)` row claimed in one
 * short transaction under a transaction-scoped advisory lock (`pg_try_advisory_xact_lock`, so nothing is
 * held on a pooled connection while the job runs), a lease for crashed owners, exponential retries.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, JobDefinition>();
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
  ) {}

  /** Adds a job; its name is its identity across instances and restarts. */
  register(job: JobDefinition): void {
    if (this.jobs.has(job.name)) throw new Error(`job ${job.name} registered twice`);
    this.jobs.set(job.name, job);
  }

  names(): string[] {
    return [...this.jobs.keys()];
  }

  onApplicationBootstrap(): void {
    if (this.options.tickSeconds <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.options.tickSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
  }

  /** One scheduler pass: every job whose run is due and not yet owned (or due for a retry) runs here. */
  tick(now = new Date()): Promise<void> {
    this.ticking ??= (async () => {
      try {
        for (const job of this.jobs.values()) {
          const runKey = dueRunKey(job.schedule, this.config.timeZone, now);
          if (runKey) await this.runOnce(job, runKey, now);
        }
      } catch (error) {
        // The database may be away for a moment; the next tick tries again.
        this.logger.warn(`scheduler tick failed: ${error instanceof Error ? error.name : 'error'}`);
      } finally {
        this.ticking = null;
      }
    })();
    return this.ticking;
  }

  /** Runs a job now under a manual run key (commands); recorded like a scheduled run. */
  async runNow(name: string, now = new Date()): Promise<{ status: 'succeeded' | 'failed'; result: Record<string, number> | null; error: string | null }> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`unknown job ${name}`);
    const runKey = `manual-${now.toISOString()}-${randomUUID().slice(0, 8)}`;
    const outcome = await this.runOnce(job, runKey, now);
    return outcome ?? { status: 'failed', result: null, error: 'NOT_CLAIMED' };
  }

  private async runOnce(job: JobDefinition, runKey: string, now: Date) {
    const claim = await this.claim(job, runKey);
    if (!claim) return null;
    const context: JobContext = { runKey, today: todayIn(this.config.timeZone, now), now };
    try {
      const result = await job.run(context);
      await this.finish(claim, { status: 'succeeded', result, error: null, nextAttemptAt: null });
      this.logger.log(`job ${job.name} ${runKey} succeeded (attempt ${claim.attempts})`);
      return { status: 'succeeded' as const, result, error: null };
    } catch (error) {
      const code = describeError(error);
      const maxAttempts = job.maxAttempts ?? 5;
      const nextAttemptAt = claim.attempts < maxAttempts ? new Date(Date.now() + this.options.retrySeconds * 1000 * 2 ** (claim.attempts - 1)) : null;
      await this.finish(claim, { status: 'failed', result: null, error: code, nextAttemptAt });
      this.logger.warn(`job ${job.name} ${runKey} failed (attempt ${claim.attempts}/${maxAttempts}): ${code}`);
      return { status: 'failed' as const, result: null, error: code };
    }
  }

  private async claim(job: JobDefinition, runKey: string): Promise<Claim> {
    const lease = job.leaseSeconds ?? 600;
    return this.dataSource.transaction(async (manager: EntityManager): Promise<Claim> => {
      const [{ locked }] = (await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [`job:${job.name}`])) as { locked: boolean }[];
      if (!locked) return null;
      const inserted = (await manager.query(
        `INSERT INTO job_runs (id, job, run_key, status, attempts, started_at, lease_until)
         VALUES ($1, $2, $3, 'running', 1, now(), now() + make_interval(secs => $4))
         ON CONFLICT (job, run_key) DO NOTHING RETURNING id, attempts`,
        [randomUUID(), job.name, runKey, lease],
      )) as { id: string; attempts: number }[];
      if (inserted.length) return inserted[0];
      const retried = (await manager.query(
        `UPDATE job_runs SET status = 'running', attempts = attempts + 1, started_at = now(), finished_at = NULL,
                lease_until = now() + make_interval(secs => $3), next_attempt_at = NULL
          WHERE job = $1 AND run_key = $2 AND attempts < $4
            AND ((status = 'failed' AND next_attempt_at <= now()) OR (status = 'running' AND lease_until < now()))
          RETURNING id, attempts`,
        [job.name, runKey, lease, job.maxAttempts ?? 5],
      )) as [{ id: string; attempts: number }[], number] | { id: string; attempts: number }[];
      const rows = Array.isArray(retried[0]) ? (retried[0] as { id: string; attempts: number }[]) : (retried as { id: string; attempts: number }[]);
      return rows[0] ?? null;
    });
  }

  private async finish(
    claim: { id: string; attempts: number },
    outcome: { status: 'succeeded' | 'failed'; result: Record<string, number> | null; error: string | null; nextAttemptAt: Date | null },
  ): Promise<void> {
    // Compare-and-set on the attempt: an owner whose lease was taken over does not overwrite the new one.
    await this.dataSource.query(
      `UPDATE job_runs SET status = $3, finished_at = now(), result = $4, error = $5, next_attempt_at = $6 WHERE id = $1 AND attempts = $2`,
      [claim.id, claim.attempts, outcome.status, outcome.result ? JSON.stringify(outcome.result) : null, outcome.error, outcome.nextAttemptAt],
    );
  }
}

/** Class and code of an error, nothing from its message (which might quote data or an address). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'Error';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? `${error.name}:${code}` : error.name;
}

export { JobRunEntity };
