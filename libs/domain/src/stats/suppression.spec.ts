import { StatsConfigError } from './stats.errors';
import { shareOf, suppressFigure, validateMinCell } from './suppression';

describe('validateMinCell', () => {
  it.each`
    value         | expected
    ${undefined}  | ${11}
    ${null}       | ${11}
    ${''}         | ${11}
    ${11}         | ${11}
    ${5}          | ${5}
    ${'20'}       | ${20}
    ${' 7 '}      | ${7}
  `('$value → $expected', ({ value, expected }) => {
    expect(validateMinCell(value)).toBe(expected);
  });

  it.each`
    value       | code
    ${4}        | ${'MIN_CELL_TOO_SMALL'}
    ${0}        | ${'MIN_CELL_TOO_SMALL'}
    ${-3}       | ${'MIN_CELL_TOO_SMALL'}
    ${'1'}      | ${'MIN_CELL_TOO_SMALL'}
    ${'eleven'} | ${'MIN_CELL_INVALID'}
    ${'11.5'}   | ${'MIN_CELL_INVALID'}
    ${10.5}     | ${'MIN_CELL_INVALID'}
    ${'-3'}     | ${'MIN_CELL_INVALID'}
    ${NaN}      | ${'MIN_CELL_INVALID'}
    ${true}     | ${'MIN_CELL_INVALID'}
  `('refuses $value with $code', ({ value, code }) => {
    expect(() => validateMinCell(value)).toThrow(StatsConfigError);
    expect(() => validateMinCell(value)).toThrow(expect.objectContaining({ code }));
  });
});

describe('suppressFigure', () => {
  const waits = (n: number) => ({ n, median: 200.5, p25: 150, p75: 260, p90: 301.2 });

  it.each`
    scenario                                 | figure       | minCell | expected
    ${'10 people with minCell 11: hidden'}   | ${waits(10)} | ${11}   | ${{ n: null, median: null, p25: null, p75: null, p90: null, suppressed: true }}
    ${'11 people with minCell 11: shown'}    | ${waits(11)} | ${11}   | ${{ n: 10, median: 200.5, p25: 150, p75: 260, p90: 301.2, suppressed: false }}
    ${'a median of 4 waits is suppressed'}   | ${waits(4)}  | ${5}    | ${{ n: null, median: null, p25: null, p75: null, p90: null, suppressed: true }}
    ${'minCell 5: 5 people shown'}           | ${waits(5)}  | ${5}    | ${{ n: 5, median: 200.5, p25: 150, p75: 260, p90: 301.2, suppressed: false }}
    ${'nobody: hidden'}                      | ${waits(0)}  | ${11}   | ${{ n: null, median: null, p25: null, p75: null, p90: null, suppressed: true }}
    ${'n rounded, percentiles stay exact'}   | ${waits(23)} | ${11}   | ${{ n: 25, median: 200.5, p25: 150, p75: 260, p90: 301.2, suppressed: false }}
    ${'null figures pass through'}           | ${{ n: 12, median: null }} | ${11} | ${{ n: 10, median: null, suppressed: false }}
  `('$scenario', ({ figure, minCell, expected }) => {
    expect(suppressFigure(figure, { minCell })).toEqual(expected);
  });

  it.each`
    scenario                        | figure                                      | expected
    ${'extra count keys rounded'}   | ${{ n: 37, stillWaiting: 12, days: 91 }}    | ${{ n: 35, stillWaiting: 10, days: 91, suppressed: false }}
    ${'hidden when n is small'}     | ${{ n: 9, stillWaiting: 12, days: 91 }}     | ${{ n: null, stillWaiting: null, days: null, suppressed: true }}
  `('countKeys: $scenario', ({ figure, expected }) => {
    expect(suppressFigure(figure, { minCell: 11, countKeys: ['stillWaiting'] })).toEqual(expected);
  });

  it('refuses a minimum cell size below 5', () => {
    expect(() => suppressFigure(waits(3), { minCell: 3 })).toThrow(
      expect.objectContaining({ code: 'MIN_CELL_TOO_SMALL' }),
    );
  });
});

describe('shareOf', () => {
  it.each`
    scenario                                            | count | total  | options                           | expected
    ${'shown: rounded count over rounded total'}        | ${24} | ${52}  | ${{}}                             | ${{ count: 25, share: 0.5, suppressed: false }}
    ${'count 10 with minCell 11: hidden'}               | ${10} | ${100} | ${{}}                             | ${{ count: null, share: null, suppressed: true }}
    ${'count 11 with minCell 11: shown'}                | ${11} | ${100} | ${{}}                             | ${{ count: 10, share: 0.1, suppressed: false }}
    ${'total below minCell: hidden'}                    | ${10} | ${10}  | ${{}}                             | ${{ count: null, share: null, suppressed: true }}
    ${'complement of 10 derivable: hidden'}             | ${40} | ${50}  | ${{}}                             | ${{ count: null, share: null, suppressed: true }}
    ${'complement of 11: shown'}                        | ${39} | ${50}  | ${{}}                             | ${{ count: 40, share: 0.8, suppressed: false }}
    ${'everyone has it (complement 0): hidden'}         | ${30} | ${30}  | ${{}}                             | ${{ count: null, share: null, suppressed: true }}
    ${'complement check can be turned off'}             | ${30} | ${30}  | ${{ protectComplement: false }}   | ${{ count: 30, share: 1, suppressed: false }}
    ${'nobody has it: hidden (0 is below minCell)'}     | ${0}  | ${30}  | ${{}}                             | ${{ count: null, share: null, suppressed: true }}
    ${'exact basis uses the unrounded ratio'}           | ${12} | ${48}  | ${{ basis: 'exact' }}             | ${{ count: 10, share: 0.25, suppressed: false }}
  `('$scenario', ({ count, total, options, expected }) => {
    expect(shareOf(count, total, 11, options)).toEqual(expected);
  });

  it.each`
    count | total | minCell | code
    ${12} | ${11} | ${11}   | ${'COUNT_EXCEEDS_TOTAL'}
    ${-1} | ${11} | ${11}   | ${'INVALID_COUNT'}
    ${12} | ${50} | ${2}    | ${'MIN_CELL_TOO_SMALL'}
  `('refuses count=$count total=$total minCell=$minCell with $code', ({ count, total, minCell, code }) => {
    expect(() => shareOf(count, total, minCell)).toThrow(expect.objectContaining({ code }));
  });
});
