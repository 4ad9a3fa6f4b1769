import { addMonths, defaultPeriod, parseStatsQuery, quarterChoices, quarterEnd, quarterStart, statsSearch } from './query';

describe('statistics query', () => {
  const now = new Date(2026, 10, 23); // 23 November 2026, local time

  it('defaults to the last 8 calendar quarters up to and including the current one', () => {
    expect(defaultPeriod(now)).toEqual({ from: '2025-01', to: '2026-12' });
    expect(defaultPeriod(new Date(2026, 0, 1))).toEqual({ from: '2024-04', to: '2026-03' });
  });

  it.each`
    month        | start        | end
    ${'2025-01'} | ${'2025-01'} | ${'2025-03'}
    ${'2025-05'} | ${'2025-04'} | ${'2025-06'}
    ${'2025-09'} | ${'2025-07'} | ${'2025-09'}
    ${'2025-12'} | ${'2025-10'} | ${'2025-12'}
  `('$month is in the quarter $start..$end', ({ month, start, end }) => {
    expect(quarterStart(month)).toBe(start);
    expect(quarterEnd(month)).toBe(end);
  });

  it('offers whole quarters, newest first', () => {
    expect(quarterChoices(now, 1)).toEqual([
      { from: '2026-10', to: '2026-12' },
      { from: '2026-07', to: '2026-09' },
      { from: '2026-04', to: '2026-06' },
      { from: '2026-01', to: '2026-03' },
    ]);
  });

  it('moves months across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-11', -23)).toBe('2024-12');
  });

  it('reads the URL, falling back to defaults for missing or malformed values', () => {
    expect(parseStatsQuery('?from=2025-01&to=2025-12&split=quarter&scenario=proposed-365', now)).toEqual({
      from: '2025-01',
      to: '2025-12',
      split: 'quarter',
      scenario: 'proposed-365',
    });
    expect(parseStatsQuery('', now)).toEqual({ from: '2025-01', to: '2026-12', split: null, scenario: 'current' });
    // Months inside quarters widen to the whole quarters.
    expect(parseStatsQuery('?from=2025-02&to=2025-11', now)).toMatchObject({ from: '2025-01', to: '2025-12' });
    // A day is finer than the statistics allow; a 13th month or an unknown split is nonsense.
    expect(parseStatsQuery('?from=2025-01-15&to=2025-13&split=week&scenario=x', now)).toEqual({
      from: '2025-01',
      to: '2026-12',
      split: null,
      scenario: 'current',
    });
  });

  it('writes the API parameters, leaving out the defaults of split and scenario', () => {
    expect(statsSearch({ from: '2025-01', to: '2025-12', split: null, scenario: 'current' })).toBe('from=2025-01&to=2025-12');
    expect(statsSearch({ from: '2025-01', to: '2025-12', split: 'year', scenario: 'proposed-365' })).toBe(
      'from=2025-01&to=2025-12&split=year&scenario=proposed-365',
    );
    const query = { from: '2024-04', to: '2026-03', split: 'quarter' as const, scenario: 'proposed-365' as const };
    expect(parseStatsQuery(`?${statsSearch(query)}`, now)).toEqual(query);
  });
});
