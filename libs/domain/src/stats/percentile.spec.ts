import { percentile, summarizeWaits } from './percentile';
import { StatsInputError } from './stats.errors';

// Expected values worked by hand with PostgreSQL's percentile_cont rule:
// position = p * (n - 1), then linear interpolation between the two neighbouring values.
describe('percentile (PostgreSQL percentile_cont semantics)', () => {
  it.each`
    values                                 | p       | expected | work
    ${[]}                                  | ${0.5}  | ${null}  | ${'empty set gives null, as SQL'}
    ${[7]}                                 | ${0.5}  | ${7}     | ${'single value'}
    ${[7]}                                 | ${0.9}  | ${7}     | ${'single value, any p'}
    ${[1, 2, 3, 4]}                        | ${0}    | ${1}     | ${'p=0 is the minimum'}
    ${[1, 2, 3, 4]}                        | ${1}    | ${4}     | ${'p=1 is the maximum'}
    ${[1, 2, 3, 4]}                        | ${0.5}  | ${2.5}   | ${'pos 1.5: 2 + 0.5*(3-2)'}
    ${[1, 2, 3, 4]}                        | ${0.25} | ${1.75}  | ${'pos 0.75: 1 + 0.75*(2-1)'}
    ${[1, 2, 3, 4]}                        | ${0.75} | ${3.25}  | ${'pos 2.25: 3 + 0.25*(4-3)'}
    ${[1, 2, 3, 4]}                        | ${0.9}  | ${3.7}   | ${'pos 2.7: 3 + 0.7*(4-3)'}
    ${[10, 20, 30, 40, 50]}                | ${0.5}  | ${30}    | ${'odd n, median is the middle value'}
    ${[10, 20, 30, 40, 50]}                | ${0.9}  | ${46}    | ${'pos 3.6: 40 + 0.6*10'}
    ${[100, 150, 200, 400, 1000]}          | ${0.9}  | ${760}   | ${'pos 3.6: 400 + 0.6*600'}
    ${[5, 5, 5, 10]}                       | ${0.5}  | ${5}     | ${'pos 1.5 between two equal values'}
    ${[5, 5, 5, 10]}                       | ${0.9}  | ${8.5}   | ${'pos 2.7: 5 + 0.7*5'}
    ${[0, 1]}                              | ${0.25} | ${0.25}  | ${'pos 0.25: 0 + 0.25*1'}
    ${[-10, 10]}                           | ${0.5}  | ${0}     | ${'negative values interpolate too'}
  `('$work', ({ values, p, expected }) => {
    const result = percentile(values, p);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });

  it.each`
    values       | p       | code
    ${[1, 2]}    | ${-0.1} | ${'PERCENTILE_OUT_OF_RANGE'}
    ${[1, 2]}    | ${1.5}  | ${'PERCENTILE_OUT_OF_RANGE'}
    ${[1, 2]}    | ${NaN}  | ${'PERCENTILE_OUT_OF_RANGE'}
    ${[2, 1]}    | ${0.5}  | ${'VALUES_NOT_SORTED'}
    ${[1, NaN]}  | ${0.5}  | ${'INVALID_VALUE'}
    ${[1, Infinity]} | ${0.5} | ${'INVALID_VALUE'}
  `('refuses $values at p=$p with $code', ({ values, p, code }) => {
    expect(() => percentile(values, p)).toThrow(expect.objectContaining({ code }));
    expect(() => percentile(values, p)).toThrow(StatsInputError);
  });
});

describe('summarizeWaits', () => {
  it.each`
    scenario                               | values                                                           | n     | median  | p25     | p75     | p90
    ${'no waits'}                          | ${[]}                                                            | ${0}  | ${null} | ${null} | ${null} | ${null}
    ${'eleven waits, unsorted input'}      | ${[700, 180, 365, 250, 600, 200, 420, 210, 500, 300, 400]}       | ${11} | ${365}  | ${230}  | ${460}  | ${600}
    ${'sorted numerically, not as text'}   | ${[9, 100, 20]}                                                  | ${3}  | ${20}   | ${14.5} | ${60}   | ${84}
    ${'four waits'}                        | ${[4, 1, 3, 2]}                                                  | ${4}  | ${2.5}  | ${1.75} | ${3.25} | ${3.7}
  `('$scenario', ({ values, n, median, p25, p75, p90 }) => {
    const summary = summarizeWaits(values);
    expect(summary.n).toBe(n);
    for (const [key, expected] of Object.entries({ median, p25, p75, p90 })) {
      const actual = summary[key as 'median'];
      if (expected === null) expect(actual).toBeNull();
      else expect(actual).toBeCloseTo(expected as number, 10);
    }
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    summarizeWaits(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
