import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type RequestUser, currentRequestContext } from '@ct/api-core';
import { chainHash } from './audit-chain';
import { AuditEventEntity } from './entities/audit-event.entity';

export type AuditAction =
  | 'read' | 'list' | 'create' | 'update' | 'delete' | 'export' | 'login' | 'logout' | 'rotate'
  // sign-in and account security (issue 9)
  | 'login_failed' | 'session_end' | 'mfa_enroll' | 'mfa_failed' | 'mfa_reset' | 'password_change' | 'password_reset' | 'invite' | 'invite_accept'
  // intake: a refused duplicate, a merge of two records (issue 13)
  | 'refuse' | 'merge';

export interface AuditInput {
  actor: RequestUser | null;
  action: AuditAction;
  resource: string;
  recordId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends audit events to the hash chain. Pass the transaction's manager so the event commits or rolls
 * back with the write. Each append locks the chain's head row until its transaction ends: the sequence
 * stays gapless and ordered under concurrent transactions.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(input: AuditInput, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      await this.dataSource.transaction((m) => this.record(input, m));
      return;
    }
    // Every hashed field (AUDIT_HASHED_FIELDS) is set here, on the row that is inserted.
    const context = currentRequestContext();
    const row = {
      id: randomUUID(),
      createdAt: new Date(),
      // Every event carries the request's source address and user agent, whoever records it.
      address: context?.address ?? null,
      userAgent: context?.userAgent ?? null,
      actorId: input.actor?.id ?? null,
      actorRole: input.actor?.role ?? null,
      action: input.action,
      resource: input.resource,
      recordId: input.recordId ?? null,
      details: input.details ?? null,
    };
    const [head] = (await manager.query(`WITH h AS (UPDATE audit_chain_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash) SELECT seq::text AS seq, hash FROM h`)) as { seq: string; hash: string }[];
    const hash = chainHash(head.seq, head.hash, row);
    await manager.insert(AuditEventEntity, { ...row, seq: head.seq, hash } as QueryDeepPartialEntity<AuditEventEntity>);
    await manager.query(`UPDATE audit_chain_head SET hash = $1 WHERE id = 1`, [hash]);
  }
}
