import { DayRange, overlapDays, toDayRange } from './match-dates';
import { MatchingInputError } from './matching.errors';
import { HousingOffer, HousingRequest, MatchPart, MatchResult } from './matching.types';

/** Points per soft criterion; they add up to 100 so a score reads as a percentage of a perfect fit. */
export const MATCH_WEIGHTS = { dates: 40, language: 25, cost: 15, capacity: 10, smoking: 10 } as const;

/**
 * An open-ended request is scored over its first 180 days: about the wait until a work permit, after
 * which clients can usually rent. Without a horizon an open need makes every bounded offer score 0%.
 */
export const OPEN_ENDED_HORIZON_DAYS = 180;

const COST_POINTS = { free: MATCH_WEIGHTS.cost, reduced: 8, market: 0 } as const;

type Draft = Omit<MatchPart, 'blocking' | 'sensitive'> & { blocking?: boolean; sensitive?: boolean };
const part = (p: Draft): MatchPart => ({ ...p, blocking: p.blocking ?? false, sensitive: p.sensitive ?? false });

/**
 * Scores how well one offer fits one request, with an explanation per criterion.
 *
 * Hard constraints (any failure → eligible false, score 0, parts = the failures only):
 * same region (case-insensitive), at least one day in common (both ends inclusive, null = open),
 * remaining capacity ≥ household size, pets only where explicitly allowed, an accessible home only
 * where explicitly marked accessible. Unset house rules count as "no": a host who never said pets
 * are welcome has not agreed to them, and most homes are not step-free.
 *
 * Soft criteria (MATCH_WEIGHTS): the share of the needed days the offer covers; a shared language
 * (primary subtag, so 'ru-RU' matches 'ru'); cost; best fit of beds to household (spare beds are worth
 * keeping for larger households); smoking preference. Unknown inputs earn half the points.
 */
export function scoreMatch(request: HousingRequest, offer: HousingOffer): MatchResult {
  const need = toDayRange(request.neededFrom, request.neededUntil, 'neededFrom', 'neededUntil');
  const available = toDayRange(offer.availableFrom, offer.availableUntil, 'availableFrom', 'availableUntil');
  validateSizes(request, offer);

  const failures = hardFailures(request, offer, need, available);
  if (failures.length > 0) return { eligible: false, score: 0, parts: failures };

  const parts = [
    datesPart(request, offer, need, available),
    languagePart(request, offer),
    costPart(offer),
    capacityPart(request, offer),
    smokingPart(request, offer),
    ...satisfiedNeeds(request),
  ];
  const score = Math.max(0, Math.min(100, parts.reduce((sum, p) => sum + p.points, 0)));
  return { eligible: true, score, parts };
}

function validateSizes(request: HousingRequest, offer: HousingOffer): void {
  if (!Number.isInteger(request.householdSize) || request.householdSize < 1) {
    throw new MatchingInputError('INVALID_HOUSEHOLD_SIZE', 'householdSize must be a whole number ≥ 1', 'householdSize');
  }
  if (!Number.isInteger(offer.capacity) || offer.capacity < 0) {
    throw new MatchingInputError('INVALID_CAPACITY', 'capacity must be a whole number ≥ 0', 'capacity');
  }
  if (!(offer.cost in COST_POINTS)) {
    throw new MatchingInputError('INVALID_COST', 'cost must be free, reduced or market', 'cost');
  }
}

