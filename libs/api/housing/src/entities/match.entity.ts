import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { MatchEndReason, MatchStatus } from '@ct/contracts';
import type { MatchPart } from '@ct/domain';
import { HousingSituationEntity } from '@ct/api-casework';
import { UserEntity } from '@ct/api-users';
import { HousingOfferEntity } from './housing-offer.entity';
import { HousingRequestEntity } from './housing-request.entity';

/**
 * A pairing of a request and an offer, scored by the server. `household_size` is the number of beds the
 * match holds once accepted; the explanation is rebuilt from `parts` per viewer (volunteers get it redacted).
 */
@Entity({ name: 'housing_matches' })
@Index('idx_housing_matches_offer_status', ['offerId', 'status'])
@Index('idx_housing_matches_request', ['requestId'])
// At most one live match per pair (declined and ended ones may repeat): a racing duplicate gets a 409.
@Index('uq_housing_matches_live_pair', ['requestId', 'offerId'], { unique: true, where: `"status" IN ('proposed', 'accepted', 'moved_in')` })
@Check('ck_housing_matches_status', `"status" IN ('proposed', 'accepted', 'declined', 'moved_in', 'ended')`)
export class MatchEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => HousingRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_housing_matches_request' })
  request?: HousingRequestEntity;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @ManyToOne(() => HousingOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'fk_housing_matches_offer' })
  offer?: HousingOfferEntity;

  @Column({ type: 'text', default: 'proposed' })
  status: MatchStatus;

  @Column({ type: 'integer' })
  score: number;

  @Column({ type: 'jsonb' })
  parts: MatchPart[];

  @Column({ name: 'household_size', type: 'integer' })
  householdSize: number;

  @Column({ name: 'proposed_by_id', type: 'uuid', nullable: true })
  proposedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_id', foreignKeyConstraintName: 'fk_housing_matches_proposed_by' })
  proposedBy?: UserEntity;

  @Column({ name: 'proposed_by_role', type: 'text' })
  proposedByRole: 'caseworker' | 'host' | 'admin';

  /** The caseworker recorded the client's consent to tell the host their first name. */
  @Column({ name: 'share_first_name', type: 'boolean', default: false })
  shareFirstName: boolean;

  @Column({ name: 'moved_in_on', type: 'date', nullable: true })
  movedInOn: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: MatchEndReason | null;

  /** The host placement this match added to the client's housing history. */
  @Column({ name: 'housing_situation_id', type: 'uuid', nullable: true })
  housingSituationId: string | null;

  @ManyToOne(() => HousingSituationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'housing_situation_id', foreignKeyConstraintName: 'fk_housing_matches_housing_situation' })
  housingSituation?: HousingSituationEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
