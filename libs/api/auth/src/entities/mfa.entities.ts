import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@ct/api-users';

/**
 * The step between a correct password and a session: the opaque `mfaToken` (only a hash is stored), what
 * it may do (`verify` an existing factor or `enroll` one), and how many wrong codes it has seen.
 */
@Entity({ name: 'mfa_challenges' })
@Index('idx_mfa_challenges_expires', ['expiresAt'])
export class MfaChallengeEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mfa_challenges_user' })
  user?: UserEntity;

  @Column({ name: 'secret_hash', type: 'text' })
  secretHash: string;

  @Column({ type: 'text' })
  purpose: 'verify' | 'enroll';

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true })
  consumedAt: Date | null;
}

/** A user's TOTP secret (encrypted), the one being enrolled, and the last accepted time step (no replay). */
@Entity({ name: 'mfa_totp' })
export class TotpFactorEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mfa_totp_user' })
  user?: UserEntity;

  @Column({ name: 'secret_enc', type: 'text', nullable: true })
  secretEnc: string | null;

  @Column({ name: 'pending_secret_enc', type: 'text', nullable: true })
  pendingSecretEnc: string | null;

  @Column({ name: 'last_time_step', type: 'bigint', nullable: true })
  lastTimeStep: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}

/** Single-use recovery codes, stored as keyed hashes. */
@Entity({ name: 'mfa_recovery_codes' })
@Index('idx_mfa_recovery_codes_user', ['userId'])
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mfa_recovery_codes_user' })
  user?: UserEntity;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

/** A WebAuthn credential (passkey): the public key and signature counter only. */
@Entity({ name: 'mfa_passkeys' })
@Index('idx_mfa_passkeys_user', ['userId'])
@Index('uq_mfa_passkeys_credential', ['credentialId'], { unique: true })
export class PasskeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mfa_passkeys_user' })
  user?: UserEntity;

  /** base64url credential id. */
  @Column({ name: 'credential_id', type: 'text' })
  credentialId: string;

  @Column({ name: 'public_key', type: 'bytea' })
  publicKey: Buffer;

  @Column({ type: 'bigint', default: 0 })
  counter: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  transports: string[];

  @Column({ type: 'text' })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}

/** A WebAuthn challenge handed out with registration or authentication options; used once, 5 minutes. */
@Entity({ name: 'webauthn_challenges' })
@Index('idx_webauthn_challenges_expires', ['expiresAt'])
export class WebauthnChallengeEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** null for a passwordless sign-in, where the user is not known yet. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_webauthn_challenges_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  purpose: 'register' | 'authenticate';

  @Column({ type: 'text' })
  challenge: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
