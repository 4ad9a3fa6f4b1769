import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@ct/api-users';

/** One daily reminder delivered to one user on one day: a retry never sends it twice. */
@Entity({ name: 'digest_deliveries' })
export class DigestDeliveryEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_digest_deliveries_user' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'date' })
  day: string;

  /** `smtp` or `outbox` (demo mode). */
  @Column({ type: 'text' })
  via: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}

/** Demo mode without SMTP: the messages that would have been sent, readable by admins. */
@Entity({ name: 'mail_outbox' })
@Index('idx_mail_outbox_created', ['createdAt'])
export class MailOutboxEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A user's secret calendar feed: only the token's SHA-256 is stored; a new token replaces the old. */
@Entity({ name: 'calendar_feeds' })
@Index('uq_calendar_feeds_token', ['tokenHash'], { unique: true })
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_calendar_feeds_user' })
  user?: UserEntity;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
