import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type JobRunStatus = 'running' | 'succeeded' | 'failed';

/**
 * One run of a scheduled job: the record of what ran, when, how often it was tried and how it ended.
 * `(job, run_key)` is unique, so whichever app instance inserts the row first owns that run.
 */
@Entity({ name: 'job_runs' })
@Index('uq_job_runs_job_key', ['job', 'runKey'], { unique: true })
@Index('idx_job_runs_started', ['startedAt'])
export class JobRunEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  job: string;

  /** The period the run covers: a day (`2026-11-29`), an hour (`2026-11-29T14`) or `manual-<instant>`. */
  @Column({ name: 'run_key', type: 'text' })
  runKey: string;

  @Column({ type: 'text' })
  status: JobRunStatus;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** While running: when another instance may take the run over (the owner died). */
  @Column({ name: 'lease_until', type: 'timestamptz' })
  leaseUntil: Date;

  /** After a failure: when the next attempt is due (null when none is left). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** The error's class and code only, never a message that could carry data. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** Counts the job reports (e.g. `{sent: 3}`), never personal values. */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, number> | null;
}
