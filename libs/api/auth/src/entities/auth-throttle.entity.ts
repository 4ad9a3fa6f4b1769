import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Fixed-window counters for login throttling, shared by every API instance. Keys are keyed hashes of
 * the client address or the email, never the values themselves.
 */
@Entity({ name: 'auth_throttle' })
export class AuthThrottleEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  count: number;
}
