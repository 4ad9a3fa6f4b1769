import { HousingOffer, HousingRequest } from './matching.types';
import { scoreMatch } from './score-match';

// A 30-day need (2026-03-01..30, both inclusive) for two Russian speakers, and an offer that fits it
// perfectly: 40 dates + 25 language + 15 free + 10 exact fit + 10 no smoking preference = 100.
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
  languages: ['ru', 'en'],
  houseRules: {},
  ...over,
});

const partOf = (result: ReturnType<typeof scoreMatch>, criterion: string) =>
  result.parts.find((p) => p.criterion === criterion);

describe('scoreMatch: soft criteria', () => {
  it.each`
    scenario                                                   | req                                                    | off                                                           | score  | criterion       | code                       | points
    ${'perfect fit'}                                           | ${{}}                                                  | ${{}}                                                         | ${100} | ${'dates'}      | ${'DATES_FULL'}            | ${40}
    ${'reduced rent'}                                          | ${{}}                                                  | ${{ cost: 'reduced' }}                                        | ${93}  | ${'cost'}       | ${'COST_REDUCED'}          | ${8}
    ${'market rent'}                                           | ${{}}                                                  | ${{ cost: 'market' }}                                         | ${85}  | ${'cost'}       | ${'COST_MARKET'}           | ${0}
    ${'no shared language'}                                    | ${{}}                                                  | ${{ languages: ['en', 'es'] }}                                | ${75}  | ${'language'}   | ${'LANGUAGE_NONE'}         | ${0}
    ${'host languages unknown: half points'}                   | ${{}}                                                  | ${{ languages: [] }}                                          | ${88}  | ${'language'}   | ${'LANGUAGE_UNKNOWN'}      | ${13}
    ${'language codes compared by primary subtag, any case'}   | ${{ languages: ['RU-ru'] }}                            | ${{ languages: ['en', ' ru '] }}                              | ${100} | ${'language'}   | ${'LANGUAGE_SHARED'}       | ${25}
    ${'one spare bed of 3: floor(10*2/3)'}                     | ${{}}                                                  | ${{ capacity: 3 }}                                            | ${96}  | ${'capacity'}   | ${'CAPACITY_SPARE'}        | ${6}
    ${'two spare beds of 4: 10*2/4'}                           | ${{}}                                                  | ${{ capacity: 4 }}                                            | ${95}  | ${'capacity'}   | ${'CAPACITY_SPARE'}        | ${5}
    ${'starts halfway: 15 of 30 days'}                         | ${{}}                                                  | ${{ availableFrom: '2026-03-16' }}                            | ${80}  | ${'dates'}      | ${'DATES_PARTIAL'}         | ${20}
    ${'ends early: 10 of 30 days, floor(13.3)'}                | ${{}}                                                  | ${{ availableUntil: '2026-03-10' }}                           | ${73}  | ${'dates'}      | ${'DATES_PARTIAL'}         | ${13}
    ${'one common day (ends inclusive): 1 of 30'}              | ${{}}                                                  | ${{ availableUntil: '2026-03-01' }}                           | ${61}  | ${'dates'}      | ${'DATES_PARTIAL'}         | ${1}
    ${'29 of 30 days: floor, never full points for partial'}   | ${{}}                                                  | ${{ availableUntil: '2026-03-29' }}                           | ${98}  | ${'dates'}      | ${'DATES_PARTIAL'}         | ${38}
    ${'open-ended need, open-ended offer'}                     | ${{ neededUntil: null }}                               | ${{}}                                                         | ${100} | ${'dates'}      | ${'DATES_FULL'}            | ${40}
    ${'open-ended need: 90 of the first 180 days'}             | ${{ neededUntil: null }}                               | ${{ availableUntil: '2026-05-29' }}                           | ${80}  | ${'dates'}      | ${'DATES_PARTIAL'}         | ${20}
    ${'open-ended need, offer after the 180-day horizon'}      | ${{ neededUntil: null }}                               | ${{ availableFrom: '2026-09-01' }}                            | ${60}  | ${'dates'}      | ${'DATES_PARTIAL'}         | ${0}
    ${'smoker, smoking allowed'}                               | ${{ constraints: { smoking: true } }}                  | ${{ houseRules: { smokingAllowed: true } }}                   | ${100} | ${'smoking'}    | ${'SMOKING_FITS'}          | ${10}
    ${'smoker, smoking not allowed'}                           | ${{ constraints: { smoking: true } }}                  | ${{ houseRules: { smokingAllowed: false } }}                  | ${90}  | ${'smoking'}    | ${'SMOKING_CONFLICT'}      | ${0}
    ${'smoker, host silent: half points'}                      | ${{ constraints: { smoking: true } }}                  | ${{}}                                                         | ${95}  | ${'smoking'}    | ${'SMOKING_UNKNOWN'}       | ${5}
    ${'wants smoke-free, smoking allowed'}                     | ${{ constraints: { smoking: false } }}                 | ${{ houseRules: { smokingAllowed: true } }}                   | ${90}  | ${'smoking'}    | ${'SMOKING_CONFLICT'}      | ${0}
    ${'wants smoke-free, smoke-free home'}                     | ${{ constraints: { smoking: false } }}                 | ${{ houseRules: { smokingAllowed: false } }}                  | ${100} | ${'smoking'}    | ${'SMOKING_FITS'}          | ${10}
    ${'no preference, smoking allowed'}                        | ${{}}                                                  | ${{ houseRules: { smokingAllowed: true } }}                   | ${100} | ${'smoking'}    | ${'SMOKING_NO_PREFERENCE'} | ${10}
    ${'pets, explicitly allowed'}                              | ${{ constraints: { pets: true } }}                     | ${{ houseRules: { petsAllowed: true } }}                      | ${100} | ${'pets'}       | ${'PETS_ALLOWED'}          | ${0}
    ${'accessibility, explicitly accessible'}                  | ${{ constraints: { accessibility: true } }}            | ${{ houseRules: { accessible: true } }}                       | ${100} | ${'accessibility'} | ${'ACCESSIBILITY_MET'}  | ${0}
    ${'everything mediocre'}                                   | ${{ constraints: { smoking: true } }}                  | ${{ cost: 'reduced', capacity: 5, languages: ['en'], availableFrom: '2026-03-16', houseRules: { smokingAllowed: false } }} | ${32} | ${'capacity'} | ${'CAPACITY_SPARE'} | ${4}
  `('$scenario → $score', ({ req, off, score, criterion, code, points }) => {
    const result = scoreMatch(request(req), offer(off));
    expect(result.eligible).toBe(true);
    expect(result.score).toBe(score);
    expect(partOf(result, criterion)).toMatchObject({ code, points });
    expect(result.parts.reduce((sum, p) => sum + p.points, 0)).toBe(score);
    expect(result.parts.reduce((sum, p) => sum + p.max, 0)).toBe(100);
  });

  it('explains each part in English and with a code and params for translation', () => {
    const result = scoreMatch(request(), offer({ availableFrom: '2026-03-16', capacity: 3, cost: 'reduced' }));
    expect(result.parts.map((p) => [p.code, p.params, p.text])).toEqual([
      [
        'DATES_PARTIAL',
        { coveredDays: 15, neededDays: 30, percent: 50, startsLateDays: 15, openEnded: false },
        'Available for 15 of the 30 days needed (50%); it starts 15 days after the date needed.',
      ],
      ['LANGUAGE_SHARED', { languages: ['ru'] }, 'Shared language: ru.'],
      ['COST_REDUCED', { cost: 'reduced' }, 'Reduced rent.'],
      [
        'CAPACITY_SPARE',
        { capacity: 3, householdSize: 2, spare: 1, type: 'room' },
        '3 beds for a household of 2, 1 spare (better kept for a larger household).',
      ],
      ['SMOKING_NO_PREFERENCE', { smokes: null, smokingAllowed: null }, 'No smoking preference.'],
    ]);
  });
});

