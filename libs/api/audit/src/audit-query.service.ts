import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { type ListQueryDto, NotFoundError, filterIds, filterString, parseListQuery, ValidationError } from '@ct/api-core';
import { AuditEventEntity } from './entities/audit-event.entity';

export interface AuditEventView {
  id: string;
  createdAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resource: string;
  recordId: string | null;
  details: Record<string, unknown> | null;
}

const SORTABLE = ['createdAt', 'action', 'resource'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function toView(e: AuditEventEntity): AuditEventView {
  return {
    id: e.id,
    createdAt: e.createdAt.toISOString(),
    actorId: e.actorId,
    actorRole: e.actorRole,
    action: e.action,
    resource: e.resource,
    recordId: e.recordId,
    details: e.details,
  };
}

@Injectable()
export class AuditQueryService {
  constructor(@InjectRepository(AuditEventEntity) private readonly repo: Repository<AuditEventEntity>) {}

  async list(raw: ListQueryDto): Promise<{ rows: AuditEventView[]; total: number; skip: number }> {
    const q = parseListQuery(raw, { sortable: SORTABLE, filters: ['id', 'action', 'resource', 'actorId', 'recordId', 'since'], defaultSort: { field: 'createdAt', order: 'DESC' } });
    const qb = this.repo.createQueryBuilder('e');
    const ids = filterIds(q.filter);
    if (ids) qb.andWhere('e.id IN (:...ids)', { ids: ids.length ? ids : ['00000000-0000-0000-0000-000000000000'] });
    for (const key of ['action', 'resource', 'actorId', 'recordId'] as const) {
      const value = filterString(q.filter, key);
      if (value !== undefined) qb.andWhere(`e.${key} = :${key}`, { [key]: value });
    }
    const since = filterString(q.filter, 'since');
    if (since !== undefined) {
      if (!DAY.test(since)) throw new ValidationError('filter.since', 'must be a date YYYY-MM-DD');
      qb.andWhere('e.createdAt >= :since', { since });
    }
    qb.orderBy(`e.${q.sort.field}`, q.sort.order).addOrderBy('e.id', 'ASC').skip(q.skip).take(q.take);
    const [rows, total] = await qb.getManyAndCount();
    return { rows: rows.map(toView), total, skip: q.skip };
  }

  async get(id: string): Promise<AuditEventView> {
    const row = await this.repo.findOneBy({ id });
    if (!row) throw new NotFoundError('audit event');
    return toView(row);
  }
}
