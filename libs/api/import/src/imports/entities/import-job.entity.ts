import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ImportJobStatus, ImportRowResult, ImportSummary } from '@ct/contracts';
import { UserEntity } from '@ct/api-users';

/**
 * One import: who ran it, into which caseload, how it went, and its report. The file itself is never
 * stored: it stays in memory for the request and the import. The report holds row numbers, outcomes,
 * codes and column titles, never a cell's value.
 */
@Entity({ name: 'import_jobs' })
@Index('idx_import_jobs_created_by', ['createdById'])
@Check('ck_import_jobs_status', `"status" IN ('running', 'done', 'failed')`)
export class ImportJobEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_import_jobs_created_by' })
  createdBy?: UserEntity;

  @Column({ name: 'caseworker_id', type: 'uuid', nullable: true })
  caseworkerId: string | null;

  @Column({ type: 'text' })
  status: ImportJobStatus;

  @Column({ type: 'integer' })
  total: number;

  @Column({ type: 'jsonb', nullable: true })
  summary: ImportSummary | null;

  @Column({ type: 'jsonb', nullable: true })
  report: ImportRowResult[] | null;

  @Column({ type: 'jsonb', nullable: true })
  failure: { code: string; message: string } | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
