import { bucketLabel, parseMonth, quarterLabels, resolveMonthPeriod, resolveQuarterPeriod, splitPeriod } from './month-period';
import { PeriodError } from './stats.errors';

describe('parseMonth', () => {
  it.each`
    value        | expected
    ${'2025-01'} | ${{ year: 2025, month: 1 }}
    ${'2026-12'} | ${{ year: 2026, month: 12 }}
    ${'1980-06'} | ${{ year: 1980, month: 6 }}
  `('$value', ({ value, expected }) => {
    expect(parseMonth(value)).toEqual(expected);
  });

  it.each`
    value                     | code
    ${'2025-03-15'}           | ${'PERIOD_TOO_FINE'}
    ${'2025-03-15T10:00:00Z'} | ${'PERIOD_TOO_FINE'}
    ${'2025-13'}              | ${'INVALID_MONTH'}
    ${'2025-00'}              | ${'INVALID_MONTH'}
    ${'2025-3'}               | ${'INVALID_MONTH'}
    ${'2025'}                 | ${'INVALID_MONTH'}
    ${'March 2025'}           | ${'INVALID_MONTH'}
    ${''}                     | ${'INVALID_MONTH'}
    ${undefined}              | ${'INVALID_MONTH'}
    ${202503}                 | ${'INVALID_MONTH'}
    ${'1979-12'}              | ${'PERIOD_OUT_OF_RANGE'}
    ${'2101-01'}              | ${'PERIOD_OUT_OF_RANGE'}
    ${'0025-01'}              | ${'PERIOD_OUT_OF_RANGE'}
  `('refuses $value with $code', ({ value, code }) => {
    expect(() => parseMonth(value, 'from')).toThrow(PeriodError);
    expect(() => parseMonth(value, 'from')).toThrow(expect.objectContaining({ code, field: 'from' }));
  });
});

describe('resolveMonthPeriod', () => {
  it.each`
    from         | to           | firstDay        | lastDay         | endExclusive    | months
    ${'2025-01'} | ${'2025-12'} | ${'2025-01-01'} | ${'2025-12-31'} | ${'2026-01-01'} | ${12}
    ${'2025-02'} | ${'2025-02'} | ${'2025-02-01'} | ${'2025-02-28'} | ${'2025-03-01'} | ${1}
    ${'2024-02'} | ${'2024-02'} | ${'2024-02-01'} | ${'2024-02-29'} | ${'2024-03-01'} | ${1}
    ${'2025-11'} | ${'2026-04'} | ${'2025-11-01'} | ${'2026-04-30'} | ${'2026-05-01'} | ${6}
    ${'2000-01'} | ${'2029-12'} | ${'2000-01-01'} | ${'2029-12-31'} | ${'2030-01-01'} | ${360}
  `('$from..$to → $firstDay..$lastDay', ({ from, to, firstDay, lastDay, endExclusive, months }) => {
    expect(resolveMonthPeriod({ from, to })).toEqual({
      fromMonth: from,
      toMonth: to,
      firstDay,
      lastDay,
      endExclusive,
      months,
    });
  });

  it.each`
    from            | to              | code                  | field
    ${'2025-06'}    | ${'2025-05'}    | ${'PERIOD_REVERSED'}  | ${'to'}
    ${'2000-01'}    | ${'2030-01'}    | ${'PERIOD_TOO_LONG'}  | ${'to'}
    ${'2025-06-01'} | ${'2025-07'}    | ${'PERIOD_TOO_FINE'}  | ${'from'}
    ${'2025-06'}    | ${'2025-07-31'} | ${'PERIOD_TOO_FINE'}  | ${'to'}
    ${undefined}    | ${'2025-07'}    | ${'INVALID_MONTH'}    | ${'from'}
    ${'2025-06'}    | ${'2025-99'}    | ${'INVALID_MONTH'}    | ${'to'}
  `('refuses $from..$to with $code on $field', ({ from, to, code, field }) => {
    expect(() => resolveMonthPeriod({ from, to })).toThrow(expect.objectContaining({ code, field }));
  });
});

