import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { OfferCost, OfferStatus, OfferType } from '@ct/contracts';
import { UserEntity } from '@ct/api-users';

/** A volunteer's offer of housing. The host's contact and free-text note are stored only encrypted. */
@Entity({ name: 'housing_offers' })
@Index('idx_housing_offers_host', ['hostId'])
@Index('idx_housing_offers_status_region', ['status', 'region'])
@Check('ck_housing_offers_status', `"status" IN ('active', 'paused', 'closed')`)
@Check('ck_housing_offers_capacity', `"capacity" >= 1`)
export class HousingOfferEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'host_id', type: 'uuid' })
  hostId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'fk_housing_offers_host' })
  host?: UserEntity;

  @Column({ type: 'text' })
  region: string;

  @Column({ type: 'text' })
  type: OfferType;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ name: 'available_from', type: 'date' })
  availableFrom: string;

  @Column({ name: 'available_until', type: 'date', nullable: true })
  availableUntil: string | null;

  @Column({ type: 'text' })
  cost: OfferCost;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ name: 'pets_allowed', type: 'boolean', nullable: true })
  petsAllowed: boolean | null;

  @Column({ name: 'smoking_allowed', type: 'boolean', nullable: true })
  smokingAllowed: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  accessible: boolean | null;

  @Column({ name: 'note_enc', type: 'text', nullable: true })
  noteEnc: string | null;

  @Column({ name: 'host_contact_enc', type: 'text', nullable: true })
  hostContactEnc: string | null;

  @Column({ type: 'text', default: 'active' })
  status: OfferStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
