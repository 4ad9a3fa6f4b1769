import { roundCount } from './rounding';

describe('roundCount', () => {
  it.each`
    n       | base         | expected | why
    ${0}    | ${undefined} | ${0}     | ${'zero stays zero'}
    ${1}    | ${undefined} | ${0}     | ${'remainder 1 rounds down'}
    ${2}    | ${undefined} | ${0}     | ${'remainder 2 rounds down'}
    ${3}    | ${undefined} | ${5}     | ${'remainder 3 rounds up'}
    ${5}    | ${undefined} | ${5}     | ${'a multiple is unchanged'}
    ${10}   | ${undefined} | ${10}    | ${'minCell-1 with minCell 11 (would be suppressed anyway)'}
    ${11}   | ${undefined} | ${10}    | ${'the smallest shown count with minCell 11'}
    ${12}   | ${undefined} | ${10}    | ${'12 → 10'}
    ${13}   | ${undefined} | ${15}    | ${'13 → 15'}
    ${14}   | ${undefined} | ${15}    | ${'14 → 15'}
    ${1002} | ${undefined} | ${1000}  | ${'large counts'}
    ${15}   | ${10}        | ${20}    | ${'exact half rounds up with an even base'}
    ${14}   | ${10}        | ${10}    | ${'below half rounds down'}
    ${7}    | ${1}         | ${7}     | ${'base 1 is the identity'}
  `('$n (base $base) → $expected: $why', ({ n, base, expected }) => {
    expect(roundCount(n, base)).toBe(expected);
  });

  it.each`
    n       | base  | code
    ${-1}   | ${5}  | ${'INVALID_COUNT'}
    ${2.5}  | ${5}  | ${'INVALID_COUNT'}
    ${NaN}  | ${5}  | ${'INVALID_COUNT'}
    ${10}   | ${0}  | ${'INVALID_BASE'}
    ${10}   | ${2.5} | ${'INVALID_BASE'}
  `('refuses n=$n base=$base with $code', ({ n, base, code }) => {
    expect(() => roundCount(n, base)).toThrow(expect.objectContaining({ code }));
  });
});
