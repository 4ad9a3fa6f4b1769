import type { Urgency } from './casework';

export const HOUSING_REQUEST_STATUSES = ['open', 'housed', 'closed'] as const;
export type HousingRequestStatus = (typeof HOUSING_REQUEST_STATUSES)[number];

export const OFFER_TYPES = ['room', 'couch', 'flat_share', 'whole_flat'] as const;
export type OfferType = (typeof OFFER_TYPES)[number];

export const OFFER_COSTS = ['free', 'reduced', 'market'] as const;
export type OfferCost = (typeof OFFER_COSTS)[number];

export const OFFER_STATUSES = ['active', 'paused', 'closed'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const MATCH_STATUSES = ['proposed', 'accepted', 'declined', 'moved_in', 'ended'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** Why a placement ended: a closed list, so that no free text about a person is stored with it. */
export const MATCH_END_REASONS = ['moved_to_rental', 'moved_elsewhere', 'host_ended', 'client_ended', 'conflict', 'other'] as const;
export type MatchEndReason = (typeof MATCH_END_REASONS)[number];

/**
 * The only fields of a housing request a volunteer ever receives (the server builds their view from this
 * list). `constraints` then carries only `pets` and `smoking`: an accessibility need is health information.
 */
export const VOLUNTEER_REQUEST_FIELDS = ['id', 'code', 'region', 'neededFrom', 'neededUntil', 'householdSize', 'languages', 'constraints', 'urgency', 'status'] as const;

export interface HousingRequestConstraints {
  /** The household brings pets: only homes that allow pets qualify. */
  pets: boolean;
  /** true: someone smokes; false: wants a smoke-free home; null: no preference. */
  smoking: boolean | null;
  /** Needs an accessible home. Caseworkers and admins only. */
  accessibility?: boolean;
}

/**
 * A housing request. Caseworkers (own clients) and admins get every field; volunteers get only
 * VOLUNTEER_REQUEST_FIELDS and only for open requests (or requests matched with one of their offers).
 */
export interface HousingRequestRecord {
  id: string;
  /** Pseudonymous, stable code ('HR-XXXX-XXXX'): what volunteers know the request by. */
  code: string;
  /** Write-only for volunteers: never sent to them. */
  clientId?: string;
  region: string;
  neededFrom: string;
  neededUntil: string | null;
  householdSize: number;
  languages: string[];
  constraints: HousingRequestConstraints;
  urgency: Urgency;
  status: HousingRequestStatus;
  createdAt?: string;
  updatedAt?: string;
  version?: number;
}

export interface HouseRules {
  petsAllowed: boolean | null;
  smokingAllowed: boolean | null;
  accessible: boolean | null;
}

/**
 * A housing offer. Its host (and admins) get every field; caseworkers see active offers without
 * `hostId` and `hostContact` (the contact reaches them through an accepted match).
 */
export interface HousingOfferRecord {
  id: string;
  hostId?: string;
  region: string;
  type: OfferType;
  capacity: number;
  /** Computed: capacity minus the households of accepted and moved-in matches. */
  remainingCapacity: number;
  availableFrom: string;
  availableUntil: string | null;
  cost: OfferCost;
  languages: string[];
  houseRules: HouseRules;
  note: string | null;
  /** Encrypted at rest; only the host and admins read it here. */
  hostContact?: string | null;
  status: OfferStatus;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One line of a match's explanation (the domain's MatchPart; health-related lines never reach volunteers). */
export interface MatchPartRecord {
  criterion: string;
  points: number;
  max: number;
  code: string;
  params: Record<string, string | number | boolean | null | string[]>;
  text: string;
  blocking: boolean;
}

/**
 * A proposed pairing of a request and an offer. Volunteers see matches on their own offers; caseworkers
 * matches on their clients' requests. Identity crosses only after acceptance: `hostName`/`hostContact` for
 * the caseworker, `clientFirstName` for the host when the caseworker recorded consent (`shareFirstName`).
 */
export interface MatchRecord {
  id: string;
  requestId: string;
  offerId: string;
  requestCode: string;
  status: MatchStatus;
  score: number;
  explanation: string;
  parts: MatchPartRecord[];
  /** Beds this match needs (the request's household size when proposed or accepted). */
  householdSize: number;
  proposedBy: 'caseworker' | 'host' | 'admin';
  shareFirstName: boolean;
  movedInOn: string | null;
  endedOn: string | null;
  endReason: MatchEndReason | null;
  /** Caseworkers and admins: the host placement this match added to the client's housing history. */
  housingSituationId?: string | null;
  /** Caseworkers and admins, once accepted (accepted, moved_in, ended). */
  hostName?: string | null;
  hostContact?: string | null;
  /** The host, once accepted and only with consent. */
  clientFirstName?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface OfferSuggestion {
  offer: HousingOfferRecord;
  eligible: boolean;
  score: number;
  explanation: string;
  parts: MatchPartRecord[];
  /** An open (proposed, accepted or moved-in) match of this pair, if any. */
  matchId: string | null;
}

export interface RequestSuggestion {
  /** Allowlisted as for any volunteer view. */
  request: HousingRequestRecord;
  eligible: boolean;
  score: number;
  explanation: string;
  parts: MatchPartRecord[];
  matchId: string | null;
}
