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
    anonymity: { minCell: 11, countsRoundedTo: 5 },
    definitions: {},
    buckets: [],
    clients: { count: 160, suppressed: false },
    waitFiledToEadDays: { ...dist(120, 270, 235.25, 327.75, 382), histogram: table },
    waitArrivalToEadDays: { ...noDist, histogram: table },
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
  it('puts the median wait in a sentence with the people, the period and the months', () => {
    const findings = keyFindings(report(), translator(en, 'en'), 'en');
    const wait = findings.find((f) => f.figure === 'waitFiledToEadDays');
    expect(wait?.text).toBe(
      'Half of the 120 asylum seekers who filed between January 2025 and December 2025 and have since received a work permit waited more than 270 days (about 8.9 months) for it after filing. One in four waited more than 328 days, and one in ten more than 382 days.',
    );
    expect(findings.find((f) => f.figure === 'everHomelessDuringWait')?.text).toBe(
      '31% were homeless at some point during the wait: on the street, in a car or in an emergency shelter.',
    );
  });

  it('says that a figure is suppressed, with the minimum cell, and shows no number for it', () => {
    const findings = keyFindings(report(), translator(en, 'en'), 'en');
    const arrival = findings.find((f) => f.figure === 'waitArrivalToEadDays');
    expect(arrival).toEqual({
      figure: 'waitArrivalToEadDays',
      suppressed: true,
      text: 'Wait from arrival to work permit in hand: suppressed (fewer than 11 people).',
    });
    expect(findings.find((f) => f.figure === 'unshelteredDuringWait')?.suppressed).toBe(true);
  });

  it('compares the current and the proposed rule when both medians are shown', () => {
    const proposed = report({ scenario: { id: 'proposed-365', ruleSet: 'proposed-365', label: 'Proposed', model: '…' }, waitFiledToEadDays: { ...dist(120, 461, 400, 500, 600), histogram: table } });
    const findings = keyFindings(report(), translator(en, 'en'), 'en', { current: report(), proposed });
    expect(findings.find((f) => f.figure === 'scenarioComparison')?.text).toBe(
      'Under the proposed 365-day rule, the median wait of the same people would grow from 270 to 461 days.',
    );
    const hiddenProposed = report({ waitFiledToEadDays: { ...noDist, histogram: table } });
    expect(keyFindings(report(), translator(en, 'en'), 'en', { current: report(), proposed: hiddenProposed }).some((f) => f.figure === 'scenarioComparison')).toBe(false);
  });

  it('words projected waits as a projection', () => {
    const proposed = report({ scenario: { id: 'proposed-365', ruleSet: 'proposed-365', label: 'Proposed', model: '…' } });
    const wait = keyFindings(proposed, translator(en, 'en'), 'en').find((f) => f.figure === 'waitFiledToEadDays');
    expect(wait?.text).toMatch(/^Under the proposed 365-day rule, half of the 120 asylum seekers .* would have waited more than 270 days/);
    expect(wait?.text).toContain('One in four would have waited more than 328 days');
  });

  it('speaks Russian', () => {
    const findings = keyFindings(report(), translator(ru as typeof en, 'ru'), 'ru');
    expect(findings.find((f) => f.figure === 'waitFiledToEadDays')?.text).toMatch(/^Половина из 120 просителей убежища, подавших прошение в период январь 2025 г\. – декабрь 2025 г\./);
    expect(findings.find((f) => f.figure === 'waitArrivalToEadDays')?.text).toBe(
      'Ожидание от приезда до получения разрешения на работу: скрыто (меньше 11 человек).',
    );
  });
});
