import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { HousingRequestStatus, Urgency } from '@ct/contracts';
import { ClientEntity } from '@ct/api-casework';

/**
 * A caseworker's request for housing for one client. Volunteers know it only by its pseudonymous `code`
 * (HMAC of the id under the server's secret, stored for lookups and kept unique).
 */
@Entity({ name: 'housing_requests' })
@Index('uq_housing_requests_code', ['code'], { unique: true })
@Index('idx_housing_requests_client', ['clientId'])
@Index('idx_housing_requests_status_region', ['status', 'region'])
// One open request per client: a second would compete with the first for the same household.
@Index('uq_housing_requests_open_client', ['clientId'], { unique: true, where: `"status" = 'open'` })
@Check('ck_housing_requests_status', `"status" IN ('open', 'housed', 'closed')`)
@Check('ck_housing_requests_household', `"household_size" >= 1`)
export class HousingRequestEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_housing_requests_client' })
  client?: ClientEntity;

  @Column({ type: 'text' })
  region: string;

  @Column({ name: 'needed_from', type: 'date' })
  neededFrom: string;

  @Column({ name: 'needed_until', type: 'date', nullable: true })
  neededUntil: string | null;

  @Column({ name: 'household_size', type: 'integer' })
  householdSize: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'boolean', default: false })
  pets: boolean;

  @Column({ type: 'boolean', nullable: true })
  smoking: boolean | null;

  /** Health-related: used for matching, never shown to volunteers. */
  @Column({ type: 'boolean', default: false })
  accessibility: boolean;

  @Column({ type: 'text', default: 'medium' })
  urgency: Urgency;

  @Column({ type: 'text', default: 'open' })
  status: HousingRequestStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
