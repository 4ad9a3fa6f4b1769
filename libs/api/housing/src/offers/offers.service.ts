import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { HousingOfferRecord } from '@ct/contracts';
import {
  AppError,
  FieldCipher,
  type ListQueryDto,
  type RequestUser,
  StaleVersionError,
  ValidationError,
  filterIds,
  filterString,
  parseListQuery,
} from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { aad } from '@ct/api-casework';
import type { CreateHousingOfferDto, UpdateHousingOfferDto } from '../dto/offer.dto';
import { HousingOfferEntity } from '../entities/housing-offer.entity';
import { HousingScope, heldBeds } from '../shared/housing-scope';
import { toOfferRecord } from '../shared/housing-views';

const COLUMNS = {
  createdAt: 'o.created_at',
  updatedAt: 'o.updated_at',
  availableFrom: 'o.available_from',
  region: 'o.region',
  capacity: 'o.capacity',
  status: 'o.status',
  type: 'o.type',
  cost: 'o.cost',
} as const;
type SortField = keyof typeof COLUMNS;
const PLAIN = ['region', 'type', 'capacity', 'availableFrom', 'availableUntil', 'cost', 'languages', 'status'] as const;
const RULES = ['petsAllowed', 'smokingAllowed', 'accessible'] as const;
const ENCRYPTED = [
  ['note', 'noteEnc', 'note'],
  ['hostContact', 'hostContactEnc', 'host_contact'],
] as const;

