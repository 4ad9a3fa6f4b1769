import { type ConsentFacts, consentsTo, currentConsent, holdsOn, retentionDueOn } from './consent';

const rec = (over: Partial<ConsentFacts>): ConsentFacts => ({ purpose: 'statistics', granted: true, givenOn: '2026-01-10', expiresOn: null, withdrawnOn: null, recordedAt: '2026-01-10T10:00:00Z', ...over });

describe('holdsOn', () => {
  it.each([
    ['a plain yes', rec({}), '2026-03-01', true],
    ['a no', rec({ granted: false }), '2026-03-01', false],
    ['given later than today', rec({ givenOn: '2026-04-01' }), '2026-03-01', false],
    ['expires today (still holds)', rec({ expiresOn: '2026-03-01' }), '2026-03-01', true],
    ['expired yesterday', rec({ expiresOn: '2026-02-28' }), '2026-03-01', false],
    ['withdrawn today', rec({ withdrawnOn: '2026-03-01' }), '2026-03-01', false],
    ['withdrawal dated later', rec({ withdrawnOn: '2026-03-02' }), '2026-03-01', true],
  ])('%s', (_name, record, today, expected) => {
    expect(holdsOn(record, today)).toBe(expected);
  });
});

describe('consentsTo / currentConsent', () => {
  it.each([
    ['no record of the purpose', [rec({ purpose: 'host_first_name' })], undefined],
    ['one yes', [rec({})], true],
    ['a later no overrides an earlier yes', [rec({}), rec({ givenOn: '2026-02-01', granted: false })], false],
    ['a later yes overrides an earlier no', [rec({ granted: false }), rec({ givenOn: '2026-02-01' })], true],
    ['same day: the later recorded wins', [rec({ recordedAt: '2026-01-10T12:00:00Z', granted: false }), rec({ recordedAt: '2026-01-10T09:00:00Z' })], false],
    ['a record dated in the future does not speak yet', [rec({}), rec({ givenOn: '2026-06-01', granted: false })], true],
    ['the current yes expired', [rec({ expiresOn: '2026-02-01' })], false],
    ['the current yes was withdrawn', [rec({ withdrawnOn: '2026-02-15' })], false],
  ])('%s', (_name, records, expected) => {
    expect(consentsTo(records, 'statistics', '2026-03-01')).toBe(expected);
  });

  it('returns the speaking record', () => {
    const later = rec({ givenOn: '2026-02-01' });
    expect(currentConsent([rec({}), later], 'statistics', '2026-03-01')).toBe(later);
  });
});

describe('retentionDueOn', () => {
  it.each([
    ['2019-05-31', 7, '2026-05-31'],
    ['2020-02-29', 7, '2027-02-28'],
    ['2020-02-29', 4, '2024-02-29'],
    ['2025-12-31', 1, '2026-12-31'],
  ])('%s + %i years → %s', (closed, years, due) => {
    expect(retentionDueOn(closed, years)).toBe(due);
  });
});
