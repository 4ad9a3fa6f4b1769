import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ClientEntity } from '@ct/api-casework';

/**
 * What makes importing the same file twice create nothing new: a keyed hash (blind index) of each imported
 * row's identity (names, date of birth, A-number) and the caseload it went into, pointing at the client it
 * created. Keyed per caseload, so that one caseload's import learns nothing about another's clients beyond
 * what an A-number already tells. Erasing the client removes its key.
 */
@Entity({ name: 'import_row_keys' })
@Index('idx_import_row_keys_client', ['clientId'])
export class ImportRowKeyEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_import_row_keys_client' })
  client?: ClientEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
