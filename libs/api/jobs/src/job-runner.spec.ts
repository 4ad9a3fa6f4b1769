import { describeError, dueRunKey } from './job-runner';

describe('dueRunKey (the run a schedule calls for, in the organization\'s time zone)', () => {
  it.each<[string, Parameters<typeof dueRunKey>[0], string, string | null]>([
    // 11:30 UTC is 06:30 in New York (EST): a 7 o'clock daily job is not due yet.
    ['daily, before its hour', { every: 'day', atHour: 7 }, '2026-11-30T11:30:00Z', null],
    ['daily, from its hour', { every: 'day', atHour: 7 }, '2026-11-30T12:00:00Z', '2026-11-30'],
    // 03:00 UTC on Dec 1 is still Nov 30 in New York.
    ['daily, the local date, not UTC\'s', { every: 'day', atHour: 7 }, '2026-12-01T03:00:00Z', '2026-11-30'],
    ['hourly', { every: 'hour' }, '2026-11-30T19:05:00Z', '2026-11-30T14'],
    ['hourly at local midnight', { every: 'hour' }, '2026-12-01T05:00:00Z', '2026-12-01T00'],
  ])('%s', (_name, schedule, now, expected) => {
    expect(dueRunKey(schedule, 'America/New_York', new Date(now))).toBe(expected);
  });
});

describe('describeError (what a run records: never a message)', () => {
  it.each([
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525 for someone@example.org'), { code: 'ECONNREFUSED' }), 'Error:ECONNREFUSED'],
    [new TypeError('Cannot read Ivanova'), 'TypeError'],
    [Object.assign(new Error('x'), { code: 'not a code with spaces' }), 'Error'],
    ['a thrown string', 'Error'],
  ])('%p → %s', (error, expected) => {
    expect(describeError(error)).toBe(expected);
  });
});
