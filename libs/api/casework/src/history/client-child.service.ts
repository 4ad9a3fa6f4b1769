import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  type FieldCipher,
  type ListQueryDto,
  NotFoundError,
  type RequestUser,
  ValidationError,
  filterIds,
  filterString,
  parseListQuery,
} from '@ct/api-core';
import type { AuditService } from '@ct/api-audit';
import type { ClientScope } from '../clients/client-scope';
import { aad } from '../clients/client-view';

interface ChildEntity extends ObjectLiteral {
  id: string;
  clientId: string;
}

/** How one client-owned resource (milestones, housing history, needs, notes) is stored and shown. */
export interface ChildSpec<E extends ChildEntity, R> {
  resource: string;
  table: string;
  entity: EntityTarget<E>;
  /** API field → column, for sorting. */
  sortable: Record<string, string>;
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  /** API filter → column, for equality filters. */
  filters: Record<string, string>;
  /** Free-text fields stored encrypted: API field → entity property and database column. */
  encrypted: { field: string; property: keyof E & string; column: string }[];
  /** Plain fields a write may set. */
  plain: (keyof E & string)[];
  toRecord(entity: E, decrypted: Record<string, string | null>, actor: RequestUser): R;
  /** Finds the owning client id for a new record (and checks the caller may reach it). */
  owner(manager: EntityManager, actor: RequestUser, dto: Record<string, unknown>): Promise<{ clientId: string; extra?: Partial<E> }>;
  /** Checks the record as it would be saved; throws ValidationError. */
  check?(entity: E): void;
  afterWrite?(manager: EntityManager, entity: E, actor: RequestUser): Promise<void>;
  /** Checks the record against the others it must agree with, before saving; throws ValidationError. */
  validate?(manager: EntityManager, entity: E): Promise<void>;
  /** Extra computed fields per record (e.g. warnings), for a page of records at once. */
  annotate?(manager: EntityManager, rows: E[]): Promise<Map<string, Record<string, unknown>>>;
  /** Keys of the extra list filters. */
  extraFilterKeys?: string[];
  /** Extra list filters beyond equality. */
  extraFilters?(filter: Record<string, unknown>): { sql: string; params: Record<string, unknown> }[];
}

/** List, read, create, update and delete for a client-owned resource, scoped, encrypted and audited. */
export class ClientChildService<E extends ChildEntity, R> {
  constructor(
    private readonly spec: ChildSpec<E, R>,
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly scope: ClientScope,
    private readonly audit: AuditService,
  ) {}

  private async views(manager: EntityManager, rows: E[], actor: RequestUser): Promise<R[]> {
    const extra = this.spec.annotate && rows.length > 0 ? await this.spec.annotate(manager, rows) : new Map<string, Record<string, unknown>>();
    return rows.map((r) => ({ ...this.view(r, actor), ...(extra.get(r.id) ?? {}) }));
  }

  private view(entity: E, actor: RequestUser): R {
    const decrypted: Record<string, string | null> = {};
    if (actor.role === 'admin' || actor.role === 'caseworker') {
      for (const e of this.spec.encrypted) {
        decrypted[e.field] = this.cipher.decryptNullable(entity[e.property] as string | null, aad(this.spec.table, e.column, entity.id));
      }
    }
    return this.spec.toRecord(entity, decrypted, actor);
  }

  async list(raw: ListQueryDto, actor: RequestUser): Promise<{ rows: R[]; total: number; skip: number }> {
    const q = parseListQuery(raw, { sortable: Object.keys(this.spec.sortable), filters: ['id', ...Object.keys(this.spec.filters), ...(this.spec.extraFilterKeys ?? [])], defaultSort: this.spec.defaultSort });
    const qb = this.dataSource.getRepository(this.spec.entity).createQueryBuilder('r');
    this.scope.restrict(qb, actor, 'r.client_id');
    const ids = filterIds(q.filter);
    if (ids) qb.andWhere('r.id = ANY(:ids)', { ids });
    for (const [key, column] of Object.entries(this.spec.filters)) {
      const value = filterString(q.filter, key);
      if (value !== undefined) qb.andWhere(`r.${column} = :f_${key}`, { [`f_${key}`]: value });
    }
    for (const extra of this.spec.extraFilters?.(q.filter) ?? []) qb.andWhere(extra.sql, extra.params);
    qb.orderBy(`r.${this.spec.sortable[q.sort.field]}`, q.sort.order, 'NULLS LAST').addOrderBy('r.id', 'ASC').offset(q.skip).limit(q.take);
    const [rows, total] = await qb.getManyAndCount();
    await this.audit.record({ actor, action: 'list', resource: this.spec.resource, details: { filters: Object.keys(q.filter), ids: rows.map((r) => r.id) } });
    return { rows: await this.views(this.dataSource.manager, rows, actor), total, skip: q.skip };
  }

