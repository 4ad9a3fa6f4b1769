import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A single-use link through which a person sets their password: an invitation for a new account or a
 * reset an admin started. Only a hash of the token is stored; the link carries it in the URL fragment,
 * which browsers never send to a server or a proxy log.
 */
@Entity({ name: 'user_invitations' })
@Index('uq_user_invitations_token', ['tokenHash'], { unique: true })
@Index('idx_user_invitations_user', ['userId'])
export class InvitationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_invitations_user' })
  user?: UserEntity;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ type: 'text' })
  purpose: 'invite' | 'reset';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