function hardFailures(
  request: HousingRequest,
  offer: HousingOffer,
  need: DayRange,
  available: DayRange,
): MatchPart[] {
  const failures: MatchPart[] = [];
  const blocked = (p: Omit<Draft, 'points' | 'max'>) =>
    failures.push(part({ ...p, points: 0, max: 0, blocking: true }));

  if (normalize(request.region) !== normalize(offer.region)) {
    blocked({
      criterion: 'region',
      code: 'REGION_MISMATCH',
      params: { requestRegion: request.region, offerRegion: offer.region },
      text: `The offer is in ${offer.region}; the request is for ${request.region}.`,
    });
  }
  if (overlapDays(need, available) === 0) {
    blocked({
      criterion: 'dates',
      code: 'DATES_NO_OVERLAP',
      params: {
        neededFrom: request.neededFrom,
        neededUntil: request.neededUntil,
        availableFrom: offer.availableFrom,
        availableUntil: offer.availableUntil,
      },
      text:
        `Not available during the period needed (${period(request.neededFrom, request.neededUntil)}; ` +
        `offer ${period(offer.availableFrom, offer.availableUntil)}).`,
    });
  }
  if (offer.capacity < request.householdSize) {
    blocked({
      criterion: 'capacity',
      code: 'CAPACITY_TOO_SMALL',
      params: { capacity: offer.capacity, householdSize: request.householdSize },
      text: `${beds(offer.capacity)} free for a household of ${request.householdSize}.`,
    });
  }
  if (request.constraints.pets === true && offer.houseRules.petsAllowed !== true) {
    blocked({
      criterion: 'pets',
      code: 'PETS_NOT_ALLOWED',
      params: {},
      text: 'The household has pets; the host has not allowed pets.',
    });
  }
  if (request.constraints.accessibility === true && offer.houseRules.accessible !== true) {
    blocked({
      criterion: 'accessibility',
      code: 'ACCESSIBILITY_NOT_MET',
      params: {},
      text: 'The request needs an accessible home; this one is not marked accessible.',
      sensitive: true,
    });
  }
  return failures;
}

function datesPart(request: HousingRequest, offer: HousingOffer, need: DayRange, available: DayRange): MatchPart {
  const max = MATCH_WEIGHTS.dates;
  const openEnded = need.end === Infinity;
  const scored = openEnded ? { start: need.start, end: need.start + OPEN_ENDED_HORIZON_DAYS - 1 } : need;
  const neededDays = scored.end - scored.start + 1;
  const coveredDays = overlapDays(scored, available);
  const fraction = coveredDays / neededDays;
  const percent = Math.floor(fraction * 100); // floor: never claim 100% for a partial cover
  const startsLateDays = Math.max(0, available.start - need.start);
  const params = { coveredDays, neededDays, percent, startsLateDays, openEnded };
  const late = startsLateDays > 0 ? `; it starts ${days(startsLateDays)} after the date needed` : '';
  const horizon = openEnded ? `the first ${neededDays} days (no end date given)` : `the ${neededDays} days needed`;
  if (coveredDays === neededDays) {
    const text = `Available for all of ${horizon}.`;
    return part({ criterion: 'dates', points: max, max, code: 'DATES_FULL', params, text });
  }
  return part({
    criterion: 'dates',
    points: Math.floor(max * fraction), // floor: only a full cover earns full points
    max,
    code: 'DATES_PARTIAL',
    params,
    text: `Available for ${coveredDays} of ${horizon} (${percent}%)${late}.`,
  });
}

function languagePart(request: HousingRequest, offer: HousingOffer): MatchPart {
  const max = MATCH_WEIGHTS.language;
  const wanted = languageSet(request.languages);
  const spoken = languageSet(offer.languages);
  if (wanted.size === 0 || spoken.size === 0) {
    return part({
      criterion: 'language',
      points: Math.round(max / 2),
      max,
      code: 'LANGUAGE_UNKNOWN',
      params: { requestLanguages: [...wanted], offerLanguages: [...spoken] },
      text: 'Languages are not given on both sides; check before proposing.',
    });
  }
  const shared = [...wanted].filter((l) => spoken.has(l));
  if (shared.length > 0) {
    return part({
      criterion: 'language',
      points: max,
      max,
      code: 'LANGUAGE_SHARED',
      params: { languages: shared },
      text: `Shared language: ${shared.join(', ')}.`,
    });
  }
  return part({
    criterion: 'language',
    points: 0,
    max,
    code: 'LANGUAGE_NONE',
    params: { requestLanguages: [...wanted], offerLanguages: [...spoken] },
    text: `No shared language (request: ${[...wanted].join(', ')}; host: ${[...spoken].join(', ')}).`,
  });
}

