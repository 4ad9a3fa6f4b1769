import { Injectable } from '@nestjs/common';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { NotFoundError, type RequestUser } from '@ct/api-core';
import { ClientScope } from '@ct/api-casework';
import { type MatchParty } from '@ct/domain';
import { HousingOfferEntity } from '../entities/housing-offer.entity';
import { HousingRequestEntity } from '../entities/housing-request.entity';
import { MatchEntity } from '../entities/match.entity';

/**
 * Object-level access to housing. Anything outside the caller's reach answers 404, as if it did not exist:
 * - requests: caseworkers their own clients'; volunteers open ones, and those matched with their offers;
 * - offers: volunteers their own; caseworkers active ones, and those matched with their clients' requests;
 * - matches: volunteers those on their offers; caseworkers those on their clients' requests.
 * Admins reach everything. Directors never reach this module (routes refuse them).
 */
@Injectable()
export class HousingScope {
  constructor(private readonly clients: ClientScope) {}

  restrictRequests<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: RequestUser, alias: string): SelectQueryBuilder<T> {
    if (actor.role === 'caseworker') this.clients.restrict(qb, actor, `${alias}.client_id`);
    if (actor.role === 'volunteer') {
      qb.andWhere(
        `(${alias}.status = 'open' OR EXISTS (SELECT 1 FROM housing_matches sm JOIN housing_offers so ON so.id = sm.offer_id
           WHERE sm.request_id = ${alias}.id AND so.host_id = :scopeHostId AND sm.status <> 'declined'))`,
        { scopeHostId: actor.id },
      );
    }
    return qb;
  }

  restrictOffers<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: RequestUser, alias: string): SelectQueryBuilder<T> {
    if (actor.role === 'volunteer') qb.andWhere(`${alias}.host_id = :scopeHostId`, { scopeHostId: actor.id });
    if (actor.role === 'caseworker') {
      qb.andWhere(
        `(${alias}.status = 'active' OR EXISTS (SELECT 1 FROM housing_matches sm JOIN housing_requests sr ON sr.id = sm.request_id
           JOIN clients sc ON sc.id = sr.client_id WHERE sm.offer_id = ${alias}.id AND sc.caseworker_id = :scopeActorId))`,
        { scopeActorId: actor.id },
      );
    }
    return qb;
  }

  restrictMatches<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: RequestUser, alias: string): SelectQueryBuilder<T> {
    if (actor.role === 'volunteer') {
      qb.andWhere(`${alias}.offer_id IN (SELECT so.id FROM housing_offers so WHERE so.host_id = :scopeHostId)`, { scopeHostId: actor.id });
    }
    if (actor.role === 'caseworker') {
      qb.andWhere(
        `${alias}.request_id IN (SELECT sr.id FROM housing_requests sr JOIN clients sc ON sc.id = sr.client_id WHERE sc.caseworker_id = :scopeActorId)`,
        { scopeActorId: actor.id },
      );
    }
    return qb;
  }

  /** Inside a transaction pass its manager: the embedded database serves one connection at a time. */
  async findRequest(manager: EntityManager, actor: RequestUser, id: string, lock = false): Promise<HousingRequestEntity> {
    const qb = manager.getRepository(HousingRequestEntity).createQueryBuilder('r').where('r.id = :id', { id });
    this.restrictRequests(qb, actor, 'r');
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('housing request');
    return row;
  }

  async findOffer(manager: EntityManager, actor: RequestUser, id: string, lock = false): Promise<HousingOfferEntity> {
    const qb = manager.getRepository(HousingOfferEntity).createQueryBuilder('o').where('o.id = :id', { id });
    this.restrictOffers(qb, actor, 'o');
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('housing offer');
    return row;
  }

  async findMatch(manager: EntityManager, actor: RequestUser, id: string, lock = false): Promise<MatchEntity> {
    const qb = manager.getRepository(MatchEntity).createQueryBuilder('m').where('m.id = :id', { id });
    this.restrictMatches(qb, actor, 'm');
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('match');
    return row;
  }

  /** How the actor takes part in a match they can reach (the scope already proved the relation). */
  party(actor: RequestUser): MatchParty {
    if (actor.role === 'admin') return 'admin';
    return actor.role === 'volunteer' ? 'host' : 'caseworker';
  }
}

/** Beds held on each offer: the household sizes of accepted and moved-in matches. */
export async function heldBeds(manager: EntityManager, offerIds: string[]): Promise<Map<string, number>> {
  if (offerIds.length === 0) return new Map();
  const rows: { offer_id: string; beds: number }[] = await manager.query(
    `SELECT offer_id, sum(household_size)::int AS beds FROM housing_matches
      WHERE status IN ('accepted', 'moved_in') AND offer_id = ANY($1) GROUP BY offer_id`,
    [offerIds],
  );
  return new Map(rows.map((r) => [r.offer_id, r.beds]));
}
