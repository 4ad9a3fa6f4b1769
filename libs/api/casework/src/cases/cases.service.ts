import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { CaseRecord } from '@ct/contracts';
import {
  APP_CONFIG,
  type AppConfig,
  FieldCipher,
  type ListQueryDto,
  NotFoundError,
  type RequestUser,
  StaleVersionError,
  ValidationError,
  filterIds,
  filterString,
  parseListQuery,
  todayIn,
} from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { ClientScope } from '../clients/client-scope';
import { aad } from '../clients/client-view';
import type { CreateCaseDto, UpdateCaseDto } from '../dto/case.dto';
import { CaseEntity } from '../entities/case.entity';
import { ClientEntity } from '../entities/client.entity';
import { MilestoneEntity } from '../entities/milestone.entity';
import { CaseDeadlines, groupByCase } from './case-deadlines';
import { toCaseRecord } from './case-view';

const SORTABLE = ['createdAt', 'updatedAt', 'oneYearDeadline', 'status', 'kind'] as const;

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: FieldCipher,
    private readonly scope: ClientScope,
    private readonly audit: AuditService,
    private readonly deadlines: CaseDeadlines,
  ) {}

  async list(raw: ListQueryDto, actor: RequestUser) {
    const q = parseListQuery(raw, { sortable: SORTABLE, filters: ['id', 'clientId', 'status', 'kind', 'deadlineWithinDays'], defaultSort: { field: 'createdAt', order: 'DESC' } });
    const qb = this.dataSource.getRepository(CaseEntity).createQueryBuilder('k');
    this.scope.restrict(qb, actor, 'k.client_id');
    const ids = filterIds(q.filter);
    if (ids) qb.andWhere('k.id = ANY(:ids)', { ids });
    for (const key of ['clientId', 'status', 'kind'] as const) {
      const value = filterString(q.filter, key);
      if (value !== undefined) qb.andWhere(`k.${key} = :${key}`, { [key]: value });
    }
    const within = q.filter['deadlineWithinDays'];
    if (within !== undefined) {
      if (!Number.isInteger(within) || (within as number) < 0 || (within as number) > 3650) throw new ValidationError('filter.deadlineWithinDays', 'must be a whole number of days');
      qb.andWhere('k.one_year_deadline BETWEEN :today::date AND :today::date + :within::int', { today: todayIn(this.config.timeZone), within });
    }
    qb.orderBy(`k.${q.sort.field}`, q.sort.order, 'NULLS LAST').addOrderBy('k.id', 'ASC').skip(q.skip).take(q.take);
    const [rows, total] = await qb.getManyAndCount();
    await this.audit.record({ actor, action: 'list', resource: 'cases', details: { filters: Object.keys(q.filter), ids: rows.map((r) => r.id) } });
    return { rows: await this.toRecords(rows, actor), total, skip: q.skip };
  }

  async get(id: string, actor: RequestUser): Promise<CaseRecord> {
    const kase = await this.findInScope(id, actor);
    await this.audit.record({ actor, action: 'read', resource: 'cases', recordId: id });
    return (await this.toRecords([kase], actor))[0];
  }

  async create(dto: CreateCaseDto, actor: RequestUser): Promise<CaseRecord> {
    const saved = await this.dataSource.transaction(async (manager) => this.createIn(manager, dto, actor));
    return (await this.toRecords([saved], actor))[0];
  }

  /** Creates a case inside the caller's transaction (also used by the one-screen intake). */
  async createIn(manager: EntityManager, dto: CreateCaseDto, actor: RequestUser): Promise<CaseEntity> {
    {
      const client = await this.scope.find(manager, actor, dto.clientId);
      const id = randomUUID();
      const kase = manager.create(CaseEntity, {
        id,
        clientId: client.id,
        kind: dto.kind,
        status: dto.status ?? 'preparing',
        judgeDeadlineOn: dto.judgeDeadlineOn ?? null,
        oneYearExceptionClaimed: dto.oneYearExceptionClaimed ?? false,
        i589ReceiptEnc: this.cipher.encryptNullable(dto.i589ReceiptNumber, aad('cases', 'i589_receipt', id)),
        i765ReceiptEnc: this.cipher.encryptNullable(dto.i765ReceiptNumber, aad('cases', 'i765_receipt', id)),
        oneYearDeadline: this.deadlines.oneYearDeadline(client.lastArrivalOn, dto.judgeDeadlineOn ?? null),
      });
      const result = await manager.save(kase);
      await this.audit.record({ actor, action: 'create', resource: 'cases', recordId: id }, manager);
      return result;
    }
  }

  async update(id: string, dto: UpdateCaseDto, actor: RequestUser): Promise<CaseRecord> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const found = await this.findInScope(id, actor, manager);
      const kase = await manager.findOneOrFail(CaseEntity, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (dto.version !== kase.version) throw new StaleVersionError('case');
      const changed: string[] = [];
      for (const field of ['kind', 'status', 'judgeDeadlineOn', 'oneYearExceptionClaimed'] as const) {
        if (dto[field] === undefined || dto[field] === kase[field]) continue;
        if (dto[field] === null && field !== 'judgeDeadlineOn') throw new ValidationError(field, 'must not be empty');
        (kase as unknown as Record<string, unknown>)[field] = dto[field];
        changed.push(field);
      }
      for (const [field, column, db] of [['i589ReceiptNumber', 'i589ReceiptEnc', 'i589_receipt'], ['i765ReceiptNumber', 'i765ReceiptEnc', 'i765_receipt']] as const) {
        if (dto[field] === undefined) continue;
        const current = this.cipher.decryptNullable(kase[column], aad('cases', db, id));
        if ((dto[field] ?? null) === current) continue;
        kase[column] = this.cipher.encryptNullable(dto[field], aad('cases', db, id));
        changed.push(field);
      }
      if (changed.includes('judgeDeadlineOn')) {
        const client = await manager.findOneByOrFail(ClientEntity, { id: kase.clientId });
        kase.oneYearDeadline = this.deadlines.oneYearDeadline(client.lastArrivalOn, kase.judgeDeadlineOn);
      }
      const result = changed.length ? await manager.save(kase) : kase;
      await this.audit.record({ actor, action: 'update', resource: 'cases', recordId: id, details: { changed } }, manager);
      return result;
    });
    return (await this.toRecords([saved], actor))[0];
  }

  async remove(id: string, actor: RequestUser): Promise<{ id: string }> {
    await this.dataSource.transaction(async (manager) => {
      const kase = await this.findInScope(id, actor, manager);
      await manager.delete(CaseEntity, { id: kase.id });
      await this.audit.record({ actor, action: 'delete', resource: 'cases', recordId: id }, manager);
    });
    return { id };
  }

  /** Inside a transaction pass its manager: the embedded database serves one connection at a time. */
  private async findInScope(id: string, actor: RequestUser, manager: EntityManager = this.dataSource.manager): Promise<CaseEntity> {
    const qb = manager.getRepository(CaseEntity).createQueryBuilder('k').where('k.id = :id', { id });
    this.scope.restrict(qb, actor, 'k.client_id');
    const kase = await qb.getOne();
    if (!kase) throw new NotFoundError('case');
    return kase;
  }

  /** Computes the clock for a page of cases with two queries in all (clients, milestones), never one per case. */
  async toRecords(cases: CaseEntity[], actor: RequestUser, manager: EntityManager = this.dataSource.manager): Promise<CaseRecord[]> {
    if (cases.length === 0) return [];
    const asOf = todayIn(this.config.timeZone);
    const clientIds = [...new Set(cases.map((k) => k.clientId))];
    const clients = await manager.getRepository(ClientEntity).find({ where: { id: In(clientIds) }, select: { id: true, code: true, lastArrivalOn: true } });
    const byClient = new Map(clients.map((c) => [c.id, c]));
    const milestones = await manager.getRepository(MilestoneEntity).find({ where: { caseId: In(cases.map((k) => k.id)) }, order: { date: 'ASC' } });
    const byCase = groupByCase(milestones);
    return cases.map((k) => {
      const client = byClient.get(k.clientId);
      return toCaseRecord(k, { lastArrivalOn: client?.lastArrivalOn ?? null, clientCode: client?.code ?? '', milestones: byCase.get(k.id) ?? [], asOf }, actor, this.cipher);
    });
  }
}
