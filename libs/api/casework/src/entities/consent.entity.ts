import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { ConsentPurpose } from '@ct/contracts';
import { UserEntity } from '@ct/api-users';
import { ClientEntity } from './client.entity';

/**
 * A dated consent record: for one purpose the client said yes (or no) on a day, possibly until an expiry
 * day, and may withdraw it. The latest record per purpose is the one in force. The switches the
 * statistics and housing code read (clients.exclude_from_statistics, the host first-name flag) are kept
 * in step from these records.
 */
@Entity({ name: 'client_consents' })
@Index('idx_client_consents_client', ['clientId', 'purpose'])
export class ConsentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_client_consents_client' })
  client?: ClientEntity;

  @Column({ type: 'text' })
  purpose: ConsentPurpose;

  @Column({ type: 'boolean' })
  granted: boolean;

  /** For a contact channel, which one; for partner sharing, which organization. Never a personal value. */
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ name: 'given_on', type: 'date' })
  givenOn: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  withdrawnOn: string | null;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'fk_client_consents_recorded_by' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
