import { HousingOffer, HousingRequest, MatchPart, MatchResult, RequestUrgency } from './matching.types';
import { scoreMatch } from './score-match';

export interface RankOptions {
  /** Keep ineligible pairs (after all eligible ones), e.g. for a caseworker asking "why not this one?". */
  includeIneligible?: boolean;
}

export interface RankedOffer<O extends HousingOffer = HousingOffer> {
  offer: O;
  result: MatchResult;
}

export interface RankedRequest<R extends HousingRequest = HousingRequest> {
  request: R;
  result: MatchResult;
}

const URGENCY_RANK: Record<RequestUrgency, number> = { urgent: 0, high: 1, medium: 2, low: 3 };

/**
 * Offers for one request, best first. Ties (same eligibility and score) go to the offer available
 * sooner, then by id, then by input order, so the same data always ranks the same way.
 */
export function rankOffers<O extends HousingOffer>(
  request: HousingRequest,
  offers: readonly O[],
  options: RankOptions = {},
): RankedOffer<O>[] {
  const scored = offers.map((offer, index) => ({ offer, result: scoreMatch(request, offer), index }));
  return keep(scored, options)
    .sort(
      (a, b) =>
        byResult(a.result, b.result) ||
        compareText(a.offer.availableFrom, b.offer.availableFrom) ||
        compareIds(a.offer.id, b.offer.id) ||
        a.index - b.index,
    )
    .map(({ offer, result }) => ({ offer, result }));
}

/**
 * Requests for one offer, best first. Ties go to the more urgent request (unset counts as medium),
 * then the one needed sooner, then by id, then by input order.
 */
export function rankRequests<R extends HousingRequest>(
  offer: HousingOffer,
  requests: readonly R[],
  options: RankOptions = {},
): RankedRequest<R>[] {
  const scored = requests.map((request, index) => ({ request, result: scoreMatch(request, offer), index }));
  return keep(scored, options)
    .sort(
      (a, b) =>
        byResult(a.result, b.result) ||
        URGENCY_RANK[a.request.urgency ?? 'medium'] - URGENCY_RANK[b.request.urgency ?? 'medium'] ||
        compareText(a.request.neededFrom, b.request.neededFrom) ||
        compareIds(a.request.id, b.request.id) ||
        a.index - b.index,
    )
    .map(({ request, result }) => ({ request, result }));
}

/**
 * The same result as a volunteer may see it: health-related parts (accessibility) are removed, and a
 * match blocked only by them gets one neutral reason. Score and eligibility are unchanged (those parts
 * carry no points). Volunteers should in any case only be shown eligible matches.
 */
export function redactForVolunteer(result: MatchResult): MatchResult {
  const visible = result.parts.filter((p) => !p.sensitive);
  const hiddenBlock = result.parts.some((p) => p.sensitive && p.blocking);
  if (hiddenBlock && !visible.some((p) => p.blocking)) {
    visible.push(neutralBlock);
  }
  return { ...result, parts: visible };
}

/** One line for the `explanation` column and logs: the score, then each part's text. */
export function explainMatch(result: MatchResult): string {
  const head = result.eligible ? `Score ${result.score}/100.` : 'Not a possible match.';
  return [head, ...result.parts.map((p) => p.text)].join(' ');
}

const neutralBlock: MatchPart = {
  criterion: 'needs',
  points: 0,
  max: 0,
  code: 'NEEDS_NOT_MET',
  params: {},
  text: 'Does not meet a need of this request; the caseworker can explain.',
  blocking: true,
  sensitive: false,
};

function keep<T extends { result: MatchResult }>(scored: T[], options: RankOptions): T[] {
  return options.includeIneligible ? scored : scored.filter((s) => s.result.eligible);
}

function byResult(a: MatchResult, b: MatchResult): number {
  return Number(b.eligible) - Number(a.eligible) || b.score - a.score;
}

// Code-unit order, not localeCompare: the ranking must not depend on the server's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Items without an id come after those with one, which keeps the order total (a consistent sort).
function compareIds(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return Number(a === undefined) - Number(b === undefined);
  return compareText(a, b);
}
