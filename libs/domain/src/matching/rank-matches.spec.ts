import { HousingOffer, HousingRequest } from './matching.types';
import { explainMatch, rankOffers, rankRequests, redactForVolunteer } from './rank-matches';
import { scoreMatch } from './score-match';

const request = (over: Partial<HousingRequest> = {}): HousingRequest => ({
  region: 'NYC',
  neededFrom: '2026-03-01',
  neededUntil: '2026-03-30',
  householdSize: 2,
  languages: ['ru'],
  constraints: {},
  ...over,
});
const offer = (over: Partial<HousingOffer> = {}): HousingOffer => ({
  region: 'NYC',
  type: 'room',
  capacity: 2,
  availableFrom: '2026-02-01',
  availableUntil: null,
  cost: 'free',
  languages: ['ru'],
  houseRules: {},
  ...over,
});

// Named offers and requests for the ranking tables; scores in comments.
const offers: Record<string, HousingOffer> = {
  perfect: offer({ id: 'o-perfect' }), // 100
  market: offer({ id: 'o-market', cost: 'market' }), // 85
  reduced: offer({ id: 'o-reduced', cost: 'reduced' }), // 93
  boston: offer({ id: 'o-boston', region: 'Boston' }), // ineligible
  tooSmall: offer({ id: 'o-small', capacity: 1 }), // ineligible
  perfectLater: offer({ id: 'o-later', availableFrom: '2026-02-15' }), // 100, available later
  perfectB: offer({ id: 'o-b' }), // 100, same availability as 'perfect'
  perfectNoId: offer(), // 100, no id
  perfectNoId2: offer({ languages: ['RU'] }), // 100, no id
};
const requests: Record<string, HousingRequest> = {
  fit: request({ id: 'r-fit' }), // 100
  single: request({ id: 'r-single', householdSize: 1 }), // 95 (one spare bed)
  english: request({ id: 'r-english', languages: ['en'] }), // 75
  far: request({ id: 'r-far', region: 'Boston' }), // ineligible
  urgent: request({ id: 'r-urgent', urgency: 'urgent' }), // 100
  low: request({ id: 'r-low', urgency: 'low' }), // 100
  sooner: request({ id: 'r-sooner', neededFrom: '2026-02-20', neededUntil: '2026-03-21' }), // 100
  noUrgency: request({ id: 'r-none' }), // 100, counts as medium
  high: request({ id: 'r-high', urgency: 'high' }), // 100
};

const pick = <T>(pool: Record<string, T>, names: string) => names.split(' ').map((n) => pool[n]);

describe('rankOffers', () => {
  it.each`
    scenario                                            | names                                          | includeIneligible | expected
    ${'by score, ineligible left out'}                  | ${'market boston perfect tooSmall reduced'}    | ${false}          | ${['o-perfect', 'o-reduced', 'o-market']}
    ${'ineligible kept last on request'}                | ${'boston market tooSmall perfect'}            | ${true}           | ${['o-perfect', 'o-market', 'o-boston', 'o-small']}
    ${'tie: the offer available sooner first'}          | ${'perfectLater perfect'}                      | ${false}          | ${['o-perfect', 'o-later']}
    ${'tie: then by id'}                                | ${'perfectB perfect'}                          | ${false}          | ${['o-b', 'o-perfect']}
    ${'tie: ids before no ids, then input order'}       | ${'perfectNoId2 perfectNoId perfectB'}         | ${false}          | ${['o-b', 'no-id-2', 'no-id-1']}
    ${'nothing eligible'}                               | ${'boston tooSmall'}                           | ${false}          | ${[]}
  `('$scenario', ({ names, includeIneligible, expected }) => {
    const ranked = rankOffers(request(), pick(offers, names), { includeIneligible });
    const label = (o: HousingOffer) => o.id ?? (o === offers.perfectNoId ? 'no-id-1' : 'no-id-2');
    expect(ranked.map((r) => label(r.offer))).toEqual(expected);
  });

  it('returns each offer with its result, scores descending', () => {
    const ranked = rankOffers(request(), pick(offers, 'market perfect reduced'));
    expect(ranked.map((r) => r.result.score)).toEqual([100, 93, 85]);
    expect(ranked[0].offer).toBe(offers.perfect);
  });
});

describe('rankRequests', () => {
  it.each`
    scenario                                           | names                                   | includeIneligible | expected
    ${'by score, ineligible left out'}                 | ${'english far single fit'}             | ${false}          | ${['r-fit', 'r-single', 'r-english']}
    ${'ineligible kept last on request'}               | ${'far english fit'}                    | ${true}           | ${['r-fit', 'r-english', 'r-far']}
    ${'tie: more urgent first, unset counts as medium'}| ${'low noUrgency urgent high'}          | ${false}          | ${['r-urgent', 'r-high', 'r-none', 'r-low']}
    ${'tie: then the one needed sooner'}               | ${'fit sooner'}                         | ${false}          | ${['r-sooner', 'r-fit']}
    ${'tie: then by id'}                               | ${'noUrgency fit'}                      | ${false}          | ${['r-fit', 'r-none']}
  `('$scenario', ({ names, includeIneligible, expected }) => {
    const ranked = rankRequests(offer(), pick(requests, names), { includeIneligible });
    expect(ranked.map((r) => r.request.id)).toEqual(expected);
  });
});

describe('redactForVolunteer', () => {
  const accessibleNeed = request({ constraints: { accessibility: true, pets: true } });

  it.each`
    scenario                                       | off                                                              | codes
    ${'met need disappears, score unchanged'}      | ${offer({ houseRules: { accessible: true, petsAllowed: true } })} | ${['DATES_FULL', 'LANGUAGE_SHARED', 'COST_FREE', 'CAPACITY_EXACT', 'SMOKING_NO_PREFERENCE', 'PETS_ALLOWED']}
    ${'sole blocking reason becomes neutral'}      | ${offer({ houseRules: { petsAllowed: true } })}                  | ${['NEEDS_NOT_MET']}
    ${'other reasons shown, sensitive one dropped'}| ${offer({ region: 'Boston' })}                                   | ${['REGION_MISMATCH', 'PETS_NOT_ALLOWED']}
  `('$scenario', ({ off, codes }) => {
    const full = scoreMatch(accessibleNeed, off);
    const redacted = redactForVolunteer(full);
    expect(redacted.parts.map((p) => p.code)).toEqual(codes);
    expect(redacted.score).toBe(full.score);
    expect(redacted.eligible).toBe(full.eligible);
    expect(JSON.stringify(redacted)).not.toMatch(/accessib/i);
  });
});

describe('explainMatch', () => {
  it.each`
    scenario         | off                               | expected
    ${'eligible'}    | ${offer({ cost: 'market' })}      | ${'Score 85/100. Available for all of the 30 days needed. Shared language: ru. Market rent. 2 beds for a household of 2: an exact fit. No smoking preference.'}
    ${'ineligible'}  | ${offer({ region: 'Boston' })}    | ${'Not a possible match. The offer is in Boston; the request is for NYC.'}
  `('$scenario', ({ off, expected }) => {
    expect(explainMatch(scoreMatch(request(), off))).toBe(expected);
  });
});
