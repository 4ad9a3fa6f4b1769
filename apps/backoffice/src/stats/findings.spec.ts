import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../i18n/en';
import { ru } from '../i18n/ru';
import { keyFindings, type Translate } from './findings';
import type { DistributionFigure, HardshipReport, ShareFigure, TableFigure } from './types';

const hidden = { count: null, share: null, suppressed: true };
const share = (count: number, value: number): ShareFigure => ({ count, share: value, suppressed: false });
const dist = (n: number, median: number, p25: number, p75: number, p90: number): DistributionFigure => ({ n, median, p25, p75, p90, suppressed: false });
const noDist: DistributionFigure = { n: null, median: null, p25: null, p75: null, p90: null, suppressed: true };
const table: TableFigure = { cells: [] };

function report(overrides: Partial<HardshipReport> = {}): HardshipReport {
  return {
    report: 'hardship',
    period: { from: '2025-01', to: '2025-12', months: 12 },
    split: null,
    scenario: { id: 'current', ruleSet: 'restored-2022', label: '8 CFR 208.7', model: 'Waits as recorded.' },
    asOfMonth: '2026-11',
    asOf: '2026-11-29',
    organization: 'Rainbow Refuge',
    rules: {
      current: { label: 'current', mayFileAfterDays: 150, earliestGrantDays: 180, decisionDays: 30 },
      proposed: { label: 'proposed', mayFileAfterDays: 365, earliestGrantDays: 365, decisionDays: 180 },
    },
    anonymity: { minCell: 11, method: 'cell-key', maxNoisePerQuarter: 3, durationsRoundedToDays: 7, percentileMinPeople: { median: 20, p90: 50 } },
    definitions: {},
    buckets: [],
    clients: { count: 160, suppressed: false },
    waitedPastRule: share(121, 0.7563),
    personMonthsWithoutWork: { total: 1841, advancedDegree: 903, advancedShare: 0.4905, suppressed: false },
    waitFiledToEadDays: { ...dist(120, 270, 235.25, 327.75, 382), histogram: table },
    waitArrivalToEadDays: { ...dist(120, 371, 336, 427, 483), histogram: table },
    stillWaiting: { count: 40, medianDaysSoFar: 125, suppressed: false },
    clockStops: share(20, 0.125),
    daysLostToStops: dist(20, 40.5, 25, 63, 74),
    everHomelessDuringWait: share(50, 0.3125),
    unshelteredDuringWait: hidden,
    shelterDuringWait: share(35, 0.2188),
    hostPlacementDuringWait: share(20, 0.125),
    housingDuringWait: table,
    advancedDegree: share(80, 0.5),
    workingEnglish: share(105, 0.6563),
    topProfessions: table,
    supportNeeds: table,
    outcomes: table,
    ...overrides,
  };
}

const translator = (messages: typeof en, locale: string): Translate => {
  const provider = polyglotI18nProvider(() => messages, locale);
  return (key, options) => provider.translate(key, options);
};

