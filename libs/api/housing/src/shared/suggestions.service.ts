import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { OfferSuggestion, RequestSuggestion } from '@ct/contracts';
import { MatchingInputError, rankOffers, rankRequests } from '@ct/domain';
import { FieldCipher, type RequestUser, ValidationError } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { HousingOfferEntity } from '../entities/housing-offer.entity';
import { HousingRequestEntity } from '../entities/housing-request.entity';
import { HousingScope, heldBeds } from './housing-scope';
import { explainFor, toDomainOffer, toDomainRequest, toOfferRecord, toRequestRecord } from './housing-views';

/** How many suggestions one call returns, best first. */
const LIMIT = 50;

/**
 * Ranked matches for one request (offers, for its caseworker) or one offer (open requests, for its host).
 * Only eligible pairs are suggested; regions are compared case-insensitively in SQL first, as the matcher does.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly scope: HousingScope,
    private readonly audit: AuditService,
  ) {}

  async forRequest(id: string, actor: RequestUser): Promise<OfferSuggestion[]> {
    const manager = this.dataSource.manager;
    const request = await this.scope.findRequest(manager, actor, id);
    const offers = await manager
      .getRepository(HousingOfferEntity)
      .createQueryBuilder('o')
      .where(`o.status = 'active'`)
      .andWhere('lower(trim(o.region)) = lower(trim(:region))', { region: request.region })
      .getMany();
    const held = await heldBeds(manager, offers.map((o) => o.id));
    const byId = new Map(offers.map((o) => [o.id, o]));
    const ranked = guard(() => rankOffers(toDomainRequest(request), offers.map((o) => toDomainOffer(o, held.get(o.id) ?? 0)))).slice(0, LIMIT);
    const live = await liveMatches(manager, 'request_id', request.id);
    await this.audit.record({ actor, action: 'read', resource: 'housing-requests', recordId: id, details: { view: 'suggestions', offers: ranked.map((r) => r.offer.id) } });
    return ranked.map(({ offer, result }) => {
      const entity = byId.get(offer.id as string) as HousingOfferEntity;
      return { offer: toOfferRecord(entity, actor, this.cipher, held.get(entity.id) ?? 0), ...explainFor(result, actor), matchId: live.get(entity.id) ?? null };
    });
  }

  async forOffer(id: string, actor: RequestUser): Promise<RequestSuggestion[]> {
    const manager = this.dataSource.manager;
    const offer = await this.scope.findOffer(manager, actor, id);
    const requests = await manager
      .getRepository(HousingRequestEntity)
      .createQueryBuilder('r')
      .where(`r.status = 'open'`)
      .andWhere('lower(trim(r.region)) = lower(trim(:region))', { region: offer.region })
      .getMany();
    const held = (await heldBeds(manager, [offer.id])).get(offer.id) ?? 0;
    const byId = new Map(requests.map((r) => [r.id, r]));
    const ranked = guard(() => rankRequests(toDomainOffer(offer, held), requests.map((r) => toDomainRequest(r, { hideHealth: actor.role === 'volunteer' })))).slice(0, LIMIT);
    const live = await liveMatches(manager, 'offer_id', offer.id);
    await this.audit.record({ actor, action: 'read', resource: 'housing-offers', recordId: id, details: { view: 'suggestions', requests: ranked.map((r) => r.request.id) } });
    return ranked.map(({ request, result }) => {
      const entity = byId.get(request.id as string) as HousingRequestEntity;
      return { request: toRequestRecord(entity, actor), ...explainFor(result, actor), matchId: live.get(entity.id) ?? null };
    });
  }
}

/** Live (proposed, accepted, moved-in) matches of one request or offer, keyed by the other side's id. */
async function liveMatches(manager: EntityManager, column: 'request_id' | 'offer_id', id: string): Promise<Map<string, string>> {
  const other = column === 'request_id' ? 'offer_id' : 'request_id';
  const rows: { id: string; other: string }[] = await manager.query(
    `SELECT id, ${other} AS other FROM housing_matches WHERE ${column} = $1 AND status IN ('proposed', 'accepted', 'moved_in')`,
    [id],
  );
  return new Map(rows.map((r) => [r.other, r.id]));
}

function guard<T>(rank: () => T): T {
  try {
    return rank();
  } catch (error) {
    if (error instanceof MatchingInputError) throw new ValidationError(error.field ?? 'match', error.message);
    throw error;
  }
}
