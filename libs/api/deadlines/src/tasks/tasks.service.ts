import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TaskRecord } from '@ct/contracts';
import {
  APP_CONFIG,
  AppError,
  type AppConfig,
  FieldCipher,
  filterIds,
  filterString,
  type ListQueryDto,
  NotFoundError,
  parseListQuery,
  type RequestUser,
  StaleVersionError,
  todayIn,
  ValidationError,
  fieldAad,
} from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { CaseEntity, ClientScope } from '@ct/api-casework';
import { UserEntity } from '@ct/api-users';
import { TaskEntity } from '../entities/task.entity';
import type { CreateTaskDto, UpdateTaskDto } from './task.dto';

/** Associated data of a task's note, by the registry's convention (`tasks.note:<id>`). */
const aad = (id: string) => fieldAad('tasks', 'note', id);
const SORTABLE: Record<string, string> = { dueOn: 't.due_on', createdAt: 't.created_at', status: 't.status', kind: 't.kind' };

/**
 * Caseworkers' tasks. A caseworker reaches a task when its client is in their caseload or the task is
 * assigned to them; anything else answers 404. Notes are encrypted; every write and list is audited.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly scope: ClientScope,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  view(t: TaskEntity, code: string): TaskRecord {
    return {
      id: t.id,
      clientId: t.clientId,
      clientCode: code,
      caseId: t.caseId,
      kind: t.kind,
      dueOn: t.dueOn,
      assigneeId: t.assigneeId,
      note: this.cipher.decryptNullable(t.noteEnc, aad(t.id)),
      status: t.status,
      snoozedUntil: t.snoozedUntil,
      doneAt: t.doneAt?.toISOString() ?? null,
      generated: t.sourceKey !== null,
      createdAt: t.createdAt.toISOString(),
      updatedAt: t.updatedAt.toISOString(),
      version: t.version,
    };
  }

  private query(manager: EntityManager, actor: RequestUser) {
    const qb = manager.getRepository(TaskEntity).createQueryBuilder('t').innerJoinAndSelect('t.client', 'c');
    if (actor.role === 'caseworker') qb.andWhere('(c.caseworker_id = :actorId OR t.assignee_id = :actorId)', { actorId: actor.id });
    return qb;
  }

  async list(raw: ListQueryDto, actor: RequestUser): Promise<{ rows: TaskRecord[]; total: number; skip: number }> {
    const q = parseListQuery(raw, {
      sortable: Object.keys(SORTABLE),
      filters: ['id', 'clientId', 'caseId', 'assigneeId', 'status', 'kind', 'active', 'dueBefore'],
      defaultSort: { field: 'dueOn', order: 'ASC' },
    });
    const qb = this.query(this.dataSource.manager, actor);
    const ids = filterIds(q.filter);
    if (ids) qb.andWhere('t.id = ANY(:ids)', { ids });
    for (const [key, column] of [['clientId', 'client_id'], ['caseId', 'case_id'], ['assigneeId', 'assignee_id'], ['status', 'status'], ['kind', 'kind']] as const) {
      const value = filterString(q.filter, key);
      if (value !== undefined) qb.andWhere(`t.${column} = :f_${key}`, { [`f_${key}`]: value });
    }
    // "active": open and not snoozed past today, what the dashboard shows.
    if (q.filter['active'] === true) {
      qb.andWhere(`t.status = 'open'`).andWhere('(t.snoozed_until IS NULL OR t.snoozed_until <= :today)', { today: todayIn(this.config.timeZone) });
    } else if (q.filter['active'] !== undefined) throw new ValidationError('filter.active', 'must be true');
    const dueBefore = filterString(q.filter, 'dueBefore');
    if (dueBefore !== undefined) qb.andWhere('t.due_on <= :dueBefore', { dueBefore });
    qb.orderBy(SORTABLE[q.sort.field], q.sort.order).addOrderBy('t.id', 'ASC').offset(q.skip).limit(q.take);
    const [rows, total] = await qb.getManyAndCount();
    await this.audit.record({ actor, action: 'list', resource: 'tasks', details: { ids: rows.map((r) => r.id) } });
    return { rows: rows.map((t) => this.view(t, t.client?.code ?? '')), total, skip: q.skip };
  }

  async get(id: string, actor: RequestUser): Promise<TaskRecord> {
    const t = await this.find(this.dataSource.manager, id, actor);
    await this.audit.record({ actor, action: 'read', resource: 'tasks', recordId: id });
    return this.view(t, t.client?.code ?? '');
  }

  private async find(manager: EntityManager, id: string, actor: RequestUser): Promise<TaskEntity> {
    const t = await this.query(manager, actor).andWhere('t.id = :id', { id }).getOne();
    if (!t) throw new NotFoundError('task');
    return t;
  }

  private async checkAssignee(manager: EntityManager, assigneeId: string): Promise<void> {
    const user = await manager.findOneBy(UserEntity, { id: assigneeId });
    if (!user || user.role !== 'caseworker' || user.disabled) throw new ValidationError('assigneeId', 'must be an active caseworker');
  }

  async create(dto: CreateTaskDto, actor: RequestUser): Promise<TaskRecord> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.scope.find(manager, actor, dto.clientId);
      if (dto.caseId) {
        const kase = await manager.findOneBy(CaseEntity, { id: dto.caseId, clientId: client.id });
        if (!kase) throw new ValidationError('caseId', "must be a case of this task's client");
      }
      const assigneeId = dto.assigneeId ?? (actor.role === 'caseworker' ? actor.id : client.caseworkerId);
      if (assigneeId) await this.checkAssignee(manager, assigneeId);
      const id = randomUUID();
      const task = manager.create(TaskEntity, {
        id,
        clientId: client.id,
        caseId: dto.caseId ?? null,
        assigneeId: assigneeId ?? null,
        createdById: actor.id,
        kind: 'MANUAL',
        dueOn: dto.dueOn,
        noteEnc: this.cipher.encryptNullable(dto.note ?? null, aad(id)),
        status: 'open',
        snoozedUntil: null,
        doneAt: null,
        sourceKey: null,
      });
      const saved = await manager.save(task);
      await this.audit.record({ actor, action: 'create', resource: 'tasks', recordId: id }, manager);
      return this.view(saved, client.code);
    });
  }

  async update(id: string, dto: UpdateTaskDto, actor: RequestUser): Promise<TaskRecord> {
    return this.dataSource.transaction(async (manager) => {
      const t = await this.find(manager, id, actor);
      if (dto.version !== t.version) throw new StaleVersionError('task');
      const changed: string[] = [];
      const today = todayIn(this.config.timeZone);
      if (dto.dueOn !== undefined && dto.dueOn !== t.dueOn) {
        t.dueOn = dto.dueOn;
        changed.push('dueOn');
      }
      if (dto.assigneeId !== undefined && dto.assigneeId !== t.assigneeId) {
        if (dto.assigneeId) await this.checkAssignee(manager, dto.assigneeId);
        t.assigneeId = dto.assigneeId;
        changed.push('assigneeId');
      }
      if (dto.note !== undefined) {
        const current = this.cipher.decryptNullable(t.noteEnc, aad(t.id));
        if (dto.note !== current) {
          t.noteEnc = this.cipher.encryptNullable(dto.note, aad(t.id));
          changed.push('note');
        }
      }
      if (dto.snoozedUntil !== undefined && dto.snoozedUntil !== t.snoozedUntil) {
        if (dto.snoozedUntil !== null && dto.snoozedUntil <= today) throw new ValidationError('snoozedUntil', 'must be after today');
        t.snoozedUntil = dto.snoozedUntil;
        changed.push('snoozedUntil');
      }
      if (dto.status !== undefined && dto.status !== t.status) {
        t.status = dto.status;
        t.doneAt = dto.status === 'done' ? new Date() : null;
        changed.push('status');
      }
      const saved = changed.length ? await manager.save(t) : t;
      await this.audit.record({ actor, action: 'update', resource: 'tasks', recordId: id, details: { changed } }, manager);
      return this.view(saved, t.client?.code ?? '');
    });
  }

  async remove(id: string, actor: RequestUser): Promise<{ id: string }> {
    await this.dataSource.transaction(async (manager) => {
      const t = await this.find(manager, id, actor);
      // A generated task would come back at the next run: it is marked done instead.
      if (t.sourceKey !== null) throw new AppError('CONFLICT', 'a task created from a computed date is marked done, not deleted');
      await manager.delete(TaskEntity, { id });
      await this.audit.record({ actor, action: 'delete', resource: 'tasks', recordId: id }, manager);
    });
    return { id };
  }
}
