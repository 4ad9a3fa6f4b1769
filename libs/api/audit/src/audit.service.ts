import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { RequestUser } from '@ct/api-core';
import { AuditEventEntity } from './entities/audit-event.entity';

export type AuditAction = 'read' | 'list' | 'create' | 'update' | 'delete' | 'export' | 'login' | 'logout' | 'rotate' | 'refuse' | 'merge';

export interface AuditInput {
  actor: RequestUser | null;
  action: AuditAction;
  resource: string;
  recordId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends audit events. Pass the transaction's manager so the event commits or rolls back with the write. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(input: AuditInput, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditEventEntity, {
      actorId: input.actor?.id ?? null,
      actorRole: input.actor?.role ?? null,
      action: input.action,
      resource: input.resource,
      recordId: input.recordId ?? null,
      details: input.details ?? null,
    } as QueryDeepPartialEntity<AuditEventEntity>);
  }
}