describe('scoreMatch: hard constraints', () => {
  it.each`
    scenario                                          | req                                           | off                                                | codes
    ${'different region'}                             | ${{}}                                         | ${{ region: 'Newark' }}                            | ${['REGION_MISMATCH']}
    ${'offer ends the day before the need'}           | ${{}}                                         | ${{ availableUntil: '2026-02-28' }}                | ${['DATES_NO_OVERLAP']}
    ${'offer starts the day after the need ends'}     | ${{}}                                         | ${{ availableFrom: '2026-03-31' }}                 | ${['DATES_NO_OVERLAP']}
    ${'open-ended offer that starts too late'}        | ${{}}                                         | ${{ availableFrom: '2026-04-15' }}                 | ${['DATES_NO_OVERLAP']}
    ${'one bed for two'}                              | ${{}}                                         | ${{ capacity: 1 }}                                 | ${['CAPACITY_TOO_SMALL']}
    ${'no bed left'}                                  | ${{}}                                         | ${{ capacity: 0 }}                                 | ${['CAPACITY_TOO_SMALL']}
    ${'pets, host says no'}                           | ${{ constraints: { pets: true } }}            | ${{ houseRules: { petsAllowed: false } }}          | ${['PETS_NOT_ALLOWED']}
    ${'pets, host silent (no consent)'}               | ${{ constraints: { pets: true } }}            | ${{}}                                              | ${['PETS_NOT_ALLOWED']}
    ${'accessibility, not accessible'}                | ${{ constraints: { accessibility: true } }}   | ${{ houseRules: { accessible: false } }}           | ${['ACCESSIBILITY_NOT_MET']}
    ${'accessibility, host silent'}                   | ${{ constraints: { accessibility: true } }}   | ${{}}                                              | ${['ACCESSIBILITY_NOT_MET']}
    ${'all reasons are listed, not just the first'}   | ${{ constraints: { pets: true } }}            | ${{ region: 'Boston', capacity: 1 }}               | ${['REGION_MISMATCH', 'CAPACITY_TOO_SMALL', 'PETS_NOT_ALLOWED']}
  `('$scenario: excluded ($codes)', ({ req, off, codes }) => {
    const result = scoreMatch(request(req), offer(off));
    expect(result).toMatchObject({ eligible: false, score: 0 });
    expect(result.parts.map((p) => p.code)).toEqual(codes);
    expect(result.parts.every((p) => p.blocking && p.points === 0)).toBe(true);
  });

  it.each`
    scenario                                     | req                                      | off
    ${'region differs only in case and spaces'}  | ${{ region: ' nyc ' }}                   | ${{ region: 'NYC' }}
    ${'pets not needed, pets not allowed'}       | ${{ constraints: { pets: false } }}      | ${{ houseRules: { petsAllowed: false } }}
    ${'accessibility not needed'}                | ${{}}                                    | ${{ houseRules: { accessible: false } }}
    ${'capacity exactly the household'}          | ${{ householdSize: 3 }}                  | ${{ capacity: 3 }}
  `('$scenario: eligible', ({ req, off }) => {
    expect(scoreMatch(request(req), offer(off)).eligible).toBe(true);
  });

  it('explains a blocking reason in words and codes', () => {
    expect(scoreMatch(request(), offer({ region: 'Newark', capacity: 1 })).parts).toEqual([
      {
        criterion: 'region',
        points: 0,
        max: 0,
        code: 'REGION_MISMATCH',
        params: { requestRegion: 'NYC', offerRegion: 'Newark' },
        text: 'The offer is in Newark; the request is for NYC.',
        blocking: true,
        sensitive: false,
      },
      {
        criterion: 'capacity',
        points: 0,
        max: 0,
        code: 'CAPACITY_TOO_SMALL',
        params: { capacity: 1, householdSize: 2 },
        text: '1 bed free for a household of 2.',
        blocking: true,
        sensitive: false,
      },
    ]);
  });

  it('marks accessibility parts as sensitive (health-related)', () => {
    const met = scoreMatch(request({ constraints: { accessibility: true } }), offer({ houseRules: { accessible: true } }));
    const unmet = scoreMatch(request({ constraints: { accessibility: true } }), offer());
    expect(partOf(met, 'accessibility')?.sensitive).toBe(true);
    expect(partOf(unmet, 'accessibility')?.sensitive).toBe(true);
  });
});

