import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { HousingCategory, SupportNeedCategory, Urgency } from '@ct/contracts';
import { UserEntity } from '@ct/api-users';
import { ClientEntity } from './client.entity';

/** Where a client lived, as a dated history (categories close to HUD HMIS). */
@Entity({ name: 'housing_situations' })
@Index('idx_housing_situations_client', ['clientId', 'startedOn'])
// Covering index for the statistics, created by a migration (StatsIndexes).
@Index('idx_housing_situations_stats', { synchronize: false })
export class HousingSituationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_housing_situations_client' })
  client?: ClientEntity;

  @Column({ type: 'text' })
  category: HousingCategory;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'note_enc', type: 'text', nullable: true })
  noteEnc: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'support_needs' })
@Index('idx_support_needs_client', ['clientId', 'openedOn'])
// Covering index for the statistics, created by a migration (StatsIndexes).
@Index('idx_support_needs_stats', { synchronize: false })
export class SupportNeedEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_support_needs_client' })
  client?: ClientEntity;

  @Column({ type: 'text' })
  category: SupportNeedCategory;

  @Column({ type: 'text', default: 'medium' })
  urgency: Urgency;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Column({ name: 'met_on', type: 'date', nullable: true })
  metOn: string | null;

  @Column({ name: 'note_enc', type: 'text', nullable: true })
  noteEnc: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A dated case note. The text is free and may say anything about a person: always encrypted. */
@Entity({ name: 'notes' })
@Index('idx_notes_client', ['clientId', 'createdAt'])
export class NoteEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_notes_client' })
  client?: ClientEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_notes_author' })
  author?: UserEntity;

  @Column({ name: 'body_enc', type: 'text' })
  bodyEnc: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
