import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { EducationLevel, EnglishLevel } from '@ct/contracts';
import { UserEntity } from '@ct/api-users';

/**
 * A person the organization supports. Identifying fields are stored only encrypted (`*_enc`, AES-256-GCM
 * by the application) and searched through keyed blind indexes; what statistics need stays in clear.
 */
@Entity({ name: 'clients' })
@Index('idx_clients_caseworker', ['caseworkerId'])
@Index('idx_clients_a_number_index', ['aNumberIndex'])
@Index('idx_clients_a_number_tail_index', ['aNumberTailIndex'])
@Index('idx_clients_identity_index', ['identityIndex'])
@Index('uq_clients_code', ['code'], { unique: true })
// Covering index for the statistics, created by a migration (StatsIndexes).
@Index('idx_clients_stats', { synchronize: false })
export class ClientEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'first_name_enc', type: 'text' })
  firstNameEnc: string;

  @Column({ name: 'last_name_enc', type: 'text' })
  lastNameEnc: string;

  @Column({ name: 'a_number_enc', type: 'text', nullable: true })
  aNumberEnc: string | null;

  @Column({ name: 'date_of_birth_enc', type: 'text', nullable: true })
  dateOfBirthEnc: string | null;

  @Column({ name: 'email_enc', type: 'text', nullable: true })
  emailEnc: string | null;

  @Column({ name: 'phone_enc', type: 'text', nullable: true })
  phoneEnc: string | null;

  @Index('idx_clients_name_index', { synchronize: false })
  @Column({ name: 'name_index', type: 'text', array: true, default: () => "'{}'" })
  nameIndex: string[];

  @Column({ name: 'a_number_index', type: 'text', nullable: true })
  aNumberIndex: string | null;

  /** Keyed hash of the A-number's last four digits: finds a number from its tail (see README, search). */
  @Column({ name: 'a_number_tail_index', type: 'text', nullable: true })
  aNumberTailIndex: string | null;

  /** Keyed hash of name skeletons and date of birth: flags a likely duplicate without plaintext. */
  @Column({ name: 'identity_index', type: 'text', nullable: true })
  identityIndex: string | null;

  /** Version of the search-index scheme the row's indexes were computed with (reindexed at start when old). */
  @Column({ name: 'search_index_version', type: 'smallint', default: 0 })
  searchIndexVersion: number;

  @Column({ name: 'chosen_name_enc', type: 'text', nullable: true })
  chosenNameEnc: string | null;

  @Column({ name: 'pronouns_enc', type: 'text', nullable: true })
  pronounsEnc: string | null;

  @Column({ name: 'attorney_enc', type: 'text', nullable: true })
  attorneyEnc: string | null;

  @Column({ name: 'contact_handle_enc', type: 'text', nullable: true })
  contactHandleEnc: string | null;

  @Column({ name: 'contact_channel', type: 'text', nullable: true })
  contactChannel: string | null;

  /** The asylum office or immigration court that has the case (a public place, not a person). */
  @Column({ name: 'asylum_office', type: 'text', nullable: true })
  asylumOffice: string | null;

  @Column({ name: 'interpreter_language', type: 'text', nullable: true })
  interpreterLanguage: string | null;

  @Column({ name: 'last_arrival_on', type: 'date', nullable: true })
  lastArrivalOn: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ name: 'education_level', type: 'text', nullable: true })
  educationLevel: EducationLevel | null;

  @Column({ name: 'english_level', type: 'text', nullable: true })
  englishLevel: EnglishLevel | null;

  @Column({ type: 'text', nullable: true })
  profession: string | null;

  @Column({ name: 'household_size', type: 'integer', default: 1 })
  householdSize: number;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ name: 'caseworker_id', type: 'uuid', nullable: true })
  caseworkerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'caseworker_id', foreignKeyConstraintName: 'fk_clients_caseworker' })
  caseworker?: UserEntity;

  @Column({ name: 'exclude_from_statistics', type: 'boolean', default: false })
  excludeFromStatistics: boolean;

  /**
   * The permanent secret record key of the statistics' cell-key perturbation (migration StatsRecordKeys).
   * Never selected, inserted or updated by the application: only the statistics queries read sums of it.
   */
  @Column({ name: 'stats_record_key', type: 'integer', select: false, insert: false, update: false, default: () => 'stats_record_key()' })
  statsRecordKey?: number;

  /** Set when the client was erased: identity and free text are gone; the row stays only as anonymous statistics. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
