import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { MilestoneType } from '@ct/contracts';
import { CaseEntity } from './case.entity';
import { ClientEntity } from './client.entity';

/** A dated event of a case. `client_id` is kept beside `case_id` for scoping and statistics. */
@Entity({ name: 'milestones' })
@Index('idx_milestones_case_date', ['caseId', 'date'])
@Index('idx_milestones_client', ['clientId'])
@Index('idx_milestones_type_date', ['type', 'date'])
// Covering index for the statistics, created by a migration (StatsIndexes).
@Index('idx_milestones_stats', { synchronize: false })
export class MilestoneEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_milestones_case' })
  case?: CaseEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_milestones_client' })
  client?: ClientEntity;

  @Column({ type: 'text' })
  type: MilestoneType;

  @Column({ type: 'date' })
  date: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  /** A permit card's own dates, when recorded (approvals and cards only). */
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ name: 'note_enc', type: 'text', nullable: true })
  noteEnc: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
