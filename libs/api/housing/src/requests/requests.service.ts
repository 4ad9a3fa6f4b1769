import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { HousingRequestRecord } from '@ct/contracts';
import { pseudonymCode } from '@ct/domain';
import {
  APP_CONFIG,
  AppError,
  type AppConfig,
  type ListQueryDto,
  type RequestUser,
  StaleVersionError,
  ValidationError,
  filterIds,
  filterString,
  parseListQuery,
} from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { ClientScope } from '@ct/api-casework';
import type { CreateHousingRequestDto, UpdateHousingRequestDto } from '../dto/request.dto';
import { HousingRequestEntity } from '../entities/housing-request.entity';
import { HousingScope } from '../shared/housing-scope';
import { toRequestRecord } from '../shared/housing-views';

const COLUMNS = {
  createdAt: 'r.created_at',
  updatedAt: 'r.updated_at',
  neededFrom: 'r.needed_from',
  householdSize: 'r.household_size',
  region: 'r.region',
  code: 'r.code',
  status: 'r.status',
  // Most urgent first when sorted ASC.
  urgency: `array_position(ARRAY['urgent','high','medium','low']::text[], r.urgency)`,
} as const;
type SortField = keyof typeof COLUMNS;
const PLAIN = ['region', 'neededFrom', 'neededUntil', 'householdSize', 'languages', 'urgency', 'status'] as const;

@Injectable()
export class HousingRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: ClientScope,
    private readonly scope: HousingScope,
    private readonly audit: AuditService,
  ) {}

  async list(raw: ListQueryDto, actor: RequestUser): Promise<{ rows: HousingRequestRecord[]; total: number; skip: number }> {
    const q = parseListQuery(raw, { sortable: Object.keys(COLUMNS), filters: ['id', 'clientId', 'status', 'urgency', 'code', 'region'], defaultSort: { field: 'neededFrom', order: 'ASC' } });
    const qb = this.dataSource.getRepository(HousingRequestEntity).createQueryBuilder('r');
    this.scope.restrictRequests(qb, actor, 'r');
    const ids = filterIds(q.filter);
    if (ids) qb.andWhere('r.id = ANY(:ids)', { ids });
    const clientId = filterString(q.filter, 'clientId');
    if (clientId !== undefined) {
      // A volunteer filtering by client id could test a guess: refuse the question, not just the answer.
      if (actor.role === 'volunteer') throw new ValidationError('filter.clientId', 'volunteers cannot filter by client');
      qb.andWhere('r.client_id::text = :clientId', { clientId });
    }
    for (const key of ['status', 'urgency', 'code'] as const) {
      const value = filterString(q.filter, key);
      if (value !== undefined) qb.andWhere(`r.${key} = :f_${key}`, { [`f_${key}`]: value });
    }
    const region = filterString(q.filter, 'region');
    if (region !== undefined) qb.andWhere('lower(r.region) = lower(:region)', { region: region.trim() });
    const field = q.sort.field as SortField;
    qb.orderBy(COLUMNS[field], q.sort.order, 'NULLS LAST').addOrderBy('r.id', 'ASC').offset(q.skip).limit(q.take);
    const [rows, total] = await qb.getManyAndCount();
    await this.audit.record({ actor, action: 'list', resource: 'housing-requests', details: { filters: Object.keys(q.filter), ids: rows.map((r) => r.id) } });
    return { rows: rows.map((r) => toRequestRecord(r, actor)), total, skip: q.skip };
  }

  async get(id: string, actor: RequestUser): Promise<HousingRequestRecord> {
    const request = await this.scope.findRequest(this.dataSource.manager, actor, id);
    await this.audit.record({ actor, action: 'read', resource: 'housing-requests', recordId: id });
    return toRequestRecord(request, actor);
  }

  async create(dto: CreateHousingRequestDto, actor: RequestUser): Promise<HousingRequestRecord> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.clients.find(manager, actor, dto.clientId);
      const open = await manager.existsBy(HousingRequestEntity, { clientId: client.id, status: 'open' });
      if (open) throw new AppError('CONFLICT', 'clientId: this client already has an open housing request', 'clientId');
      const id = randomUUID();
      const request = manager.create(HousingRequestEntity, {
        id,
        code: pseudonymCode(id, this.config.pseudonymKey, { prefix: 'HR' }),
        clientId: client.id,
        region: dto.region,
        neededFrom: dto.neededFrom,
        neededUntil: dto.neededUntil ?? null,
        householdSize: dto.householdSize ?? client.householdSize,
        languages: dto.languages ?? client.languages,
        pets: false,
        smoking: null,
        accessibility: false,
        urgency: dto.urgency ?? 'medium',
        status: 'open',
      });
      this.applyConstraints(request, dto.constraints);
      checkPeriod(request);
      const saved = await manager.save(request);
      await this.audit.record({ actor, action: 'create', resource: 'housing-requests', recordId: id }, manager);
      return toRequestRecord(saved, actor);
    });
  }

  async update(id: string, dto: UpdateHousingRequestDto, actor: RequestUser): Promise<HousingRequestRecord> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.scope.findRequest(manager, actor, id, true);
      if (dto.version !== request.version) throw new StaleVersionError('housing request');
      const changed: string[] = [];
      for (const field of PLAIN) {
        const value = dto[field];
        if (value === undefined || JSON.stringify(value) === JSON.stringify(request[field])) continue;
        if (value === null && field !== 'neededUntil') throw new ValidationError(field, 'must not be empty');
        (request as unknown as Record<string, unknown>)[field] = value;
        changed.push(field);
      }
      changed.push(...this.applyConstraints(request, dto.constraints));
      checkPeriod(request);
      const saved = changed.length ? await manager.save(request) : request;
      await this.audit.record({ actor, action: 'update', resource: 'housing-requests', recordId: id, details: { changed } }, manager);
      return toRequestRecord(saved, actor);
    });
  }

  /** A request with matches beyond declined proposals is history (a placement may hang on it): close it instead. */
  async remove(id: string, actor: RequestUser): Promise<{ id: string }> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.scope.findRequest(manager, actor, id, true);
      const rows: unknown[] = await manager.query(`SELECT 1 FROM housing_matches WHERE request_id = $1 AND status <> 'declined' LIMIT 1`, [request.id]);
      if (rows.length > 0) throw new AppError('CONFLICT', 'this request has matches; set its status to closed instead');
      await manager.delete(HousingRequestEntity, { id: request.id });
      await this.audit.record({ actor, action: 'delete', resource: 'housing-requests', recordId: id }, manager);
    });
    return { id };
  }

  private applyConstraints(request: HousingRequestEntity, constraints: UpdateHousingRequestDto['constraints']): string[] {
    if (!constraints) return [];
    const changed: string[] = [];
    if (constraints.pets !== undefined && constraints.pets !== null && constraints.pets !== request.pets) {
      request.pets = constraints.pets;
      changed.push('constraints.pets');
    }
    if (constraints.smoking !== undefined && constraints.smoking !== request.smoking) {
      request.smoking = constraints.smoking;
      changed.push('constraints.smoking');
    }
    if (constraints.accessibility !== undefined && constraints.accessibility !== null && constraints.accessibility !== request.accessibility) {
      request.accessibility = constraints.accessibility;
      changed.push('constraints.accessibility');
    }
    return changed;
  }
}

function checkPeriod(r: HousingRequestEntity): void {
  if (r.neededUntil !== null && r.neededUntil < r.neededFrom) throw new ValidationError('neededUntil', 'must not be before neededFrom');
}
