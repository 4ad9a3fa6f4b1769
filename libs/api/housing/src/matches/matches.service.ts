import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MatchRecord } from '@ct/contracts';
import {
  AppError,
  FieldCipher,
  type ListQueryDto,
  type RequestUser,
  ValidationError,
  filterIds,
  filterString,
  parseListQuery,
} from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import type { CreateMatchDto } from '../dto/match.dto';
import { MatchEntity } from '../entities/match.entity';
import { HousingScope, heldBeds } from '../shared/housing-scope';
import { explainFor, score } from '../shared/housing-views';
import { loadMatchContext, toMatchRecord } from './match-view';

const COLUMNS = { createdAt: 'm.created_at', updatedAt: 'm.updated_at', score: 'm.score', status: 'm.status' } as const;
type SortField = keyof typeof COLUMNS;

@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly scope: HousingScope,
    private readonly audit: AuditService,
  ) {}

  async list(raw: ListQueryDto, actor: RequestUser): Promise<{ rows: MatchRecord[]; total: number; skip: number }> {
    const q = parseListQuery(raw, { sortable: Object.keys(COLUMNS), filters: ['id', 'requestId', 'offerId', 'status'], defaultSort: { field: 'createdAt', order: 'DESC' } });
    const qb = this.dataSource.getRepository(MatchEntity).createQueryBuilder('m');
    this.scope.restrictMatches(qb, actor, 'm');
    const ids = filterIds(q.filter);
    if (ids) qb.andWhere('m.id = ANY(:ids)', { ids });
    for (const [key, column] of [['requestId', 'request_id'], ['offerId', 'offer_id'], ['status', 'status']] as const) {
      const value = filterString(q.filter, key);
      if (value !== undefined) qb.andWhere(`m.${column}::text = :f_${key}`, { [`f_${key}`]: value });
    }
    qb.orderBy(COLUMNS[q.sort.field as SortField], q.sort.order, 'NULLS LAST').addOrderBy('m.id', 'ASC').offset(q.skip).limit(q.take);
    const [rows, total] = await qb.getManyAndCount();
    const ctx = await loadMatchContext(this.dataSource.manager, rows, actor, this.cipher);
    await this.audit.record({ actor, action: 'list', resource: 'matches', details: { filters: Object.keys(q.filter), ids: rows.map((r) => r.id) } });
    return { rows: rows.map((m) => toMatchRecord(m, ctx, actor)), total, skip: q.skip };
  }

  async get(id: string, actor: RequestUser): Promise<MatchRecord> {
    const match = await this.scope.findMatch(this.dataSource.manager, actor, id);
    const ctx = await loadMatchContext(this.dataSource.manager, [match], actor, this.cipher);
    await this.audit.record({ actor, action: 'read', resource: 'matches', recordId: id });
    return toMatchRecord(match, ctx, actor);
  }

  /**
   * A volunteer proposes one of their offers for an open request; a caseworker proposes an active offer
   * for their client's open request. The score is the server's; an impossible pair is refused with the
   * reasons as the proposer may see them (a volunteer never learns of a health-related need).
   */
  async create(dto: CreateMatchDto, actor: RequestUser): Promise<MatchRecord> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.scope.findRequest(manager, actor, dto.requestId);
      const offer = await this.scope.findOffer(manager, actor, dto.offerId);
      if (dto.shareFirstName !== undefined && actor.role === 'volunteer') {
        throw new AppError('FORBIDDEN', "shareFirstName: only the client's caseworker records consent", 'shareFirstName');
      }
      if (request.status !== 'open') throw new AppError('CONFLICT', `requestId: the request is ${request.status}, not open`, 'requestId');
      if (offer.status !== 'active') throw new AppError('CONFLICT', `offerId: the offer is ${offer.status}, not active`, 'offerId');
      const duplicate = await manager.query(
        `SELECT 1 FROM housing_matches WHERE request_id = $1 AND offer_id = $2 AND status IN ('proposed', 'accepted', 'moved_in') LIMIT 1`,
        [request.id, offer.id],
      );
      if ((duplicate as unknown[]).length > 0) throw new AppError('CONFLICT', 'this request and offer are already matched');
      const held = (await heldBeds(manager, [offer.id])).get(offer.id) ?? 0;
      // A host is told only what they can see: the accessibility need (health information) neither
      // blocks nor explains their proposal. The caseworker sees the full scoring and acceptance re-checks it.
      const result = score(request, offer, held);
      const visible = actor.role === 'volunteer' ? score(request, offer, held, { hideHealth: true }) : result;
      if (!visible.eligible) throw new ValidationError('offerId', explainFor(visible, actor).explanation);
      const match = manager.create(MatchEntity, {
        id: randomUUID(),
        requestId: request.id,
        offerId: offer.id,
        status: 'proposed',
        score: visible.score,
        // What the host could see, plus the sensitive reason it cannot work (shown to the caseworker only).
        parts: result.eligible ? result.parts : [...visible.parts, ...result.parts.filter((p) => p.sensitive)],
        householdSize: request.householdSize,
        proposedById: actor.id,
        proposedByRole: this.scope.party(actor),
        shareFirstName: dto.shareFirstName ?? false,
        movedInOn: null,
        endedOn: null,
        endReason: null,
        housingSituationId: null,
      });
      const saved = await manager.save(match);
      await this.audit.record({ actor, action: 'create', resource: 'matches', recordId: saved.id, details: { requestId: request.id, offerId: offer.id } }, manager);
      const ctx = await loadMatchContext(manager, [saved], actor, this.cipher);
      return toMatchRecord(saved, ctx, actor);
    });
  }
}
