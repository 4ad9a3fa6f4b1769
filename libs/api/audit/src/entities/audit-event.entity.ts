import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what to which record, and when. Never the personal values themselves.
 * The database refuses UPDATE and DELETE on this table (see the migration's trigger).
 */
@Entity({ name: 'audit_events' })
@Index('idx_audit_events_created_at', ['createdAt'])
@Index('idx_audit_events_record', ['resource', 'recordId'])
@Index('uq_audit_events_seq', ['seq'], { unique: true })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  resource: string;

  @Column({ name: 'record_id', type: 'uuid', nullable: true })
  recordId: string | null;

  /** Where the request came from (client address as TRUST_PROXY resolves it) and its user agent. */
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;
  /** Position in the hash chain (gapless, from 1); null only for events written before the chain existed. */
  @Column({ type: 'bigint', nullable: true })
  seq: string | null;

  /** SHA-256 over this event's hashed fields and the previous event's hash (see audit-chain.ts). */
  @Column({ type: 'text', nullable: true })
  hash: string | null;

  /** Non-personal context: changed field names, filter names, counts. Never values typed about a person. */
  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;
}
