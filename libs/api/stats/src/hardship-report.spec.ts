import { hardshipCsv } from './hardship-export';
import { emptySummary, parseHardshipRows, type RawHardship } from './hardship-raw';
import { type HardshipReport, PROFESSION_NOT_RECORDED, PROFESSION_OTHER, publishFigures } from './hardship-report';

const options = { minCell: 5 };

/** One quarter's counts; keys are made up (distinct per figure) as the database would sum them. */
function raw(counts: Record<string, number>, quarter = '2025-Q1'): RawHardship {
  const figures = new Map(Object.entries(counts).map(([name, n], i) => [name, { n, keySum: n * (1_000_003 + i * 7919) }]));
  return { quarters: new Map([[quarter, figures]]), summaries: new Map() };
}
const scope = (quarters = ['2025-Q1']) => ({ quarters, summary: emptySummary() });

describe('publishFigures', () => {
  it('suppresses everything when there are fewer clients than the minimum cell', () => {
    const f = publishFigures(raw({ clients: 4, advancedDegree: 4 }), scope(), options);
    expect(f.clients).toEqual({ count: null, suppressed: true });
    expect(f.advancedDegree).toEqual({ count: null, share: null, suppressed: true });
    expect(f.outcomes.cells.every((c) => c.suppressed)).toBe(true);
  });

  it('perturbs counts by at most 3 per quarter and computes shares from the published counts', () => {
    const data = raw({ clients: 40, homeless: 12 });
    const f = publishFigures(data, scope(), options);
    expect(Math.abs((f.clients.count as number) - 40)).toBeLessThanOrEqual(3);
    expect(Math.abs((f.everHomelessDuringWait.count as number) - 12)).toBeLessThanOrEqual(3);
    expect(f.everHomelessDuringWait.share).toBe(Math.round(((f.everHomelessDuringWait.count as number) / (f.clients.count as number)) * 10_000) / 10_000);
    // The same data always gives the same figures.
    expect(publishFigures(data, scope(), options)).toEqual(f);
  });

  it('hides the days lost to clock stops whenever the clock-stop share is hidden, so its n cannot undo that', () => {
    const f = publishFigures(raw({ clients: 40, clockStops: 37 }), scope(), options);
    expect(f.clockStops.suppressed).toBe(true);
    expect(f.daysLostToStops).toMatchObject({ n: null, suppressed: true });
  });

  it('hides those still waiting when those no longer waiting are too few', () => {
    const f = publishFigures(raw({ clients: 40, stillWaiting: 38 }), scope(), options);
    expect(f.stillWaiting).toEqual({ count: null, medianDaysSoFar: null, suppressed: true });
  });

  it('sums the quarters of a longer period', () => {
    const data: RawHardship = {
      quarters: new Map([
        ['2025-Q1', new Map([['clients', { n: 20, keySum: 20 * 1000 }]])],
        ['2025-Q2', new Map([['clients', { n: 30, keySum: 30 * 2000 }]])],
      ]),
      summaries: new Map(),
    };
    const one = (q: string) => publishFigures(data, scope([q]), options).clients.count as number;
    expect(publishFigures(data, scope(['2025-Q1', '2025-Q2']), options).clients.count).toBe(one('2025-Q1') + one('2025-Q2'));
  });

  it('shows the top professions by name, pools the rest, and never names a reserved key', () => {
    const named = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`professions:job${String(i).padStart(2, '0')}`, 20 + 10 * i]));
    const f = publishFigures(raw({ clients: 2000, ...named, [`professions:${PROFESSION_OTHER}`]: 6, [`professions:${PROFESSION_NOT_RECORDED}`]: 200 }), scope(), options);
    const keys = f.topProfessions.cells.map((c) => c.key);
    expect(keys.slice(0, 10)).toEqual(['job11', 'job10', 'job09', 'job08', 'job07', 'job06', 'job05', 'job04', 'job03', 'job02']);
    expect(keys.slice(10)).toEqual([PROFESSION_OTHER, PROFESSION_NOT_RECORDED]);
    // pooled: job01 (30) + job00 (20) + the small ones (6) = 56, give or take the noise
    expect(Math.abs((f.topProfessions.cells[10].count as number) - 56)).toBeLessThanOrEqual(3);
  });

  it('gives each histogram bin its key in months', () => {
    const f = publishFigures(raw({ clients: 40, filedWait: 40, 'filedHistogram:6-9': 20, 'filedHistogram:18+': 20 }), scope(), options);
    expect(f.waitFiledToEadDays.histogram.cells.map((c) => c.key)).toEqual(['0-3', '3-6', '6-9', '9-12', '12-18', '18+']);
    // Empty bins are hidden like small ones, and the smallest shown bin with them (derivable from the total).
    expect(f.waitFiledToEadDays.histogram.cells.filter((c) => !c.suppressed).map((c) => c.key)).toEqual(['18+']);
  });
});

