import type { HousingOfferRecord, HousingRequestRecord, MatchPartRecord } from '@ct/contracts';
import { type FieldCipher, type RequestUser, ValidationError } from '@ct/api-core';
import { aad } from '@ct/api-casework';
import {
  type HousingOffer,
  type HousingRequest,
  type MatchPart,
  type MatchResult,
  MatchingInputError,
  explainMatch,
  remainingCapacity,
  scoreMatch,
} from '@ct/domain';
import type { HousingOfferEntity } from '../entities/housing-offer.entity';
import type { HousingRequestEntity } from '../entities/housing-request.entity';

/**
 * A housing request as the actor may see it. Volunteers get an explicit allowlist built field by field
 * (never the entity minus some fields), so a column added later stays hidden until someone adds it here.
 */
export function toRequestRecord(r: HousingRequestEntity, actor: RequestUser): HousingRequestRecord {
  if (actor.role === 'volunteer') {
    return {
      id: r.id,
      code: r.code,
      region: r.region,
      neededFrom: r.neededFrom,
      neededUntil: r.neededUntil,
      householdSize: r.householdSize,
      languages: r.languages,
      constraints: { pets: r.pets, smoking: r.smoking },
      urgency: r.urgency,
      status: r.status,
    };
  }
  return {
    id: r.id,
    code: r.code,
    clientId: r.clientId,
    region: r.region,
    neededFrom: r.neededFrom,
    neededUntil: r.neededUntil,
    householdSize: r.householdSize,
    languages: r.languages,
    constraints: { pets: r.pets, smoking: r.smoking, accessibility: r.accessibility },
    urgency: r.urgency,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** Only the host and admins see who offers (hostId) and how to reach them (hostContact). */
export function toOfferRecord(o: HousingOfferEntity, actor: RequestUser, cipher: FieldCipher, held: number): HousingOfferRecord {
  const record: HousingOfferRecord = {
    id: o.id,
    region: o.region,
    type: o.type,
    capacity: o.capacity,
    remainingCapacity: remainingCapacity(o.capacity, held),
    availableFrom: o.availableFrom,
    availableUntil: o.availableUntil,
    cost: o.cost,
    languages: o.languages,
    houseRules: { petsAllowed: o.petsAllowed, smokingAllowed: o.smokingAllowed, accessible: o.accessible },
    note: cipher.decryptNullable(o.noteEnc, aad('housing_offers', 'note', o.id)),
    status: o.status,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    version: o.version,
  };
  if (actor.role === 'admin' || (actor.role === 'volunteer' && o.hostId === actor.id)) {
    record.hostId = o.hostId;
    record.hostContact = cipher.decryptNullable(o.hostContactEnc, aad('housing_offers', 'host_contact', o.id));
  }
  return record;
}

/**
 * The request as the matcher sees it. For a volunteer's view (`hideHealth`) the accessibility need is left
 * out: it is health information, and an exclusion the volunteer cannot explain otherwise would reveal it.
 * The caseworker's acceptance re-scores with the full request.
 */
export function toDomainRequest(r: HousingRequestEntity, options: { hideHealth?: boolean } = {}): HousingRequest {
  const constraints: HousingRequest['constraints'] = { pets: r.pets, accessibility: options.hideHealth ? false : r.accessibility };
  if (r.smoking !== null) constraints.smoking = r.smoking;
  return { id: r.id, region: r.region, neededFrom: r.neededFrom, neededUntil: r.neededUntil, householdSize: r.householdSize, languages: r.languages, constraints, urgency: r.urgency };
}

/** The offer as the matcher sees it: its capacity is what is left after accepted and moved-in matches. */
export function toDomainOffer(o: HousingOfferEntity, held: number): HousingOffer {
  const houseRules: HousingOffer['houseRules'] = {};
  if (o.petsAllowed !== null) houseRules.petsAllowed = o.petsAllowed;
  if (o.smokingAllowed !== null) houseRules.smokingAllowed = o.smokingAllowed;
  if (o.accessible !== null) houseRules.accessible = o.accessible;
  return {
    id: o.id,
    region: o.region,
    type: o.type,
    capacity: remainingCapacity(o.capacity, held),
    availableFrom: o.availableFrom,
    availableUntil: o.availableUntil,
    cost: o.cost,
    languages: o.languages,
    houseRules,
  };
}

/** Scores a pair; stored data was validated on the way in, but a malformed row still answers 400, not 500. */
export function score(request: HousingRequestEntity, offer: HousingOfferEntity, held: number, options: { hideHealth?: boolean } = {}): MatchResult {
  try {
    return scoreMatch(toDomainRequest(request, options), toDomainOffer(offer, held));
  } catch (error) {
    if (error instanceof MatchingInputError) throw new ValidationError(error.field ?? 'match', error.message);
    throw error;
  }
}

/**
 * A volunteer sees the parts they could have known anyway: sensitive ones (the accessibility need) are
 * dropped without a trace, and the pair counts as eligible unless a visible rule blocks it.
 */
function hideSensitive(result: MatchResult): MatchResult {
  const parts = result.parts.filter((p) => !p.sensitive);
  const eligible = parts.every((p) => !p.blocking);
  return { ...result, eligible, parts };
}

/** The score, explanation and parts as the actor may see them: volunteers never see health-related parts. */
export function explainFor(result: MatchResult, actor: RequestUser): { eligible: boolean; score: number; explanation: string; parts: MatchPartRecord[] } {
  const shown = actor.role === 'volunteer' ? hideSensitive(result) : result;
  return { eligible: shown.eligible, score: shown.score, explanation: explainMatch(shown), parts: shown.parts.map(toPartRecord) };
}

function toPartRecord(p: MatchPart): MatchPartRecord {
  return { criterion: p.criterion, points: p.points, max: p.max, code: p.code, params: p.params, text: p.text, blocking: p.blocking };
}