@Injectable()
export class HousingOffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly scope: HousingScope,
    private readonly audit: AuditService,
  ) {}

  async list(raw: ListQueryDto, actor: RequestUser): Promise<{ rows: HousingOfferRecord[]; total: number; skip: number }> {
    const q = parseListQuery(raw, { sortable: Object.keys(COLUMNS), filters: ['id', 'status', 'type', 'cost', 'region', 'hostId'], defaultSort: { field: 'createdAt', order: 'DESC' } });
    const qb = this.dataSource.getRepository(HousingOfferEntity).createQueryBuilder('o');
    this.scope.restrictOffers(qb, actor, 'o');
    const ids = filterIds(q.filter);
    if (ids) qb.andWhere('o.id = ANY(:ids)', { ids });
    for (const key of ['status', 'type', 'cost'] as const) {
      const value = filterString(q.filter, key);
      if (value !== undefined) qb.andWhere(`o.${key} = :f_${key}`, { [`f_${key}`]: value });
    }
    const region = filterString(q.filter, 'region');
    if (region !== undefined) qb.andWhere('lower(o.region) = lower(:region)', { region: region.trim() });
    const hostId = filterString(q.filter, 'hostId');
    if (hostId !== undefined) {
      if (actor.role === 'caseworker') throw new ValidationError('filter.hostId', 'caseworkers cannot filter by host');
      qb.andWhere('o.host_id::text = :hostId', { hostId });
    }
    qb.orderBy(COLUMNS[q.sort.field as SortField], q.sort.order, 'NULLS LAST').addOrderBy('o.id', 'ASC').offset(q.skip).limit(q.take);
    const [rows, total] = await qb.getManyAndCount();
    const held = await heldBeds(this.dataSource.manager, rows.map((r) => r.id));
    return { rows: rows.map((r) => toOfferRecord(r, actor, this.cipher, held.get(r.id) ?? 0)), total, skip: q.skip };
  }

  async get(id: string, actor: RequestUser): Promise<HousingOfferRecord> {
    const offer = await this.scope.findOffer(this.dataSource.manager, actor, id);
    const held = await heldBeds(this.dataSource.manager, [offer.id]);
    return toOfferRecord(offer, actor, this.cipher, held.get(offer.id) ?? 0);
  }

  /** The offer belongs to whoever creates it (a volunteer, or an admin entering one). */
  async create(dto: CreateHousingOfferDto, actor: RequestUser): Promise<HousingOfferRecord> {
    return this.dataSource.transaction(async (manager) => {
      const offer = manager.create(HousingOfferEntity, {
        id: randomUUID(),
        hostId: actor.id,
        region: dto.region,
        type: dto.type,
        capacity: dto.capacity,
        availableFrom: dto.availableFrom,
        availableUntil: dto.availableUntil ?? null,
        cost: dto.cost,
        languages: dto.languages ?? [],
        petsAllowed: null,
        smokingAllowed: null,
        accessible: null,
        noteEnc: null,
        hostContactEnc: null,
        status: dto.status ?? 'active',
      });
      this.applyRules(offer, dto.houseRules);
      this.applyEncrypted(offer, dto);
      checkPeriod(offer);
      const saved = await manager.save(offer);
      await this.audit.record({ actor, action: 'create', resource: 'housing-offers', recordId: saved.id }, manager);
      return toOfferRecord(saved, actor, this.cipher, 0);
    });
  }

  async update(id: string, dto: UpdateHousingOfferDto, actor: RequestUser): Promise<HousingOfferRecord> {
    return this.dataSource.transaction(async (manager) => {
      // The lock serializes this with acceptances, which count beds under the same lock.
      const offer = await this.scope.findOffer(manager, actor, id, true);
      if (dto.version !== offer.version) throw new StaleVersionError('housing offer');
      const changed: string[] = [];
      for (const field of PLAIN) {
        const value = dto[field];
        if (value === undefined || JSON.stringify(value) === JSON.stringify(offer[field])) continue;
        if (value === null && field !== 'availableUntil') throw new ValidationError(field, 'must not be empty');
        (offer as unknown as Record<string, unknown>)[field] = value;
        changed.push(field);
      }
      changed.push(...this.applyRules(offer, dto.houseRules), ...this.applyEncrypted(offer, dto));
      checkPeriod(offer);
      const held = (await heldBeds(manager, [offer.id])).get(offer.id) ?? 0;
      if (changed.includes('capacity') && offer.capacity < held) {
        throw new AppError('CAPACITY_EXCEEDED', `capacity: ${held} beds are taken by accepted or moved-in matches`, 'capacity');
      }
      const saved = changed.length ? await manager.save(offer) : offer;
      await this.audit.record({ actor, action: 'update', resource: 'housing-offers', recordId: id, details: { changed } }, manager);
      return toOfferRecord(saved, actor, this.cipher, held);
    });
  }

  /** Proposals and declined matches go with the offer; confirmed ones are history: close the offer instead. */
  async remove(id: string, actor: RequestUser): Promise<{ id: string }> {
    await this.dataSource.transaction(async (manager) => {
      const offer = await this.scope.findOffer(manager, actor, id, true);
      const rows: unknown[] = await manager.query(`SELECT 1 FROM housing_matches WHERE offer_id = $1 AND status IN ('accepted', 'moved_in', 'ended') LIMIT 1`, [offer.id]);
      if (rows.length > 0) throw new AppError('CONFLICT', 'this offer has accepted or past placements; set its status to closed instead');
      await manager.delete(HousingOfferEntity, { id: offer.id });
      await this.audit.record({ actor, action: 'delete', resource: 'housing-offers', recordId: id }, manager);
    });
    return { id };
  }

  private applyRules(offer: HousingOfferEntity, rules: UpdateHousingOfferDto['houseRules']): string[] {
    if (!rules) return [];
    const changed: string[] = [];
    for (const rule of RULES) {
      const value = rules[rule];
      if (value === undefined || value === offer[rule]) continue;
      offer[rule] = value;
      changed.push(`houseRules.${rule}`);
    }
    return changed;
  }

  private applyEncrypted(offer: HousingOfferEntity, dto: Pick<UpdateHousingOfferDto, 'note' | 'hostContact'>): string[] {
    const changed: string[] = [];
    for (const [field, property, column] of ENCRYPTED) {
      const value = dto[field];
      if (value === undefined) continue;
      const where = aad('housing_offers', column, offer.id);
      if ((value ?? null) === this.cipher.decryptNullable(offer[property], where)) continue;
      offer[property] = this.cipher.encryptNullable(value, where);
      changed.push(field);
    }
    return changed;
  }
}

function checkPeriod(o: HousingOfferEntity): void {
  if (o.availableUntil !== null && o.availableUntil < o.availableFrom) throw new ValidationError('availableUntil', 'must not be before availableFrom');
}