function costPart(offer: HousingOffer): MatchPart {
  const texts = { free: 'Free of charge.', reduced: 'Reduced rent.', market: 'Market rent.' } as const;
  const codes = { free: 'COST_FREE', reduced: 'COST_REDUCED', market: 'COST_MARKET' } as const;
  return part({
    criterion: 'cost',
    points: COST_POINTS[offer.cost],
    max: MATCH_WEIGHTS.cost,
    code: codes[offer.cost],
    params: { cost: offer.cost },
    text: texts[offer.cost],
  });
}

function capacityPart(request: HousingRequest, offer: HousingOffer): MatchPart {
  const max = MATCH_WEIGHTS.capacity;
  const spare = offer.capacity - request.householdSize;
  const params = { capacity: offer.capacity, householdSize: request.householdSize, spare, type: offer.type };
  if (spare === 0) {
    return part({
      criterion: 'capacity',
      points: max,
      max,
      code: 'CAPACITY_EXACT',
      params,
      text: `${beds(offer.capacity)} for a household of ${request.householdSize}: an exact fit.`,
    });
  }
  return part({
    criterion: 'capacity',
    points: Math.floor((max * request.householdSize) / offer.capacity),
    max,
    code: 'CAPACITY_SPARE',
    params,
    text:
      `${beds(offer.capacity)} for a household of ${request.householdSize}, ` +
      `${spare} spare (better kept for a larger household).`,
  });
}

function smokingPart(request: HousingRequest, offer: HousingOffer): MatchPart {
  const max = MATCH_WEIGHTS.smoking;
  const smokes = request.constraints.smoking;
  const allowed = offer.houseRules.smokingAllowed;
  const params = { smokes: smokes ?? null, smokingAllowed: allowed ?? null };
  const base = { criterion: 'smoking' as const, max, params };
  if (smokes === undefined) {
    return part({ ...base, points: max, code: 'SMOKING_NO_PREFERENCE', text: 'No smoking preference.' });
  }
  if (allowed === undefined) {
    const text = 'The host has not said whether smoking is allowed.';
    return part({ ...base, points: Math.round(max / 2), code: 'SMOKING_UNKNOWN', text });
  }
  if (smokes === allowed) {
    const text = smokes ? 'Smoking allowed, as preferred.' : 'Smoke-free home, as preferred.';
    return part({ ...base, points: max, code: 'SMOKING_FITS', text });
  }
  const text = smokes
    ? 'Smoking is not allowed; someone in the household smokes.'
    : 'Smoking is allowed; a smoke-free home is preferred.';
  return part({ ...base, points: 0, code: 'SMOKING_CONFLICT', text });
}

/** Hard needs that the offer meets: shown so the explanation says why it qualified (0 points). */
function satisfiedNeeds(request: HousingRequest): MatchPart[] {
  const parts: MatchPart[] = [];
  if (request.constraints.pets === true) {
    parts.push(part({ criterion: 'pets', points: 0, max: 0, code: 'PETS_ALLOWED', params: {}, text: 'Pets allowed.' }));
  }
  if (request.constraints.accessibility === true) {
    parts.push(
      part({
        criterion: 'accessibility',
        points: 0,
        max: 0,
        code: 'ACCESSIBILITY_MET',
        params: {},
        text: 'Marked accessible, as the request needs.',
        sensitive: true,
      }),
    );
  }
  return parts;
}

function normalize(value: string): string {
  return value.trim().toLowerCase();
}

/** Primary language subtags, lower case, deduplicated in input order ('RU', 'ru-RU' → 'ru'). */
function languageSet(languages: readonly string[]): Set<string> {
  return new Set(languages.map((l) => normalize(l).split(/[-_]/)[0]).filter((l) => l.length > 0));
}

function period(from: string, until: string | null): string {
  return until === null ? `from ${from}, open-ended` : `${from} to ${until}`;
}

function beds(n: number): string {
  return n === 1 ? '1 bed' : `${n} beds`;
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}
