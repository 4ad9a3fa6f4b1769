import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { CaseKind, CaseStatus } from '@ct/contracts';
import { ClientEntity } from './client.entity';

/** An asylum case. Receipt numbers identify a person and are encrypted; the one-year deadline is kept for filtering. */
@Entity({ name: 'cases' })
@Index('idx_cases_client', ['clientId'])
@Index('idx_cases_one_year_deadline', ['oneYearDeadline'])
export class CaseEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_cases_client' })
  client?: ClientEntity;

  @Column({ type: 'text' })
  kind: CaseKind;

  @Column({ type: 'text', default: 'preparing' })
  status: CaseStatus;

  @Column({ name: 'i589_receipt_enc', type: 'text', nullable: true })
  i589ReceiptEnc: string | null;

  @Column({ name: 'i765_receipt_enc', type: 'text', nullable: true })
  i765ReceiptEnc: string | null;

  @Column({ name: 'judge_deadline_on', type: 'date', nullable: true })
  judgeDeadlineOn: string | null;

  @Column({ name: 'one_year_exception_claimed', type: 'boolean', default: false })
  oneYearExceptionClaimed: boolean;

  /** Derived from the client's last arrival and the judge's deadline; refreshed whenever either changes. */
  @Column({ name: 'one_year_deadline', type: 'date', nullable: true })
  oneYearDeadline: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
