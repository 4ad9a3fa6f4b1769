import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@ct/api-users';

/**
 * One sign-in. Every access token names its session, and every request checks that the session is still
 * open, so ending it (logout, reuse of a refresh token, a reset, the user or an admin) takes effect at once.
 */
@Entity({ name: 'auth_sessions' })
@Index('idx_auth_sessions_user', ['userId'])
@Index('idx_auth_sessions_expires', ['expiresAt'])
export class AuthSessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_auth_sessions_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz' })
  lastUsedAt: Date;

  /** Absolute end (SESSION_MAX_AGE after sign-in), whatever the refreshes. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;

  /** How the person proved who they are: password, password+totp, password+recovery, password+passkey, passkey. */
  @Column({ type: 'text' })
  method: string;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;
}
