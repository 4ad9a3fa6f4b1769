import { hardshipCsv } from './hardship-csv';
import { emptyFigures, parseHardshipRows } from './hardship-raw';
import { type HardshipReport, PROFESSION_NOT_RECORDED, PROFESSION_OTHER, publishFigures } from './hardship-report';

const options = { minCell: 5, histogramCap: 48 };

function figures(overrides: Partial<ReturnType<typeof emptyFigures>>) {
  return { ...emptyFigures(), ...overrides };
}

describe('publishFigures', () => {
  it('suppresses everything when there are fewer clients than the minimum cell', () => {
    const f = publishFigures(figures({ clients: 4, advancedDegree: 4 }), options);
    expect(f.clients).toEqual({ count: null, suppressed: true });
    expect(f.advancedDegree).toEqual({ count: null, share: null, suppressed: true });
    expect(f.outcomes.cells.every((c) => c.suppressed)).toBe(true);
  });

  it('rounds counts, keeps percentiles exact and rounds shares to 4 decimals', () => {
    const f = publishFigures(
      figures({ clients: 23, filedWait: { n: 12, p25: 225, median: 285, p75: 373.75, p90: 445 }, homeless: 7 }),
      options,
    );
    expect(f.clients).toEqual({ count: 25, suppressed: false });
    expect(f.waitFiledToEadDays).toMatchObject({ n: 10, median: 285, p75: 373.75 });
    expect(f.everHomelessDuringWait).toEqual({ count: 5, share: 0.2, suppressed: false });
  });

  it('shows the top professions by name, pools the rest, and never names a reserved key', () => {
    const named = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`job${String(i).padStart(2, '0')}`, 20 + i]));
    const f = publishFigures(figures({ clients: 500, professions: { named: { ...named, [PROFESSION_OTHER]: 6 }, other: 3, notRecorded: 200 } }), options);
    const keys = f.topProfessions.cells.map((c) => c.key);
    expect(keys.slice(0, 10)).toEqual(['job11', 'job10', 'job09', 'job08', 'job07', 'job06', 'job05', 'job04', 'job03', 'job02']);
    expect(keys.slice(10)).toEqual([PROFESSION_OTHER, PROFESSION_NOT_RECORDED]);
    // pooled: job01 (21) + job00 (20) + a profession typed "(other)" (6) + the small ones (3)
    expect(f.topProfessions.cells[10]).toMatchObject({ count: 50, suppressed: false });
  });

  it('gives each histogram bar a whole-month key, the last one open-ended', () => {
    const f = publishFigures(figures({ clients: 40, filedWait: { n: 40, p25: 1, median: 2, p75: 3, p90: 4 }, filedHistogram: { '7': 20, '48': 20 } }), options);
    const shown = f.waitFiledToEadDays.histogram.cells.filter((c) => !c.suppressed).map((c) => [c.key, c.count]);
    expect(shown).toEqual([['48+', 20]]); // the zero bars are hidden, and the smallest shown bar with them
  });
});

describe('parseHardshipRows', () => {
  it('keeps buckets apart and refuses an unknown table', () => {
    const raw = parseHardshipRows(
      { summary: [{ bucket: null, clients: 30 }, { bucket: '2025-Q1', clients: 12 }], tables: [{ bucket: '2025-Q1', tbl: 'filedHistogram', key: '7', n: 12 }] },
      { summary: [{ bucket: null, homeless_n: 8 }] },
    );
    expect(raw.figures.get(null)).toMatchObject({ clients: 30, homeless: 8 });
    expect(raw.figures.get('2025-Q1')?.filedHistogram).toEqual({ '7': 12 });
    expect(() => parseHardshipRows({ summary: [], tables: [{ bucket: null, tbl: 'names', key: 'x', n: 1 }] }, { summary: [] })).toThrow();
  });
});

describe('hardshipCsv', () => {
  it('quotes and defuses text a spreadsheet would run as a formula', () => {
    const f = publishFigures(figures({ clients: 40, professions: { named: { '=HYPERLINK("x")': 20, 'cook, chef': 15 }, other: 0, notRecorded: 5 } }), options);
    const report = { ...f, report: 'hardship', period: { from: '2025-01', to: '2025-03', months: 3 }, split: null, scenario: { id: 'current', ruleSet: 'r', label: 'l', model: 'm' }, asOfMonth: '2026-11', anonymity: { minCell: 5, countsRoundedTo: 5 }, definitions: {}, buckets: [] } as HardshipReport;
    const csv = hardshipCsv(report);
    expect(csv).toContain(`all,topProfessions,"'=HYPERLINK(""x"")",count,20`);
    expect(csv).toContain('all,topProfessions,"cook, chef",count,15');
    expect(csv.split('\r\n')[0]).toBe('bucket,figure,key,measure,value');
  });
});
