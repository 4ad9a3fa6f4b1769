/**
 * The life of a housing match: proposed → accepted by the client's caseworker → moved in → ended (with a
 * reason), or declined. Pure: the caller says who is acting and passes "today" in; the result says what
 * the move implies (beds held, a placement to start or end, the request's new status).
 */

/** Same values as the contracts' MATCH_STATUSES; repeated because the domain library depends on nothing. */
export type MatchStatus = 'proposed' | 'accepted' | 'declined' | 'moved_in' | 'ended';
export const MATCH_STATUS_VALUES: readonly MatchStatus[] = ['proposed', 'accepted', 'declined', 'moved_in', 'ended'];

/** Why a placement ended: a closed list, so that no free text about a person lands here. */
export type MatchEndReason = 'moved_to_rental' | 'moved_elsewhere' | 'host_ended' | 'client_ended' | 'conflict' | 'other';
export const MATCH_END_REASON_VALUES: readonly MatchEndReason[] = ['moved_to_rental', 'moved_elsewhere', 'host_ended', 'client_ended', 'conflict', 'other'];

/** Who acts on a match: the client's caseworker, the host who made the offer, or an admin (may do anything). */
export type MatchParty = 'caseworker' | 'host' | 'admin';

type RequiredField = 'movedInOn' | 'endedOn' | 'endReason';

interface TransitionRule {
  to: MatchStatus;
  /** Parties besides admins who may make this move. */
  parties: readonly Exclude<MatchParty, 'admin'>[];
  requires: readonly RequiredField[];
}

/** Every allowed move. Anything not listed (including leaving declined or ended) is refused. */
export const MATCH_TRANSITIONS: Readonly<Record<MatchStatus, readonly TransitionRule[]>> = {
  // Only the client's caseworker confirms a match: no identity is shared before that.
  proposed: [
    { to: 'accepted', parties: ['caseworker'], requires: [] },
    { to: 'declined', parties: ['caseworker'], requires: [] },
  ],
  // Either side may still back out before the move. Moving in and ending write the client's housing
  // history, and the checks on those dates would tell a host about it: only the caseworker records them.
  accepted: [
    { to: 'moved_in', parties: ['caseworker'], requires: ['movedInOn'] },
    { to: 'declined', parties: ['caseworker', 'host'], requires: [] },
  ],
  moved_in: [{ to: 'ended', parties: ['caseworker'], requires: ['endedOn', 'endReason'] }],
  declined: [],
  ended: [],
};

/** Statuses in which the household occupies (or has been promised) beds of the offer. */
export function holdsBeds(status: MatchStatus): boolean {
  return status === 'accepted' || status === 'moved_in';
}

/** Statuses after a caseworker's acceptance: the caseworker may see the host's contact. */
export function isConfirmed(status: MatchStatus): boolean {
  return status === 'accepted' || status === 'moved_in' || status === 'ended';
}

/** The host learns the client's first name only with recorded consent, and only once the match is confirmed. */
export function hostSeesFirstName(status: MatchStatus, consent: boolean): boolean {
  return consent && isConfirmed(status);
}

/** Beds still free: capacity minus the households of accepted and moved-in matches (never below 0). */
export function remainingCapacity(capacity: number, heldBeds: number): number {
  return Math.max(0, capacity - heldBeds);
}

export type MatchTransitionErrorCode = 'INVALID_TRANSITION' | 'PARTY_NOT_ALLOWED' | 'MISSING_FIELD' | 'INVALID_DATE';

/** A refused move. `field` names the input at fault, for the API's error body. */
export class MatchTransitionError extends Error {
  constructor(
    readonly code: MatchTransitionErrorCode,
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'MatchTransitionError';
  }
}

export interface TransitionInput {
  from: MatchStatus;
  to: MatchStatus;
  party: MatchParty;
  /** 'YYYY-MM-DD'; required to move in, and the existing value when ending. */
  movedInOn?: string | null;
  endedOn?: string | null;
  endReason?: MatchEndReason | null;
  /** Today, 'YYYY-MM-DD': moves are facts, never dated in the future. */
  asOf: string;
}

export interface MatchTransition {
  from: MatchStatus;
  to: MatchStatus;
  /** The offer's capacity must be checked (under a lock) before this move. */
  checkCapacity: boolean;
  /** Housing history: start a host placement on movedInOn, or end it on endedOn. */
  placement: 'start' | 'end' | null;
  /** The request's new status, when the move changes it. */
  requestStatus: 'housed' | 'closed' | null;
}

/** Checks one move and says what it implies; throws MatchTransitionError when it is not allowed. */
export function planMatchTransition(input: TransitionInput): MatchTransition {
  const { from, to, party } = input;
  const rule = MATCH_TRANSITIONS[from].find((r) => r.to === to);
  if (!rule) {
    const allowed = MATCH_TRANSITIONS[from].map((r) => r.to);
    const hint = allowed.length ? `allowed: ${allowed.join(', ')}` : `${from} is final`;
    throw new MatchTransitionError('INVALID_TRANSITION', `status: cannot go from ${from} to ${to} (${hint})`, 'status');
  }
  if (party !== 'admin' && !rule.parties.includes(party)) {
    throw new MatchTransitionError('PARTY_NOT_ALLOWED', `status: only the ${rule.parties.join(' or the ')} may move a match from ${from} to ${to}`, 'status');
  }
  for (const field of rule.requires) {
    if (input[field] === undefined || input[field] === null || input[field] === '') {
      throw new MatchTransitionError('MISSING_FIELD', `${field}: required to move a match to ${to}`, field);
    }
  }
  if (to === 'moved_in' && (input.movedInOn as string) > input.asOf) {
    throw new MatchTransitionError('INVALID_DATE', 'movedInOn: must not be in the future', 'movedInOn');
  }
  if (to === 'ended') {
    const endedOn = input.endedOn as string;
    if (endedOn > input.asOf) throw new MatchTransitionError('INVALID_DATE', 'endedOn: must not be in the future', 'endedOn');
    if (input.movedInOn && endedOn < input.movedInOn) throw new MatchTransitionError('INVALID_DATE', 'endedOn: must not be before movedInOn', 'endedOn');
  }
  return {
    from,
    to,
    checkCapacity: !holdsBeds(from) && holdsBeds(to),
    placement: to === 'moved_in' ? 'start' : to === 'ended' ? 'end' : null,
    requestStatus: to === 'moved_in' ? 'housed' : to === 'ended' ? 'closed' : null,
  };
}
