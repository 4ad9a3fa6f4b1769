import { PERTURBATION_NOISES } from './cell-key';
import { jitteredQuantiles, perturbCount, publishCount, publishPercentile, publishShare, publishTable, shareFraction, type CountCell } from './disclosure';
import { HISTOGRAM_BINS, histogramBin } from './histogram-bins';

/** A quarter's part: n people with record keys k, k+1, … (distinct per figure via `salt`). */
const part = (n: number, coverN: number, salt = 0) => ({
  members: { n, keySum: Array.from({ length: n }, (_, i) => 1_000_003 * (i + 1) + salt).reduce((s, k) => s + k, 0) },
  cover: { n: coverN, keySum: Array.from({ length: coverN }, (_, i) => 1_000_003 * (i + 1)).reduce((s, k) => s + k, 0) },
});
const cell = (figure: string, ...parts: [number, number][]): CountCell => ({ figure, parts: parts.map(([n, c], i) => part(n, c, i)) });

describe('perturbCount', () => {
  it.each`
    scenario                       | input
    ${'one quarter'}               | ${cell('clients', [30, 30])}
    ${'four quarters'}             | ${cell('homeless', [5, 30], [7, 25], [0, 20], [9, 31])}
    ${'small parts'}               | ${cell('shelter', [1, 30], [1, 25], [1, 20])}
  `('adds at most 3 per non-empty quarter, and always the same: $scenario', ({ input }) => {
    const a = perturbCount(input);
    const nonEmpty = input.parts.filter((p: { cover: { n: number } }) => p.cover.n > 0).length;
    expect(a.trueCount).toBe(input.parts.reduce((s: number, p: { members: { n: number } }) => s + p.members.n, 0));
    expect(Math.abs(a.value - a.trueCount)).toBeLessThanOrEqual(Math.max(3 * nonEmpty, 0));
    expect(perturbCount(input)).toEqual(a);
  });

  it('adds nothing where nobody is covered, and never publishes a negative count', () => {
    expect(perturbCount(cell('x', [0, 0], [0, 0]))).toEqual({ trueCount: 0, value: 0 });
    for (let n = 10; n < 40; n++) expect(perturbCount(cell('x', [0, n])).value).toBeGreaterThanOrEqual(0);
  });

  it('is additive over quarters: a longer period sums the same quarter noises', () => {
    const q1 = cell('homeless', [12, 40]);
    const q2 = { figure: 'homeless', parts: [part(15, 44, 1)] };
    const both = { figure: 'homeless', parts: [...q1.parts, ...q2.parts] };
    expect(perturbCount(both).value).toBe(perturbCount(q1).value + perturbCount(q2).value);
  });

  it('redraws when one person is added to the quarter, even to a figure they are not in', () => {
    const draws = new Set<number>();
    for (let coverN = 30; coverN < 60; coverN++) draws.add(perturbCount({ figure: 'homeless', parts: [part(12, coverN)] }).value);
    expect(draws.size).toBeGreaterThan(2);
  });
});

describe('publishCount', () => {
  it.each`
    n     | minCell | suppressed
    ${10} | ${11}   | ${true}
    ${11} | ${11}   | ${false}
    ${4}  | ${5}    | ${true}
    ${5}  | ${5}    | ${false}
    ${0}  | ${5}    | ${true}
  `('$n people with minCell $minCell: suppressed $suppressed (decided on the true count)', ({ n, minCell, suppressed }) => {
    const out = publishCount(cell('clients', [n, 40]), minCell);
    expect(out.suppressed).toBe(suppressed);
    if (suppressed) expect(out.count).toBeNull();
    else expect(Math.abs((out.count as number) - n)).toBeLessThanOrEqual(3);
  });

  it('refuses a minimum cell below 5', () => {
    expect(() => publishCount(cell('clients', [20, 20]), 3)).toThrow(expect.objectContaining({ code: 'MIN_CELL_TOO_SMALL' }));
  });
});

describe('publishShare', () => {
  it.each`
    scenario                                  | count | base  | suppressed
    ${'shown'}                                | ${20} | ${60} | ${false}
    ${'count below minCell'}                  | ${10} | ${60} | ${true}
    ${'complement below minCell'}             | ${52} | ${60} | ${true}
    ${'base below minCell'}                   | ${10} | ${10} | ${true}
    ${'everyone has it'}                      | ${30} | ${30} | ${true}
  `('$scenario', ({ count, base, suppressed }) => {
    const c = cell('homeless', [count, base]);
    const b = cell('clients', [base, base]);
    const out = publishShare(c, b, 11);
    expect(out.suppressed).toBe(suppressed);
    if (!suppressed) expect(out.share).toBe(shareFraction(out.count as number, perturbCount(b).value));
    else expect(out).toEqual({ count: null, share: null, suppressed: true });
  });

  it('refuses a count larger than its base', () => {
    expect(() => publishShare(cell('a', [20, 20]), cell('b', [15, 20]), 11)).toThrow(expect.objectContaining({ code: 'COUNT_EXCEEDS_TOTAL' }));
  });
});

