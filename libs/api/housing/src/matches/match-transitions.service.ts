import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { MatchRecord } from '@ct/contracts';
import { type MatchParty, type MatchTransition, MatchTransitionError, type MatchTransitionErrorCode, planMatchTransition, remainingCapacity } from '@ct/domain';
import { APP_CONFIG, AppError, type AppConfig, type ErrorCode, FieldCipher, type RequestUser, StaleVersionError, ValidationError, todayIn } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import type { UpdateMatchDto } from '../dto/match.dto';
import { HousingOfferEntity } from '../entities/housing-offer.entity';
import { HousingRequestEntity } from '../entities/housing-request.entity';
import type { MatchEntity } from '../entities/match.entity';
import { HousingScope, heldBeds } from '../shared/housing-scope';
import { explainFor, score } from '../shared/housing-views';
import { endPlacement, startPlacement } from './match-placement';
import { loadMatchContext, toMatchRecord } from './match-view';

const ERROR_CODES: Record<MatchTransitionErrorCode, ErrorCode> = {
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  PARTY_NOT_ALLOWED: 'FORBIDDEN',
  MISSING_FIELD: 'VALIDATION_FAILED',
  INVALID_DATE: 'VALIDATION_FAILED',
};

/** Dates and reason recorded by a move; each may change only with the move that records it. */
const RECORDED_BY = { movedInOn: 'moved_in', endedOn: 'ended', endReason: 'ended' } as const;

/**
 * `PUT /matches/:id`: moves a match along its lifecycle (libs/domain match-lifecycle) and records the
 * caseworker's consent to share the client's first name. Everything happens in one transaction, locks
 * taken in one order (match, then offer, then request), so that two acceptances racing for the same beds
 * are serialized by the offer's row lock and the second sees the first's beds.
 */
@Injectable()
export class MatchTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: FieldCipher,
    private readonly scope: HousingScope,
    private readonly audit: AuditService,
  ) {}

  async update(id: string, dto: UpdateMatchDto, actor: RequestUser): Promise<MatchRecord> {
    return this.dataSource.transaction(async (manager) => {
      const match = await this.scope.findMatch(manager, actor, id, true);
      if (dto.version !== match.version) throw new StaleVersionError('match');
      const party = this.scope.party(actor);
      const changed: string[] = [];
      if (dto.shareFirstName !== undefined && dto.shareFirstName !== match.shareFirstName) {
        if (party === 'host') throw new AppError('FORBIDDEN', "shareFirstName: only the client's caseworker records consent", 'shareFirstName');
        match.shareFirstName = dto.shareFirstName;
        changed.push('shareFirstName');
      }
      const from = match.status;
      const to = dto.status !== undefined && dto.status !== from ? dto.status : null;
      for (const field of Object.keys(RECORDED_BY) as (keyof typeof RECORDED_BY)[]) {
        if (dto[field] === undefined || (dto[field] ?? null) === match[field] || to === RECORDED_BY[field]) continue;
        throw new ValidationError(field, `is recorded only together with status ${RECORDED_BY[field]}`);
      }
      if (to !== null) {
        const plan = this.plan(match, to, party, dto);
        await this.apply(manager, match, plan, dto, actor);
        changed.push('status');
      }
      const saved = changed.length ? await manager.save(match) : match;
      await this.audit.record({ actor, action: 'update', resource: 'matches', recordId: id, details: { changed, ...(to ? { from, to } : {}) } }, manager);
      const ctx = await loadMatchContext(manager, [saved], actor, this.cipher);
      return toMatchRecord(saved, ctx, actor);
    });
  }

  private plan(match: MatchEntity, to: MatchEntity['status'], party: MatchParty, dto: UpdateMatchDto): MatchTransition {
    try {
      return planMatchTransition({
        from: match.status,
        to,
        party,
        movedInOn: to === 'moved_in' ? dto.movedInOn : match.movedInOn,
        endedOn: dto.endedOn,
        endReason: dto.endReason,
        asOf: todayIn(this.config.timeZone),
      });
    } catch (error) {
      if (error instanceof MatchTransitionError) throw new AppError(ERROR_CODES[error.code], error.message, error.field);
      throw error;
    }
  }

  private async apply(manager: EntityManager, match: MatchEntity, plan: MatchTransition, dto: UpdateMatchDto, actor: RequestUser): Promise<void> {
    if (plan.checkCapacity) await this.reserveBeds(manager, match, actor);
    const request = await manager.findOneOrFail(HousingRequestEntity, { where: { id: match.requestId }, lock: { mode: 'pessimistic_write' } });
    if (plan.placement === 'start') {
      match.movedInOn = dto.movedInOn as string;
      match.housingSituationId = await startPlacement(manager, this.audit, actor, request.clientId, match.movedInOn);
    }
    if (plan.placement === 'end') {
      match.endedOn = dto.endedOn as string;
      match.endReason = dto.endReason ?? null;
      await endPlacement(manager, this.audit, actor, match.housingSituationId, match.endedOn);
    }
    const next = plan.requestStatus === 'closed' && request.status !== 'housed' ? null : plan.requestStatus;
    if (next && next !== request.status) {
      request.status = next;
      await manager.save(request);
      await this.audit.record({ actor, action: 'update', resource: 'housing-requests', recordId: request.id, details: { changed: ['status'], via: 'matches' } }, manager);
    }
    match.status = plan.to;
  }

  /**
   * Acceptance: with the offer row locked (SELECT … FOR UPDATE through this transaction's manager), the
   * beds already held plus this household must fit. The pair is scored again on current data.
   */
  private async reserveBeds(manager: EntityManager, match: MatchEntity, actor: RequestUser): Promise<void> {
    const offer = await manager.findOneOrFail(HousingOfferEntity, { where: { id: match.offerId }, lock: { mode: 'pessimistic_write' } });
    const request = await manager.findOneOrFail(HousingRequestEntity, { where: { id: match.requestId }, lock: { mode: 'pessimistic_write' } });
    if (offer.status !== 'active') throw new AppError('CONFLICT', `status: the offer is ${offer.status}, not active`, 'status');
    if (request.status !== 'open') throw new AppError('CONFLICT', `status: the request is ${request.status}, not open`, 'status');
    const other: unknown[] = await manager.query(
      `SELECT 1 FROM housing_matches WHERE request_id = $1 AND id <> $2 AND status IN ('accepted', 'moved_in') LIMIT 1`,
      [request.id, match.id],
    );
    if (other.length > 0) throw new AppError('CONFLICT', 'status: another match of this request is already accepted', 'status');
    const held = (await heldBeds(manager, [offer.id])).get(offer.id) ?? 0;
    const left = remainingCapacity(offer.capacity, held);
    if (request.householdSize > left) {
      throw new AppError('CAPACITY_EXCEEDED', `status: the offer has ${left} of ${offer.capacity} beds left; this household needs ${request.householdSize}`, 'status');
    }
    const result = score(request, offer, held);
    if (!result.eligible) throw new AppError('CONFLICT', `status: no longer a possible match. ${explainFor(result, actor).explanation}`, 'status');
    match.householdSize = request.householdSize;
    match.score = result.score;
    match.parts = result.parts;
  }
}