  private async find(manager: EntityManager, id: string, actor: RequestUser): Promise<E> {
    const qb = manager.getRepository(this.spec.entity).createQueryBuilder('r').where('r.id = :id', { id });
    this.scope.restrict(qb, actor, 'r.client_id');
    const row = await qb.getOne();
    if (!row) throw new NotFoundError(this.spec.resource.replace(/s$/, '').replace(/-/g, ' '));
    return row;
  }

  async get(id: string, actor: RequestUser): Promise<R> {
    const row = await this.find(this.dataSource.manager, id, actor);
    await this.audit.record({ actor, action: 'read', resource: this.spec.resource, recordId: id });
    return (await this.views(this.dataSource.manager, [row], actor))[0];
  }

  async create(dto: Record<string, unknown>, actor: RequestUser): Promise<R> {
    return this.dataSource.transaction(async (manager) => (await this.views(manager, [await this.createIn(manager, dto, actor)], actor))[0]);
  }

  /** Creates a record inside the caller's transaction (also used by the one-screen intake). */
  async createIn(manager: EntityManager, dto: Record<string, unknown>, actor: RequestUser): Promise<E> {
    {
      const { clientId, extra } = await this.spec.owner(manager, actor, dto);
      const entity = manager.create(this.spec.entity, { id: randomUUID(), clientId, ...extra } as unknown as E);
      this.apply(entity, dto);
      this.spec.check?.(entity);
      await this.spec.validate?.(manager, entity);
      const saved = await manager.save(entity);
      await this.spec.afterWrite?.(manager, saved, actor);
      await this.audit.record({ actor, action: 'create', resource: this.spec.resource, recordId: saved.id }, manager);
      return saved;
    }
  }

  /** The records as the API shows them, read through the caller's transaction. */
  async recordsIn(manager: EntityManager, rows: E[], actor: RequestUser): Promise<R[]> {
    return this.views(manager, rows, actor);
  }

  async update(id: string, dto: Record<string, unknown>, actor: RequestUser): Promise<R> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.find(manager, id, actor);
      const changed = this.apply(entity, dto);
      this.spec.check?.(entity);
      if (changed.length) await this.spec.validate?.(manager, entity);
      const saved = changed.length ? await manager.save(entity) : entity;
      if (changed.length) await this.spec.afterWrite?.(manager, saved, actor);
      await this.audit.record({ actor, action: 'update', resource: this.spec.resource, recordId: id, details: { changed } }, manager);
      return (await this.views(manager, [saved], actor))[0];
    });
  }

  async remove(id: string, actor: RequestUser): Promise<{ id: string }> {
    await this.dataSource.transaction(async (manager) => {
      const entity = await this.find(manager, id, actor);
      await manager.delete(this.spec.entity, { id: entity.id });
      await this.audit.record({ actor, action: 'delete', resource: this.spec.resource, recordId: id }, manager);
    });
    return { id };
  }

  private apply(entity: E, dto: Record<string, unknown>): string[] {
    const changed: string[] = [];
    for (const field of this.spec.plain) {
      const value = dto[field];
      if (value === undefined || value === entity[field]) continue;
      (entity as Record<string, unknown>)[field] = value;
      changed.push(field);
    }
    for (const e of this.spec.encrypted) {
      const value = dto[e.field];
      if (value === undefined) continue;
      if (value !== null && typeof value !== 'string') throw new ValidationError(e.field, 'must be text');
      (entity as Record<string, unknown>)[e.property] = this.cipher.encryptNullable(value, aad(this.spec.table, e.column, entity.id));
      changed.push(e.field);
    }
    return changed;
  }
}