describe('key findings of the printable report', () => {
  it('argues in the organization’s order: arrival to the right to work, past the rules’ 180 days, person-months, homelessness', () => {
    const findings = keyFindings(report(), translator(en, 'en'), 'en');
    expect(findings.map((f) => f.figure)).toEqual([
      'clients',
      'waitArrivalToEadDays',
      'waitFiledToEadDays',
      'waitedPastRule',
      'personMonthsWithoutWork',
      'stillWaiting',
      'everHomelessDuringWait',
      'unshelteredDuringWait',
      'hostPlacementDuringWait',
      'advancedDegree',
    ]);
    const text = (figure: string) => findings.find((f) => f.figure === figure)?.text;
    expect(text('clients')).toBe('This report covers 160 asylum seekers who filed their application between January 1, 2025 and December 31, 2025.');
    expect(text('waitArrivalToEadDays')).toBe('From the day they arrived in the United States, half of them waited more than 12 months (371 days) before they were allowed to work.');
    expect(text('waitedPastRule')).toBe('121 people (76%) waited, or are still waiting, longer than the 180 days after which the rules allow a work permit to be granted.');
    expect(text('personMonthsWithoutWork')).toBe(
      "Together they spent 1,841 months without the right to work. 903 of those months (49%) were lived by people with a master's degree or a doctorate.",
    );
    expect(text('everHomelessDuringWait')).toBe('31% were homeless at some point while they waited: on the street, in a car or in an emergency shelter.');
    expect(text('advancedDegree')).toBe("50% hold a master's degree or a doctorate, and 66% speak working English (B2 or above).");
  });

  it('says that a figure is not shown, with the minimum cell, and shows no number for it', () => {
    const findings = keyFindings(report({ waitArrivalToEadDays: { ...noDist, histogram: table } }), translator(en, 'en'), 'en');
    expect(findings.find((f) => f.figure === 'waitArrivalToEadDays')).toEqual({
      figure: 'waitArrivalToEadDays',
      suppressed: true,
      text: 'Wait from arrival to work permit in hand: not shown, because fewer than 11 people are behind it.',
    });
    expect(findings.find((f) => f.figure === 'unshelteredDuringWait')?.suppressed).toBe(true);
  });

  it('states the proposed rule from the rule set’s numbers and compares the medians', () => {
    const proposed = report({ scenario: { id: 'proposed-365', ruleSet: 'proposed-365', label: 'Proposed', model: '…' }, waitFiledToEadDays: { ...dist(120, 461, 400, 500, 600), histogram: table } });
    const findings = keyFindings(report(), translator(en, 'en'), 'en', { current: report(), proposed });
    expect(findings.find((f) => f.figure === 'scenarioComparison')?.text).toBe(
      'The proposed rule would let people apply for a work permit only after 365 days instead of 150, and give the government 180 days to decide instead of 30. For the same people, the median wait from application to work permit would grow from 270 to 461 days.',
    );
    // Before the proposed rule's decision period differs from the current one, the sentence leaves it out.
    const sameDecision = report({ rules: { ...report().rules, proposed: { ...report().rules.proposed, decisionDays: 30 } } });
    expect(keyFindings(sameDecision, translator(en, 'en'), 'en', { current: report(), proposed }).find((f) => f.figure === 'scenarioComparison')?.text).toBe(
      'The proposed rule would let people apply for a work permit only after 365 days instead of 150. For the same people, the median wait from application to work permit would grow from 270 to 461 days.',
    );
    const hiddenProposed = report({ waitFiledToEadDays: { ...noDist, histogram: table } });
    expect(keyFindings(report(), translator(en, 'en'), 'en', { current: report(), proposed: hiddenProposed }).some((f) => f.figure === 'scenarioComparison')).toBe(false);
  });

  it('words projected waits as a projection', () => {
    const proposed = report({ scenario: { id: 'proposed-365', ruleSet: 'proposed-365', label: 'Proposed', model: '…' } });
    const wait = keyFindings(proposed, translator(en, 'en'), 'en').find((f) => f.figure === 'waitFiledToEadDays');
    expect(wait?.text).toBe('Counted from the asylum application, half would have waited more than 270 days for a work permit; one in four more than 328 days.');
  });

  it.each`
    clients | people         | verb
    ${21}   | ${'вошёл 21 человек, подавший'}   | ${'1 form'}
    ${23}   | ${'вошли 23 человека, подавших'}  | ${'2–4 form'}
    ${160}  | ${'вошли 160 человек, подавших'}  | ${'5+ form'}
  `('speaks Russian with plural forms and dates in the genitive: $clients ($verb)', ({ clients, people }) => {
    const findings = keyFindings(report({ clients: { count: clients, suppressed: false } }), translator(ru as typeof en, 'ru'), 'ru');
    expect(findings.find((f) => f.figure === 'clients')?.text).toBe(`В отчёт ${people} ходатайство об убежище в период с 1 января 2025 г. по 31 декабря 2025 г.`);
    expect(clients).toBeGreaterThan(0);
  });

  it.each`
    count  | text
    ${121} | ${'121 человек (76 %) ждал или всё ещё ждёт дольше 180 дней'}
    ${122} | ${'122 человека (76 %) ждали или всё ещё ждут дольше 180 дней'}
    ${125} | ${'125 человек (76 %) ждали или всё ещё ждут дольше 180 дней'}
  `('Russian verbs agree with the number: $count', ({ count, text }) => {
    const findings = keyFindings(report({ waitedPastRule: share(count, 0.7563) }), translator(ru as typeof en, 'ru'), 'ru');
    expect(findings.find((f) => f.figure === 'waitedPastRule')?.text.replace(/\u00a0/g, ' ')).toContain(text);
  });

  it('Russian: months and person-months in the right forms', () => {
    const findings = keyFindings(report(), translator(ru as typeof en, 'ru'), 'ru');
    const text = (figure: string) => findings.find((f) => f.figure === figure)?.text.replace(/\u00a0/g, ' ');
    expect(text('waitArrivalToEadDays')).toBe('С момента приезда в США половина из них ждала права на работу дольше 12 месяцев (371 дн.).');
    expect(text('personMonthsWithoutWork')).toBe('Вместе они провели без права на работу 1 841 месяц. Из них 903 (49 %) прожили люди с магистерской или учёной степенью.');
  });
});
