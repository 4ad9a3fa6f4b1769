import { futurePersonalDate } from './personal-dates';

describe('futurePersonalDate', () => {
  it.each<[string, Record<string, string | null | undefined>, string, string | null]>([
    ['nothing given', {}, '2026-11-29', null],
    ['past dates', { dateOfBirth: '1990-01-01', lastArrivalOn: '2025-06-01' }, '2026-11-29', null],
    ['arrival today is fine', { lastArrivalOn: '2026-11-29' }, '2026-11-29', null],
    ['arrival tomorrow', { lastArrivalOn: '2026-11-30' }, '2026-11-29', 'lastArrivalOn'],
    ['birth in 2030', { dateOfBirth: '2030-01-01' }, '2026-11-29', 'dateOfBirth'],
    ['both: the first named', { dateOfBirth: '2030-01-01', lastArrivalOn: '2027-01-01' }, '2026-11-29', 'dateOfBirth'],
    ['nulls are not dates', { dateOfBirth: null, lastArrivalOn: null }, '2026-11-29', null],
  ])('%s', (_label, fields, today, expected) => expect(futurePersonalDate(fields, today)).toBe(expected));
});
