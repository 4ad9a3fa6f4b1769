import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CONTACT_CHANNELS, type ConsentRecord } from '@ct/contracts';
import { currentConsent, holdsOn } from '@ct/domain';
import { APP_CONFIG, type AppConfig, type ListQueryDto, NotFoundError, type RequestUser, StaleVersionError, ValidationError, filterIds, filterString, parseListQuery, todayIn } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import type { CreateConsentDto, UpdateConsentDto } from '../dto/consent.dto';
import { ConsentEntity } from '../entities/consent.entity';
import { ClientScope } from '../clients/client-scope';
import { syncConsentSwitches } from './consent-switches';

const facts = (c: ConsentEntity) => ({ ...c, recordedAt: c.createdAt.toISOString() });

/** Dated consent records per purpose; every write re-derives the statistics and host-sharing switches in the same transaction. */
@Injectable()
export class ConsentsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Consents');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scope: ClientScope,
    private readonly audit: AuditService,
  ) {}

  private today(): string {
    return todayIn(this.config.timeZone);
  }

  /** Expiry and dated records take effect without anyone touching them: checked at start and hourly. */
  onApplicationBootstrap(): void {
    const check = () =>
      this.syncAll().catch((error: unknown) => this.logger.warn(`consent date check failed: ${error instanceof Error ? error.name : 'error'}`));
    void check();
    this.timer = setInterval(check, 3600_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async syncAll(): Promise<{ clients: number; matches: number }> {
    return this.dataSource.transaction((manager) => syncConsentSwitches(manager, this.today(), null));
  }

  async list(raw: ListQueryDto, actor: RequestUser): Promise<{ rows: ConsentRecord[]; total: number; skip: number }> {
    const q = parseListQuery(raw, { sortable: ['givenOn', 'createdAt', 'purpose'], filters: ['id', 'clientId', 'purpose'], defaultSort: { field: 'givenOn', order: 'DESC' } });
    const columns: Record<string, string> = { givenOn: 'r.given_on', createdAt: 'r.created_at', purpose: 'r.purpose' };
    const qb = this.dataSource.getRepository(ConsentEntity).createQueryBuilder('r');
    this.scope.restrict(qb, actor, 'r.client_id');
    const ids = filterIds(q.filter);
    if (ids) qb.andWhere('r.id = ANY(:ids)', { ids });
    const clientId = filterString(q.filter, 'clientId');
    if (clientId) qb.andWhere('r.client_id = :clientId', { clientId });
    const purpose = filterString(q.filter, 'purpose');
    if (purpose) qb.andWhere('r.purpose = :purpose', { purpose });
    qb.orderBy(columns[q.sort.field], q.sort.order).addOrderBy('r.created_at', 'DESC').addOrderBy('r.id', 'ASC').offset(q.skip).limit(q.take);
    const [rows, total] = await qb.getManyAndCount();
    await this.audit.record({ actor, action: 'list', resource: 'consents', details: { filters: Object.keys(q.filter), ids: rows.map((r) => r.id) } });
    return { rows: await this.views(rows), total, skip: q.skip };
  }

  async get(id: string, actor: RequestUser): Promise<ConsentRecord> {
    const row = await this.find(id, actor);
    await this.audit.record({ actor, action: 'read', resource: 'consents', recordId: id });
    return (await this.views([row]))[0];
  }

  async create(dto: CreateConsentDto, actor: RequestUser): Promise<ConsentRecord> {
    const today = this.today();
    if (dto.givenOn > today) throw new ValidationError('givenOn', 'must not be in the future');
    if (dto.expiresOn && dto.expiresOn < dto.givenOn) throw new ValidationError('expiresOn', 'must not be before givenOn');
    const detail = dto.detail?.trim() || null;
    if (dto.purpose === 'contact_channel' && !(CONTACT_CHANNELS as readonly string[]).includes(detail ?? '')) throw new ValidationError('detail', `must be one of ${CONTACT_CHANNELS.join(', ')}`);
    if (dto.purpose === 'partner_sharing' && !detail) throw new ValidationError('detail', 'name the partner organization');
    if ((dto.purpose === 'statistics' || dto.purpose === 'host_first_name') && detail) throw new ValidationError('detail', 'must be empty for this purpose');
    const saved = await this.dataSource.transaction(async (manager) => {
      const client = await this.scope.find(manager, actor, dto.clientId, true);
      const row = await manager.save(
        manager.create(ConsentEntity, { id: randomUUID(), clientId: client.id, purpose: dto.purpose, granted: dto.granted, detail, givenOn: dto.givenOn, expiresOn: dto.expiresOn ?? null, withdrawnOn: null, recordedById: actor.id }),
      );
      await syncConsentSwitches(manager, today, client.id);
      await this.audit.record({ actor, action: 'create', resource: 'consents', recordId: row.id, details: { clientId: client.id } }, manager);
      return row;
    });
    return (await this.views([saved]))[0];
  }

  async update(id: string, dto: UpdateConsentDto, actor: RequestUser): Promise<ConsentRecord> {
    const today = this.today();
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await this.find(id, actor, manager);
      await this.scope.find(manager, actor, row.clientId, true);
      if (dto.version !== row.version) throw new StaleVersionError('consent');
      const changed: string[] = [];
      if (dto.expiresOn !== undefined && dto.expiresOn !== row.expiresOn) {
        if (dto.expiresOn !== null && dto.expiresOn < row.givenOn) throw new ValidationError('expiresOn', 'must not be before givenOn');
        row.expiresOn = dto.expiresOn;
        changed.push('expiresOn');
      }
      if (dto.withdraw === true) dto.withdrawnOn = today;
      if (dto.withdrawnOn !== undefined && dto.withdrawnOn !== row.withdrawnOn) {
        if (row.withdrawnOn !== null) throw new ValidationError('withdrawnOn', 'a withdrawal is final; record a new consent instead');
        if (dto.withdrawnOn === null || dto.withdrawnOn < row.givenOn) throw new ValidationError('withdrawnOn', 'must be a day on or after givenOn');
        if (dto.withdrawnOn > today) throw new ValidationError('withdrawnOn', 'must not be in the future');
        row.withdrawnOn = dto.withdrawnOn;
        changed.push('withdrawnOn');
      }
      const result = changed.length ? await manager.save(row) : row;
      await syncConsentSwitches(manager, today, row.clientId);
      await this.audit.record({ actor, action: 'update', resource: 'consents', recordId: id, details: { changed } }, manager);
      return result;
    });
    return (await this.views([saved]))[0];
  }

  private async find(id: string, actor: RequestUser, manager = this.dataSource.manager): Promise<ConsentEntity> {
    const qb = manager.getRepository(ConsentEntity).createQueryBuilder('r').where('r.id = :id', { id });
    this.scope.restrict(qb, actor, 'r.client_id');
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('consent');
    return row;
  }

  /** A client's records, newest first, for the client file. */
  async forClient(clientId: string): Promise<ConsentRecord[]> {
    return this.views(await this.dataSource.getRepository(ConsentEntity).find({ where: { clientId }, order: { givenOn: 'DESC', createdAt: 'DESC' } }));
  }

  /** Records with `inForce` computed for today against all records of the same clients. */
  private async views(rows: ConsentEntity[]): Promise<ConsentRecord[]> {
    if (rows.length === 0) return [];
    const today = this.today();
    const all = await this.dataSource.getRepository(ConsentEntity).find({ where: { clientId: In([...new Set(rows.map((r) => r.clientId))]) } });
    return rows.map((r) => {
      const current = currentConsent(all.filter((a) => a.clientId === r.clientId).map(facts), r.purpose, today);
      return {
        id: r.id,
        clientId: r.clientId,
        purpose: r.purpose,
        granted: r.granted,
        detail: r.detail,
        givenOn: r.givenOn,
        expiresOn: r.expiresOn,
        withdrawnOn: r.withdrawnOn,
        inForce: current?.id === r.id && holdsOn(facts(r), today),
        recordedById: r.recordedById,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        version: r.version,
      };
    });
  }
}