describe('scoreMatch: malformed input', () => {
  it.each`
    scenario                        | req                                                       | off                                   | code                        | field
    ${'impossible date'}            | ${{ neededFrom: '2026-02-30' }}                           | ${{}}                                 | ${'INVALID_DATE'}           | ${'neededFrom'}
    ${'not ISO'}                    | ${{}}                                                     | ${{ availableFrom: '03/01/2026' }}    | ${'INVALID_DATE'}           | ${'availableFrom'}
    ${'need ends before it starts'} | ${{ neededUntil: '2026-02-01' }}                          | ${{}}                                 | ${'INVALID_PERIOD'}         | ${'neededUntil'}
    ${'offer ends before it starts'}| ${{}}                                                     | ${{ availableUntil: '2026-01-01' }}   | ${'INVALID_PERIOD'}         | ${'availableUntil'}
    ${'household of 0'}             | ${{ householdSize: 0 }}                                   | ${{}}                                 | ${'INVALID_HOUSEHOLD_SIZE'} | ${'householdSize'}
    ${'fractional capacity'}        | ${{}}                                                     | ${{ capacity: 1.5 }}                  | ${'INVALID_CAPACITY'}       | ${'capacity'}
    ${'unknown cost'}               | ${{}}                                                     | ${{ cost: 'cheap' }}                  | ${'INVALID_COST'}           | ${'cost'}
  `('$scenario → $code', ({ req, off, code, field }) => {
    expect(() => scoreMatch(request(req), offer(off))).toThrow(expect.objectContaining({ code, field }));
  });
});
