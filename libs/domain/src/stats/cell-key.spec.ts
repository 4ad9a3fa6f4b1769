import { MAX_PERTURBATION, PERTURBATION_TABLE, RECORD_KEY_LIMIT, cellKey, noiseIndex, partNoise, perturbationFor, roundToWeek } from './cell-key';

const group = (n: number, keySum: number) => ({ n, keySum });

describe('the perturbation table', () => {
  it('is a probability distribution with zero mean, variance 1.5 and bound 3', () => {
    expect(PERTURBATION_TABLE.reduce((s, e) => s + e.hundredths, 0)).toBe(100);
    expect(PERTURBATION_TABLE.reduce((s, e) => s + e.noise * e.hundredths, 0)).toBe(0);
    expect(PERTURBATION_TABLE.reduce((s, e) => s + e.noise ** 2 * e.hundredths, 0) / 100).toBeCloseTo(1.5, 10);
    expect(MAX_PERTURBATION).toBe(3);
  });

  it.each`
    key       | noise
    ${0}      | ${-3}
    ${0.029}  | ${-3}
    ${0.03}   | ${-2}
    ${0.099}  | ${-2}
    ${0.1}    | ${-1}
    ${0.299}  | ${-1}
    ${0.3}    | ${0}
    ${0.699}  | ${0}
    ${0.7}    | ${1}
    ${0.9}    | ${2}
    ${0.97}   | ${3}
    ${0.9999} | ${3}
  `('cell key $key → noise $noise', ({ key, noise }) => {
    expect(perturbationFor(key)).toBe(noise);
  });

  it.each([[-0.1], [1], [NaN]])('refuses the cell key %p', (key) => {
    expect(() => perturbationFor(key)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
  });

  it.each`
    noise | index
    ${-3} | ${0}
    ${0}  | ${3}
    ${3}  | ${6}
  `('noise $noise is at index $index', ({ noise, index }) => {
    expect(noiseIndex(noise)).toBe(index);
  });
});

describe('cellKey', () => {
  const base = { members: group(12, 12 * 1_000_000_007), cover: group(40, 40 * 987_654_321), figure: 'homeless' };

  it.each`
    change                                 | other
    ${'another figure'}                    | ${{ ...base, figure: 'advancedDegree' }}
    ${'one member more'}                   | ${{ ...base, members: group(13, 13 * 1_000_000_007 + 5) }}
    ${'the same members, one more person covered'} | ${{ ...base, cover: group(41, 40 * 987_654_321 + 77) }}
    ${'a member changed (another key)'}    | ${{ ...base, members: group(12, 12 * 1_000_000_007 + 1) }}
  `('changes with $change', ({ other }) => {
    expect(cellKey(other)).not.toBe(cellKey(base));
  });

  it('is the same for the same people and figure', () => {
    expect(cellKey({ ...base })).toBe(cellKey(base));
  });

  it('spreads random record keys evenly over the table (chi-square on 20,000 draws)', () => {
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % RECORD_KEY_LIMIT;
    const counts = new Map<number, number>();
    const draws = 20_000;
    for (let i = 0; i < draws; i++) {
      const members = group(3, next() + next() + next());
      const noise = perturbationFor(cellKey({ members, cover: group(30, members.keySum + next() * 27), figure: 'clients' }));
      counts.set(noise, (counts.get(noise) ?? 0) + 1);
    }
    const chi = PERTURBATION_TABLE.reduce((s, e) => {
      const expected = (draws * e.hundredths) / 100;
      return s + ((counts.get(e.noise) ?? 0) - expected) ** 2 / expected;
    }, 0);
    expect(chi).toBeLessThan(22.46); // 6 degrees of freedom, p = 0.001
    const mean = [...counts].reduce((s, [noise, c]) => s + noise * c, 0) / draws;
    expect(Math.abs(mean)).toBeLessThan(0.05);
  });

  it.each`
    members                | cover             | why
    ${group(-1, 0)}        | ${group(1, 5)}    | ${'a negative count'}
    ${group(1, 2 ** 31)}   | ${group(1, 5)}    | ${'a key sum larger than n keys can reach'}
    ${group(1.5, 3)}       | ${group(1, 5)}    | ${'a fractional count'}
    ${group(1, 3)}         | ${group(2, -1)}   | ${'a negative key sum'}
  `('refuses $why', ({ members, cover }) => {
    expect(() => cellKey({ members, cover, figure: 'x' })).toThrow();
  });

  it('gives a quarter with nobody in it no noise', () => {
    expect(partNoise({ members: group(0, 0), cover: group(0, 0), figure: 'homeless' })).toBe(0);
  });

  it('gives an empty part of a populated quarter noise, redrawn when the quarter changes', () => {
    const draws = new Set<number>();
    for (let n = 20; n < 60; n++) draws.add(partNoise({ members: group(0, 0), cover: group(n, n * 7_777_777), figure: 'homeless' }));
    expect(draws.size).toBeGreaterThan(2);
  });
});

describe('roundToWeek', () => {
  it.each`
    days     | weeks
    ${0}     | ${0}
    ${3}     | ${0}
    ${3.5}   | ${7}
    ${4}     | ${7}
    ${10}    | ${7}
    ${11}    | ${14}
    ${180}   | ${182}
    ${364.5} | ${364}
  `('$days days → $weeks', ({ days, weeks }) => {
    expect(roundToWeek(days)).toBe(weeks);
  });
});