describe('person-months without the right to work', () => {
  it('adds up, month by month, the people still without it, close to the exact sum, and the part of those with a degree', () => {
    // 20 people without the right to work for 6 whole months, 10 of them with a degree, 5 for 12 months: 180 person-months, 60 + … by degree.
    const f = publishFigures(
      raw({ clients: 25, advancedDegree: 12, 'withoutMonths:6': 20, 'withoutMonths:12': 5, 'withoutMonthsAdvanced:6': 10, 'withoutMonthsAdvanced:12': 2 }),
      scope(),
      { minCell: 5 },
    );
    expect(f.personMonthsWithoutWork.suppressed).toBe(false);
    // 12 terms, each within 3 of the truth.
    expect(Math.abs((f.personMonthsWithoutWork.total as number) - 180)).toBeLessThanOrEqual(36);
    expect(Math.abs((f.personMonthsWithoutWork.advancedDegree as number) - 84)).toBeLessThanOrEqual(36);
  });

  it('is hidden with the number of clients', () => {
    expect(publishFigures(raw({ clients: 4, 'withoutMonths:6': 4 }), scope(), { minCell: 5 }).personMonthsWithoutWork).toEqual({ total: null, advancedDegree: null, advancedShare: null, suppressed: true });
  });
});

describe('parseHardshipRows', () => {
  it('keeps quarters apart, adds the key sums, and refuses an unknown table', () => {
    const parsed = parseHardshipRows(
      { summary: [{ bucket: null, 'cover:n': 30, 'cover:k': 999 }], counts: [{ quarter: '2025-Q1', 'clients:n': 12, 'clients:k': '123456' }], tables: [{ quarter: '2025-Q1', tbl: 'filedHistogram', key: '6-9', n: 12, k: 777 }] },
      { counts: [{ quarter: '2025-Q1', 'homeless:n': 8, 'homeless:k': 42 }] },
    );
    expect(parsed.quarters.get('2025-Q1')?.get('clients')).toEqual({ n: 12, keySum: 123456 });
    expect(parsed.quarters.get('2025-Q1')?.get('homeless')).toEqual({ n: 8, keySum: 42 });
    expect(parsed.quarters.get('2025-Q1')?.get('filedHistogram:6-9')).toEqual({ n: 12, keySum: 777 });
    expect(parsed.summaries.get(null)?.cover).toEqual({ n: 30, keySum: 999 });
    expect(() => parseHardshipRows({ summary: [], counts: [], tables: [{ quarter: 'x', tbl: 'names', key: 'x', n: 1, k: 1 }] }, { counts: [] })).toThrow();
  });
});

describe('hardshipCsv', () => {
  it('quotes and defuses text a spreadsheet would run as a formula', () => {
    const data = raw({ clients: 60, 'professions:=HYPERLINK("x")': 20, 'professions:cook, chef': 15, [`professions:${PROFESSION_NOT_RECORDED}`]: 25 });
    const f = publishFigures(data, scope(), options);
    const report = {
      ...f,
      report: 'hardship',
      period: { from: '2025-01', to: '2025-03', months: 3 },
      split: null,
      scenario: { id: 'current', ruleSet: 'r', label: 'l', model: 'm' },
      asOfMonth: '2026-11',
      asOf: '2026-11-29',
      organization: null,
      rules: { current: { label: 'c', mayFileAfterDays: 150, earliestGrantDays: 180, decisionDays: 30 }, proposed: { label: 'p', mayFileAfterDays: 365, earliestGrantDays: 365, decisionDays: 180 } },
      anonymity: { minCell: 5, method: 'cell-key', maxNoisePerQuarter: 3, durationsRoundedToDays: 7, percentileMinPeople: { median: 20, p90: 50 } },
      definitions: {},
      buckets: [],
    } as HardshipReport;
    const csv = hardshipCsv(report, 'en');
    expect(csv.startsWith('\uFEFFPeriod,From,To,Clients counted,')).toBe(true);
    expect(csv).toContain('"Professions: cook, chef"');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    const evil = { ...report, buckets: [{ ...report, label: '=cmd|x', from: '2025-01', to: '2025-03', partial: false }] } as HardshipReport;
    expect(hardshipCsv(evil, 'en')).toContain("\r\n'=cmd|x,");
    const ru = hardshipCsv(report, 'ru');
    expect(ru.startsWith('\uFEFFПериод,С,По,Учтено клиентов,')).toBe(true);
    expect(ru).toContain('Весь период');
  });
});
