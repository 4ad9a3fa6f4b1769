import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ClientRecord, DirectorClientRecord } from '@ct/contracts';

type ClientView = ClientRecord | DirectorClientRecord;
import { pseudonymCode } from '@ct/domain';
import {
  APP_CONFIG,
  AppError,
  type AppConfig,
  BlindIndex,
  FieldCipher,
  type ListQueryDto,
  type RequestUser,
  StaleVersionError,
  ValidationError,
  filterIds,
  filterString,
  aNumberKey,
  normalizeANumber,
  parseListQuery,
  todayIn,
} from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import type { CreateClientDto, UpdateClientDto } from '../dto/client.dto';
import { ClientEntity } from '../entities/client.entity';
import { CaseDeadlines } from '../cases/case-deadlines';
import { ClientScope } from './client-scope';
import { aad, toClientRecord } from './client-view';
import { ClientErasure } from '../lifecycle/client-erasure';

const SORTABLE = ['createdAt', 'updatedAt', 'lastArrivalOn', 'region', 'householdSize', 'code'] as const;
const COLUMNS: Record<(typeof SORTABLE)[number], string> = {
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  lastArrivalOn: 'c.last_arrival_on',
  region: 'c.region',
  householdSize: 'c.household_size',
  code: 'c.code',
};

const DIRECTOR_SORTABLE = ['code'] as const;
/** What a director's PUT may carry: the record as they read it, with a new caseworker. */
const DIRECTOR_WRITABLE = new Set(['id', 'code', 'caseworkerId', 'version']);

/** The identifying fields and their encrypted columns. */
const ENCRYPTED = [
  ['firstName', 'firstNameEnc', 'first_name'],
  ['lastName', 'lastNameEnc', 'last_name'],
  ['aNumber', 'aNumberEnc', 'a_number'],
  ['dateOfBirth', 'dateOfBirthEnc', 'date_of_birth'],
  ['email', 'emailEnc', 'email'],
  ['phone', 'phoneEnc', 'phone'],
] as const;
const PLAIN = ['lastArrivalOn', 'languages', 'educationLevel', 'englishLevel', 'profession', 'householdSize', 'region', 'excludeFromStatistics'] as const;

