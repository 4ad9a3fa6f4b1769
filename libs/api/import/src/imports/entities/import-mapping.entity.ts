import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DateOrder, ImportField } from '@ct/contracts';
import { UserEntity } from '@ct/api-users';

/** Each user's last import mapping (normalized header title → field), offered again on the next import. */
@Entity({ name: 'import_mappings' })
export class ImportMappingEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_import_mappings_user' })
  user?: UserEntity;

  @Column({ type: 'jsonb' })
  mapping: Record<string, ImportField>;

  @Column({ name: 'date_order', type: 'text' })
  dateOrder: DateOrder;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