describe('splitPeriod', () => {
  const summary = (from: string, to: string, size: 'year' | 'quarter' | 'month') =>
    splitPeriod({ from, to }, size).map((b) => `${b.label}=${b.fromMonth}..${b.toMonth}${b.partial ? '*' : ''}`);

  it.each`
    from         | to           | size         | expected
    ${'2025-01'} | ${'2025-12'} | ${'quarter'} | ${['2025-Q1=2025-01..2025-03', '2025-Q2=2025-04..2025-06', '2025-Q3=2025-07..2025-09', '2025-Q4=2025-10..2025-12']}
    ${'2025-02'} | ${'2025-11'} | ${'quarter'} | ${['2025-Q1=2025-02..2025-03*', '2025-Q2=2025-04..2025-06', '2025-Q3=2025-07..2025-09', '2025-Q4=2025-10..2025-11*']}
    ${'2025-05'} | ${'2025-05'} | ${'quarter'} | ${['2025-Q2=2025-05..2025-05*']}
    ${'2024-07'} | ${'2026-03'} | ${'year'}    | ${['2024=2024-07..2024-12*', '2025=2025-01..2025-12', '2026=2026-01..2026-03*']}
    ${'2025-01'} | ${'2025-12'} | ${'year'}    | ${['2025=2025-01..2025-12']}
    ${'2025-12'} | ${'2026-01'} | ${'quarter'} | ${['2025-Q4=2025-12..2025-12*', '2026-Q1=2026-01..2026-01*']}
    ${'2025-11'} | ${'2026-01'} | ${'month'}   | ${['2025-11=2025-11..2025-11', '2025-12=2025-12..2025-12', '2026-01=2026-01..2026-01']}
  `('$from..$to by $size', ({ from, to, size, expected }) => {
    expect(summary(from, to, size)).toEqual(expected);
  });

  it('gives each bucket its day bounds', () => {
    const [q1] = splitPeriod({ from: '2024-02', to: '2024-06' }, 'quarter');
    expect(q1).toMatchObject({ firstDay: '2024-02-01', lastDay: '2024-03-31', endExclusive: '2024-04-01', months: 2 });
  });

  it('validates the period first', () => {
    expect(() => splitPeriod({ from: '2025-06', to: '2025-01' }, 'year')).toThrow(
      expect.objectContaining({ code: 'PERIOD_REVERSED' }),
    );
  });
});

describe('bucketLabel', () => {
  it.each`
    date            | size         | expected
    ${'2025-01-01'} | ${'quarter'} | ${'2025-Q1'}
    ${'2025-03-31'} | ${'quarter'} | ${'2025-Q1'}
    ${'2025-04-01'} | ${'quarter'} | ${'2025-Q2'}
    ${'2025-12-31'} | ${'quarter'} | ${'2025-Q4'}
    ${'2025-07-15'} | ${'year'}    | ${'2025'}
    ${'2025-07-15'} | ${'month'}   | ${'2025-07'}
    ${'2025-07'}    | ${'quarter'} | ${'2025-Q3'}
  `('$date by $size → $expected', ({ date, size, expected }) => {
    expect(bucketLabel(date, size)).toBe(expected);
  });
});

describe('resolveQuarterPeriod', () => {
  it.each`
    from         | to           | quarters
    ${'2025-01'} | ${'2025-03'} | ${['2025-Q1']}
    ${'2025-04'} | ${'2026-03'} | ${['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']}
    ${'2024-10'} | ${'2024-12'} | ${['2024-Q4']}
  `('$from..$to is whole quarters: $quarters', ({ from, to, quarters }) => {
    expect(resolveQuarterPeriod({ from, to })).toMatchObject({ fromMonth: from, toMonth: to });
    expect(quarterLabels({ from, to })).toEqual(quarters);
  });
  it.each`
    from         | to           | code                   | field
    ${'2025-02'} | ${'2025-03'} | ${'NOT_WHOLE_QUARTER'} | ${'from'}
    ${'2025-01'} | ${'2025-05'} | ${'NOT_WHOLE_QUARTER'} | ${'to'}
    ${'2025-12'} | ${'2025-12'} | ${'NOT_WHOLE_QUARTER'} | ${'from'}
    ${'2025-04'} | ${'2025-03'} | ${'PERIOD_REVERSED'}   | ${'to'}
    ${'2025-04-01'} | ${'2025-06'} | ${'PERIOD_TOO_FINE'} | ${'from'}
  `('refuses $from..$to with $code on $field', ({ from, to, code, field }) => {
    expect(() => resolveQuarterPeriod({ from, to })).toThrow(expect.objectContaining({ code, field }));
  });
});