describe('publishTable', () => {
  it.each`
    scenario                                          | counts                | hidden
    ${'nothing small'}                                | ${[20, 30, 40]}       | ${[]}
    ${'one small cell gets a complementary partner'}  | ${[3, 30, 40]}        | ${['c0', 'c1']}
    ${'two small cells that together reach minCell'}  | ${[6, 6, 40]}         | ${['c0', 'c1']}
    ${'two tiny cells need a third'}                  | ${[3, 2, 40, 50]}     | ${['c0', 'c1', 'c2']}
    ${'an empty cell is hidden like a small one'}     | ${[0, 3, 40, 50]}     | ${['c0', 'c1', 'c2']}
  `('$scenario', ({ counts, hidden }) => {
    const cells = counts.map((n: number, i: number) => cell(`c${i}`, [n, 100]));
    const total = cell('total', [counts.reduce((s: number, n: number) => s + n, 0), 100]);
    const out = publishTable(cells, 11, total);
    expect(out.cells.filter((c) => c.suppressed).map((c) => c.key)).toEqual(hidden);
    for (const c of out.cells) if (!c.suppressed) expect(c.count).toBe(perturbCount(cells.find((x: CountCell) => x.figure === c.key) as CountCell).value);
    expect(out.total?.count).toBe(perturbCount(total).value);
  });

  it('hides every cell, zeros too, when the total has too few people', () => {
    const out = publishTable([cell('a', [0, 8]), cell('b', [8, 8])], 11, cell('total', [8, 8]));
    expect(out.cells.every((c) => c.suppressed && c.count === null)).toBe(true);
    expect(out.total).toEqual({ count: null, suppressed: true });
  });
});

describe('percentiles', () => {
  it.each`
    p      | expected
    ${0.5} | ${[0.47, 0.48, 0.49, 0.5, 0.51, 0.52, 0.53]}
    ${0.9} | ${[0.87, 0.88, 0.89, 0.9, 0.91, 0.92, 0.93]}
    ${0}   | ${[0, 0, 0, 0, 0.01, 0.02, 0.03]}
  `('jitters $p by the table: $expected', ({ p, expected }) => {
    expect(jitteredQuantiles(p, PERTURBATION_NOISES)).toEqual(expected);
  });

  const values = [190, 195, 200, 203, 210, 215, 220];
  it.each`
    name        | n     | index | expected | why
    ${'median'} | ${19} | ${3}  | ${null}  | ${'fewer than 20 people'}
    ${'median'} | ${20} | ${3}  | ${203}   | ${'20 people: the unmoved quantile, 203 days is 29 weeks'}
    ${'median'} | ${20} | ${0}  | ${189}   | ${'moved down: 190 days → 27 weeks'}
    ${'median'} | ${20} | ${6}  | ${217}   | ${'moved up: 220 days → 31 weeks'}
    ${'p90'}    | ${49} | ${3}  | ${null}  | ${'p90 needs 50 people'}
    ${'p90'}    | ${50} | ${3}  | ${203}   | ${'p90 from 50 people'}
    ${'p25'}    | ${30} | ${1}  | ${196}   | ${'195 days → 28 weeks'}
  `('$name: $why', ({ name, n, index, expected }) => {
    expect(publishPercentile(name, { n, values }, index, 11)).toBe(expected);
  });

  it('never goes below the minimum cell', () => {
    expect(publishPercentile('median', { n: 25, values }, 3, 30)).toBeNull();
  });
});

describe('histogram bins', () => {
  it.each`
    months | bin
    ${0}   | ${'0-3'}
    ${2}   | ${'0-3'}
    ${3}   | ${'3-6'}
    ${8}   | ${'6-9'}
    ${11}  | ${'9-12'}
    ${12}  | ${'12-18'}
    ${17}  | ${'12-18'}
    ${18}  | ${'18+'}
    ${60}  | ${'18+'}
  `('$months months → $bin', ({ months, bin }) => {
    expect(histogramBin(months)).toBe(bin);
  });

  it('are in order', () => {
    expect(HISTOGRAM_BINS.map((b) => b.fromMonths)).toEqual([0, 3, 6, 9, 12, 18]);
  });
});
