import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { TaskKind, TaskStatus } from '@ct/contracts';
import { CaseEntity, ClientEntity } from '@ct/api-casework';
import { UserEntity } from '@ct/api-users';

/** A caseworker's to-do about a client: written by hand, or created from a computed date (`source_key`). */
@Entity({ name: 'tasks' })
@Index('idx_tasks_assignee_due', ['assigneeId', 'status', 'dueOn'])
@Index('idx_tasks_client', ['clientId'])
@Index('uq_tasks_source_key', ['sourceKey'], { unique: true })
export class TaskEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_tasks_client' })
  client?: ClientEntity;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_tasks_case' })
  case?: CaseEntity;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'fk_tasks_assignee' })
  assignee?: UserEntity;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'text' })
  kind: TaskKind;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  /** Free text about a person: encrypted like every note (AAD tasks.note:<id>, see the registry of encrypted fields). */
  @Column({ name: 'note_enc', type: 'text', nullable: true })
  noteEnc: string | null;

  @Column({ type: 'text', default: 'open' })
  status: TaskStatus;

  @Column({ name: 'snoozed_until', type: 'date', nullable: true })
  snoozedUntil: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  /** For tasks created from a computed date: what it was created from, so it is created once. */
  @Column({ name: 'source_key', type: 'text', nullable: true })
  sourceKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
