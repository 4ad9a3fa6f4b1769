import { clockDaysOn, dateWhenClockReaches, normalizeStops, StopInput, stoppedDaysWithin } from './clock-stops';

// Expected dates computed independently with node's Date (e.g. 2026-01-05 + 190 days = 2026-07-14).
const START = '2026-01-05';

describe('normalizeStops', () => {
  it.each<[string, StopInput[], string, { from: string; to: string | null; days: number }[]]>([
    ['no stops', [], '2026-12-31', []],
    ['one closed stop', [{ from: '2026-03-01', to: '2026-03-31' }], '2026-12-31', [{ from: '2026-03-01', to: '2026-03-31', days: 30 }]],
    [
      'overlapping stops merge',
      [{ from: '2026-03-15', to: '2026-04-10' }, { from: '2026-03-01', to: '2026-03-31' }],
      '2026-12-31',
      [{ from: '2026-03-01', to: '2026-04-10', days: 40 }],
    ],
    [
      'a stop inside another',
      [{ from: '2026-03-01', to: '2026-04-01' }, { from: '2026-03-10', to: '2026-03-20' }],
      '2026-12-31',
      [{ from: '2026-03-01', to: '2026-04-01', days: 31 }],
    ],
    [
      'touching stops join',
      [{ from: '2026-03-01', to: '2026-03-11' }, { from: '2026-03-11', to: '2026-03-21' }],
      '2026-12-31',
      [{ from: '2026-03-01', to: '2026-03-21', days: 20 }],
    ],
    ['a stop entirely before the start is dropped', [{ from: '2025-12-01', to: '2025-12-20' }], '2026-12-31', []],
    ['a stop straddling the start is clipped', [{ from: '2025-12-20', to: '2026-01-15' }], '2026-12-31', [{ from: '2026-01-05', to: '2026-01-15', days: 10 }]],
    ['an open stop runs to asOf', [{ from: '2026-03-01', to: null }], '2026-04-01', [{ from: '2026-03-01', to: null, days: 31 }]],
    ['an open stop begun today has 0 days so far', [{ from: '2026-04-01', to: null }], '2026-04-01', [{ from: '2026-04-01', to: null, days: 0 }]],
    ['a resume date after asOf keeps the stop open', [{ from: '2026-03-01', to: '2026-05-01' }], '2026-04-01', [{ from: '2026-03-01', to: null, days: 31 }]],
    ['a stop starting after asOf is ignored', [{ from: '2026-05-01', to: '2026-05-10' }], '2026-04-01', []],
    ['a zero-length stop is ignored', [{ from: '2026-03-01', to: '2026-03-01' }], '2026-12-31', []],
    ['an inverted stop is ignored', [{ from: '2026-03-10', to: '2026-03-01' }], '2026-12-31', []],
    [
      'an open stop swallows a later closed one',
      [{ from: '2026-03-01', to: null }, { from: '2026-03-10', to: '2026-03-20' }],
      '2026-04-01',
      [{ from: '2026-03-01', to: null, days: 31 }],
    ],
  ])('%s', (_name, stops, asOf, expected) => {
    expect(normalizeStops(stops, START, asOf)).toEqual(expected);
  });
});

describe('clockDaysOn / stoppedDaysWithin', () => {
  const stops = normalizeStops([{ from: '2026-03-01', to: '2026-03-31' }], START, '2026-12-31');
  it.each([
    ['2026-01-05', 0, 0],
    ['2026-01-01', 0, 0],
    ['2026-03-01', 55, 0],
    ['2026-03-15', 55, 14],
    ['2026-03-31', 55, 30],
    ['2026-07-04', 150, 30],
    ['2026-08-03', 180, 30],
  ])('on %s: %i clock days, %i stopped', (date, clockDays, stopped) => {
    expect(clockDaysOn(START, stops, date)).toBe(clockDays);
    if (date >= START) expect(stoppedDaysWithin(stops, START, date)).toBe(stopped);
  });
});

describe('dateWhenClockReaches', () => {
  it.each<[string, StopInput[], string, number, string, number]>([
    ['guide example, no stops, 150', [], '2026-12-31', 150, '2026-06-04', 0],
    ['guide example, no stops, 180', [], '2026-12-31', 180, '2026-07-04', 0],
    ['guide example, 30-day stop, 150', [{ from: '2026-03-01', to: '2026-03-31' }], '2026-12-31', 150, '2026-07-04', 30],
    ['guide example, 30-day stop, 180', [{ from: '2026-03-01', to: '2026-03-31' }], '2026-12-31', 180, '2026-08-03', 30],
    ['stop after the target does not move it', [{ from: '2026-06-10', to: '2026-06-20' }], '2026-12-31', 150, '2026-06-04', 0],
    ['stop beginning on the target day does not move it', [{ from: '2026-06-04', to: '2026-06-14' }], '2026-12-31', 150, '2026-06-04', 0],
    ['stop beginning the day before moves it', [{ from: '2026-06-03', to: '2026-06-13' }], '2026-12-31', 150, '2026-06-14', 10],
    ['stop after 150 moves 180', [{ from: '2026-06-10', to: '2026-06-20' }], '2026-12-31', 180, '2026-07-14', 10],
    [
      'a stop pushed into range by an earlier one counts too',
      [{ from: '2026-03-01', to: '2026-03-31' }, { from: '2026-06-20', to: '2026-06-30' }],
      '2026-12-31',
      150,
      '2026-07-14',
      40,
    ],
    [
      'overlapping stops counted once',
      [{ from: '2026-03-01', to: '2026-03-31' }, { from: '2026-03-15', to: '2026-04-10' }],
      '2026-12-31',
      150,
      '2026-07-14',
      40,
    ],
    ['open stop after the target is irrelevant', [{ from: '2026-06-10', to: null }], '2026-06-20', 150, '2026-06-04', 0],
  ])('%s', (_name, stopInputs, asOf, days, expected, stoppedDays) => {
    const stops = normalizeStops(stopInputs, START, asOf);
    expect(dateWhenClockReaches(START, stops, days)).toEqual({ kind: 'date', date: expected, stoppedDays });
  });

  it.each<[string, StopInput[], string, number, string, number]>([
    ['open stop before 150', [{ from: '2026-03-01', to: null }], '2026-04-01', 150, '2026-03-01', 55],
    ['open stop between 150 and 180', [{ from: '2026-06-10', to: null }], '2026-06-20', 180, '2026-06-10', 156],
    ['resume planned after asOf', [{ from: '2026-03-01', to: '2026-05-01' }], '2026-04-01', 150, '2026-03-01', 55],
  ])('%s → not yet knowable', (_name, stopInputs, asOf, days, stoppedSince, clockDaysAtStop) => {
    const stops = normalizeStops(stopInputs, START, asOf);
    expect(dateWhenClockReaches(START, stops, days)).toEqual({ kind: 'stopped', stoppedSince, clockDaysAtStop });
  });
});