@Injectable()
export class ClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: FieldCipher,
    private readonly index: BlindIndex,
    private readonly scope: ClientScope,
    private readonly audit: AuditService,
    private readonly deadlines: CaseDeadlines,
    private readonly erasure: ClientErasure,
  ) {}

  async list(raw: ListQueryDto, actor: RequestUser): Promise<{ rows: ClientView[]; total: number; skip: number }> {
    // Directors may only page through codes by caseworker: a filter or sort on anything else would
    // tell them, one question at a time, which code has which region, status, deadline or need.
    const q =
      actor.role === 'director'
        ? parseListQuery(raw, { sortable: DIRECTOR_SORTABLE, filters: ['id', 'caseworkerId'], defaultSort: { field: 'code', order: 'ASC' } })
        : parseListQuery(raw, { sortable: SORTABLE, filters: ['id', 'q', 'caseworkerId', 'region', 'status', 'deadlineWithinDays', 'needsOpen'], defaultSort: { field: 'createdAt', order: 'DESC' } });
    const qb = this.dataSource.getRepository(ClientEntity).createQueryBuilder('c');
    this.scope.restrict(qb, actor, 'c.id');
    qb.andWhere('c.erased_at IS NULL');
    const ids = filterIds(q.filter);
    if (ids) qb.andWhere('c.id = ANY(:ids)', { ids });
    const text = filterString(q.filter, 'q');
    if (text) {
      if (actor.role === 'director') throw new ValidationError('filter.q', 'directors cannot search by name or A-number');
      const aNumber = normalizeANumber(text);
      if (aNumber) qb.andWhere('c.a_number_index = :an', { an: this.index.hash('a_number', aNumberKey(aNumber)) });
      else {
        const terms = this.index.queryTerms(text);
        if (terms.length === 0) throw new ValidationError('filter.q', 'give a name or an A-number');
        qb.andWhere('c.name_index @> :terms', { terms });
      }
    }
    const caseworkerId = filterString(q.filter, 'caseworkerId');
    if (caseworkerId) qb.andWhere('c.caseworker_id = :cw', { cw: caseworkerId });
    const region = filterString(q.filter, 'region');
    if (region) qb.andWhere('c.region = :region', { region });
    const status = filterString(q.filter, 'status');
    if (status) qb.andWhere('EXISTS (SELECT 1 FROM cases fc WHERE fc.client_id = c.id AND fc.status = :status)', { status });
    const within = q.filter['deadlineWithinDays'];
    if (within !== undefined) {
      if (!Number.isInteger(within) || (within as number) < 0 || (within as number) > 3650) throw new ValidationError('filter.deadlineWithinDays', 'must be a whole number of days');
      const today = todayIn(this.config.timeZone);
      qb.andWhere(
        `EXISTS (SELECT 1 FROM cases dc WHERE dc.client_id = c.id AND dc.one_year_deadline BETWEEN :today::date AND :today::date + :within::int
           AND NOT EXISTS (SELECT 1 FROM milestones dm WHERE dm.case_id = dc.id AND dm.type = 'I589_FILED' AND dm.date <= :today::date))`,
        { today, within },
      );
    }
    if (q.filter['needsOpen'] === true) qb.andWhere('EXISTS (SELECT 1 FROM support_needs sn WHERE sn.client_id = c.id AND sn.met_on IS NULL)');
    qb.orderBy(COLUMNS[q.sort.field as (typeof SORTABLE)[number]], q.sort.order, 'NULLS LAST').addOrderBy('c.id', 'ASC').offset(q.skip).limit(q.take);
    const [rows, total] = await qb.getManyAndCount();
    await this.audit.record({ actor, action: 'list', resource: 'clients', details: { filters: Object.keys(q.filter), ids: rows.map((r) => r.id) } });
    return { rows: rows.map((r) => toClientRecord(r, actor, this.cipher)), total, skip: q.skip };
  }

  async get(id: string, actor: RequestUser): Promise<ClientView> {
    const client = await this.scope.find(this.dataSource.manager, actor, id);
    await this.audit.record({ actor, action: 'read', resource: 'clients', recordId: id });
    return toClientRecord(client, actor, this.cipher);
  }

  async create(dto: CreateClientDto, actor: RequestUser): Promise<ClientView> {
    return this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      let caseworkerId = dto.caseworkerId ?? null;
      if (actor.role === 'caseworker') {
        if (caseworkerId && caseworkerId !== actor.id) throw new AppError('FORBIDDEN', 'caseworkerId: only admins and directors assign clients to others', 'caseworkerId');
        caseworkerId = actor.id;
      } else if (caseworkerId) await this.assertCaseworker(manager, caseworkerId);
      const client = manager.create(ClientEntity, {
        id,
        code: pseudonymCode(id, this.config.pseudonymKey, { prefix: 'CL' }),
        firstNameEnc: '',
        lastNameEnc: '',
        caseworkerId,
        householdSize: 1,
        languages: [],
        excludeFromStatistics: false,
      });
      this.applyFields(client, dto);
      const saved = await manager.save(client);
      await this.audit.record({ actor, action: 'create', resource: 'clients', recordId: id }, manager);
      return toClientRecord(saved, actor, this.cipher);
    });
  }

  async update(id: string, dto: UpdateClientDto, actor: RequestUser): Promise<ClientView> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.scope.find(manager, actor, id, true);
      if (dto.version !== client.version) throw new StaleVersionError('client');
      const before = { lastArrivalOn: client.lastArrivalOn };
      let changed: string[];
      if (actor.role === 'director') {
        // Directors reassign; they never see or write anything else about a client.
        const other = Object.keys(dto).find((k) => !DIRECTOR_WRITABLE.has(k) && (dto as unknown as Record<string, unknown>)[k] !== undefined);
        if (other) throw new AppError('FORBIDDEN', `${other}: directors may only reassign a client (caseworkerId)`, other);
        changed = [];
        if (dto.caseworkerId !== undefined && dto.caseworkerId !== client.caseworkerId) {
          if (dto.caseworkerId) await this.assertCaseworker(manager, dto.caseworkerId);
          client.caseworkerId = dto.caseworkerId;
          changed.push('caseworkerId');
        }
      } else {
        if (dto.caseworkerId !== undefined && dto.caseworkerId !== client.caseworkerId) {
          if (actor.role !== 'admin') throw new AppError('FORBIDDEN', 'caseworkerId: only admins and directors reassign clients', 'caseworkerId');
          if (dto.caseworkerId) await this.assertCaseworker(manager, dto.caseworkerId);
          client.caseworkerId = dto.caseworkerId;
        }
        changed = this.applyFields(client, dto);
        if (dto.caseworkerId !== undefined && client.caseworkerId === dto.caseworkerId) changed.push('caseworkerId');
      }
      const saved = await manager.save(client);
      if (before.lastArrivalOn !== saved.lastArrivalOn) await this.deadlines.refreshForClient(manager, saved.id);
      await this.audit.record({ actor, action: 'update', resource: 'clients', recordId: id, details: { changed: [...new Set(changed)] } }, manager);
      return toClientRecord(saved, actor, this.cipher);
    });
  }

  /**
   * Erasure at the person's request (admins only): identity and free text become unrecoverable; the
   * anonymous facts stay for statistics only if the client consented to be counted. The ledger entry is
   * written (and flushed) before the transaction commits, so a restore can never resurrect the client.
   */
  async remove(id: string, actor: RequestUser): Promise<{ id: string }> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.scope.find(manager, actor, id, true);
      await this.erasure.eraseRecorded(manager, client, actor, 'request');
      return { id };
    });
  }

  /** Writes the given fields (encrypting identifying ones) and returns the names of those that changed. */
  private applyFields(client: ClientEntity, dto: Partial<CreateClientDto>): string[] {
    const changed: string[] = [];
    for (const [field, column, dbColumn] of ENCRYPTED) {
      const value = dto[field];
      if (value === undefined) continue;
      const current = client[column] ? this.cipher.decrypt(client[column] as string, aad('clients', dbColumn, client.id)) : null;
      if ((value ?? null) === current) continue;
      (client[column] as string | null) = this.cipher.encryptNullable(value, aad('clients', dbColumn, client.id));
      changed.push(field);
    }
    for (const field of PLAIN) {
      const value = dto[field];
      if (value === undefined || JSON.stringify(value) === JSON.stringify(client[field])) continue;
      if (value === null && (field === 'householdSize' || field === 'languages' || field === 'excludeFromStatistics')) throw new ValidationError(field, 'must not be empty');
      (client as unknown as Record<string, unknown>)[field] = value;
      changed.push(field);
    }
    if (changed.includes('firstName') || changed.includes('lastName')) {
      client.nameIndex = this.index.nameTerms(
        this.cipher.decrypt(client.firstNameEnc, aad('clients', 'first_name', client.id)),
        this.cipher.decrypt(client.lastNameEnc, aad('clients', 'last_name', client.id)),
      );
    }
    if (changed.includes('aNumber')) client.aNumberIndex = dto.aNumber ? this.index.hash('a_number', aNumberKey(dto.aNumber)) : null;
    return changed;
  }

  private async assertCaseworker(manager: EntityManager, userId: string): Promise<void> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND role IN ('caseworker', 'admin') AND disabled = false`, [userId]);
    if (rows.length === 0) throw new ValidationError('caseworkerId', 'must be an active caseworker');
  }
}
