import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ClientRecord, DirectorClientRecord } from '@ct/contracts';
import { futurePersonalDate, pseudonymCode } from '@ct/domain';
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
  parseListQuery,
  todayIn,
} from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import type { CreateClientDto, UpdateClientDto } from '../dto/client.dto';
import { ClientEntity } from '../entities/client.entity';
import { CaseDeadlines } from '../cases/case-deadlines';
import { ClientScope } from './client-scope';
import { aad, seesIdentity, toClientRecord } from './client-view';
import { applyClientSearch } from './client-search';
import { SEARCH_INDEX_VERSION, clientSearchIndexes, decryptIndexSource } from './client-search-index';
import { DuplicateClientError } from './clients.errors';
import { ClientErasure } from '../lifecycle/client-erasure';

type ClientView = ClientRecord | DirectorClientRecord;

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
  ['chosenName', 'chosenNameEnc', 'chosen_name'],
  ['pronouns', 'pronounsEnc', 'pronouns'],
  ['attorney', 'attorneyEnc', 'attorney'],
  ['contactHandle', 'contactHandleEnc', 'contact_handle'],
] as const;
const PLAIN = ['lastArrivalOn', 'languages', 'educationLevel', 'englishLevel', 'profession', 'householdSize', 'region', 'excludeFromStatistics', 'contactChannel', 'asylumOffice', 'interpreterLanguage'] as const;
/** Fields the search indexes are computed from. */
const INDEXED = ['firstName', 'lastName', 'chosenName', 'aNumber', 'dateOfBirth'];

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
    if (text !== undefined) {
      if (actor.role === 'director') throw new ValidationError('filter.q', 'directors cannot search by name or A-number');
      await applyClientSearch(qb, text, { index: this.index, cipher: this.cipher, manager: this.dataSource.manager, actor });
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
    const duplicates = await this.likelyDuplicates(this.dataSource.manager, rows, actor);
    return { rows: rows.map((r) => toClientRecord(r, actor, this.cipher, duplicates.has(r.id) ? ['LIKELY_DUPLICATE'] : [])), total, skip: q.skip };
  }

  async get(id: string, actor: RequestUser): Promise<ClientView> {
    const client = await this.scope.find(this.dataSource.manager, actor, id);
    await this.audit.record({ actor, action: 'read', resource: 'clients', recordId: id });
    return this.view(this.dataSource.manager, client, actor);
  }

  async create(dto: CreateClientDto, actor: RequestUser): Promise<ClientView> {
    return this.refusalsAudited(actor, () => this.dataSource.transaction(async (manager) => this.view(manager, await this.createIn(manager, dto, actor), actor)));
  }

  /** Creates a client inside the caller's transaction (also used by the one-screen intake). */
  async createIn(manager: EntityManager, dto: CreateClientDto, actor: RequestUser): Promise<ClientEntity> {
    {
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
      this.checkPersonalDates(client, dto);
      this.applyFields(client, dto);
      await this.assertUniqueANumber(manager, client);
      const saved = await manager.save(client);
      await this.audit.record({ actor, action: 'create', resource: 'clients', recordId: id }, manager);
      return saved;
    }
  }

  async update(id: string, dto: UpdateClientDto, actor: RequestUser): Promise<ClientView> {
    return this.refusalsAudited(actor, () => this.dataSource.transaction(async (manager) => {
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
        this.checkPersonalDates(client, dto);
        changed = this.applyFields(client, dto);
        if (changed.includes('aNumber')) await this.assertUniqueANumber(manager, client);
        if (dto.caseworkerId !== undefined && client.caseworkerId === dto.caseworkerId) changed.push('caseworkerId');
      }
      const saved = await manager.save(client);
      if (before.lastArrivalOn !== saved.lastArrivalOn) await this.deadlines.refreshForClient(manager, saved.id);
      await this.audit.record({ actor, action: 'update', resource: 'clients', recordId: id, details: { changed: [...new Set(changed)] } }, manager);
      return this.view(manager, saved, actor);
    }));
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
    if (INDEXED.some((f) => changed.includes(f)) || client.searchIndexVersion !== SEARCH_INDEX_VERSION) {
      Object.assign(client, clientSearchIndexes(this.index, decryptIndexSource(client, this.cipher)));
    }
    return changed;
  }

  /** A birth or a last arrival cannot lie after today (the organization's today); only changed values are checked. */
  private checkPersonalDates(client: ClientEntity, dto: Partial<CreateClientDto>): void {
    const currentBirth = this.cipher.decryptNullable(client.dateOfBirthEnc, aad('clients', 'date_of_birth', client.id));
    const field = futurePersonalDate(
      {
        dateOfBirth: dto.dateOfBirth !== currentBirth ? dto.dateOfBirth : undefined,
        lastArrivalOn: dto.lastArrivalOn !== client.lastArrivalOn ? dto.lastArrivalOn : undefined,
      },
      todayIn(this.config.timeZone),
    );
    if (field) throw new ValidationError(field, 'must not be after today');
  }

  /**
   * An A-number belongs to one client. The check is serialized per number (a transaction-scoped advisory
   * lock on its keyed index), so two concurrent intakes of the same person cannot both pass. The refusal
   * says what to do and nothing about the other record: not its id, name, caseload or caseworker.
   */
  private async assertUniqueANumber(manager: EntityManager, client: ClientEntity): Promise<void> {
    if (!client.aNumberIndex) return;
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`a_number:${client.aNumberIndex}`]);
    const rows: unknown[] = await manager.query('SELECT 1 FROM clients WHERE a_number_index = $1 AND id <> $2 LIMIT 1', [client.aNumberIndex, client.id]);
    if (rows.length > 0) throw new DuplicateClientError();
  }

  /** Ids among `rows` whose legal name and date of birth match another client's (by keyed index only). */
  private async likelyDuplicates(manager: EntityManager, rows: ClientEntity[], actor: RequestUser): Promise<Set<string>> {
    const withIdentity = rows.filter((r) => r.identityIndex);
    if (!seesIdentity(actor) || withIdentity.length === 0) return new Set();
    const found: { id: string }[] = await manager.query(
      `SELECT c.id FROM clients c WHERE c.id = ANY($1) AND EXISTS (SELECT 1 FROM clients o WHERE o.identity_index = c.identity_index AND o.id <> c.id)`,
      [withIdentity.map((r) => r.id)],
    );
    return new Set(found.map((f) => f.id));
  }

  /** The record as the API shows it, read through the caller's transaction. */
  recordIn(manager: EntityManager, client: ClientEntity, actor: RequestUser): Promise<ClientView> {
    return this.view(manager, client, actor);
  }

  private async view(manager: EntityManager, client: ClientEntity, actor: RequestUser): Promise<ClientView> {
    const duplicates = await this.likelyDuplicates(manager, [client], actor);
    return toClientRecord(client, actor, this.cipher, duplicates.has(client.id) ? ['LIKELY_DUPLICATE'] : []);
  }

  /** A refused duplicate is audited (without the number) after its transaction rolled back: probing shows. */
  private async refusalsAudited<T>(actor: RequestUser, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DuplicateClientError) await this.audit.record({ actor, action: 'refuse', details: { reason: 'DUPLICATE_CLIENT' }, resource: 'clients' });
      throw error;
    }
  }

  private async assertCaseworker(manager: EntityManager, userId: string): Promise<void> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND role IN ('caseworker', 'admin') AND disabled = false`, [userId]);
    if (rows.length === 0) throw new ValidationError('caseworkerId', 'must be an active caseworker');
  }
}
