import { computeWorkPermit, PermitMilestone } from './work-permit';
import { PROPOSED_365_DAY_RULE, RESTORED_2022_RULE } from './rule-sets';

const rules = RESTORED_2022_RULE;
const m = (type: string, date: string, card: { validFrom?: string; validUntil?: string } = {}): PermitMilestone => ({ type, date, ...card });

describe('computeWorkPermit: validity and expiry', () => {
  it.each<[string, PermitMilestone[], string, string | null, string | null, 'card' | 'cap' | null, string, 'initial' | 'renewal' | null]>([
    ['no permit', [], '2026-06-01', null, null, null, 'NO_PERMIT', null],
    // Decided on the policy date: capped at 18 months from the approval.
    ['initial decided 2025-12-05, cap', [m('EAD_APPROVED', '2025-12-05')], '2026-01-01', '2025-12-05', '2027-06-04', 'cap', 'PERMIT_EXPIRES_CAP', 'initial'],
    // Decided the day before: no cap modeled, the card's dates are needed.
    ['initial decided 2025-12-04, no cap', [m('EAD_APPROVED', '2025-12-04')], '2026-01-01', null, null, null, 'PERMIT_EXPIRY_UNKNOWN', 'initial'],
    ['card dates win over the cap', [m('EAD_APPROVED', '2026-01-10'), m('EAD_CARD_RECEIVED', '2026-01-25', { validFrom: '2026-01-12', validUntil: '2027-01-11' })], '2026-02-01', '2026-01-12', '2027-01-11', 'card', 'PERMIT_EXPIRES_CARD', 'initial'],
    ['card dates on the approval itself', [m('EAD_APPROVED', '2024-03-01', { validFrom: '2024-03-01', validUntil: '2029-02-28' })], '2026-02-01', '2024-03-01', '2029-02-28', 'card', 'PERMIT_EXPIRES_CARD', 'initial'],
    // Month-end clamp: Aug 31 + 18 months = Feb 28/29, then the day before.
    ['cap from a month end', [m('EAD_APPROVED', '2026-08-31')], '2026-09-01', '2026-08-31', '2028-02-28', 'cap', 'PERMIT_EXPIRES_CAP', 'initial'],
    // The renewal is capped too since 2025-12-05, not only the initial permit.
    ['renewal capped at 18 months', [m('EAD_APPROVED', '2024-01-10', { validUntil: '2026-01-09' }), m('EAD_RENEWAL_APPLIED', '2025-09-01'), m('EAD_RENEWAL_APPROVED', '2026-01-05')], '2026-02-01', '2026-01-05', '2027-07-04', 'cap', 'PERMIT_EXPIRES_CAP', 'renewal'],
    ['future approval not counted', [m('EAD_APPROVED', '2026-07-01')], '2026-06-01', null, null, null, 'NO_PERMIT', null],
    ['card alone stands for the approval', [m('EAD_CARD_RECEIVED', '2026-02-01')], '2026-03-01', '2026-02-01', '2027-07-31', 'cap', 'PERMIT_EXPIRES_CAP', 'initial'],
  ])('%s', (_name, milestones, asOf, validFrom, expiresOn, basis, code, kind) => {
    const status = computeWorkPermit(milestones, rules, { asOf });
    expect(status.permitValidFrom).toBe(validFrom);
    expect(status.permitExpiresOn).toBe(expiresOn);
    expect(status.permitExpiryBasis).toBe(basis);
    expect(status.permitKind).toBe(kind);
    expect(status.explanations.permitExpiresOn.code).toBe(code);
  });

  it('explains the cap in words', () => {
    const { explanations } = computeWorkPermit([m('EAD_APPROVED', '2026-01-10')], rules, { asOf: '2026-02-01' });
    expect(explanations.permitExpiresOn.text).toBe(
      'permit expires 2027-07-09: at most 18 months from 2026-01-10 for (c)(8) permits decided on or after 2025-12-05 (card dates not recorded)',
    );
  });

  it('the proposed rule keeps the same cap', () => {
    expect(computeWorkPermit([m('EAD_APPROVED', '2026-01-10')], PROPOSED_365_DAY_RULE, { asOf: '2026-02-01' }).permitExpiresOn).toBe('2027-07-09');
  });

  it('rejects a malformed card date', () => {
    expect(() => computeWorkPermit([m('EAD_CARD_RECEIVED', '2026-01-10', { validUntil: '2027-02-30' })], rules, { asOf: '2026-02-01' })).toThrow(RangeError);
  });
});

describe('computeWorkPermit: renewal window and flags', () => {
  // Permit approved 2026-01-10 → expires 2027-07-09 → renewal window opens 2027-01-10 (180 days before).
  const approved = m('EAD_APPROVED', '2026-01-10');
  it.each<[string, PermitMilestone[], string, string[], string]>([
    ['before the window', [approved], '2027-01-09', [], 'RENEWAL_WINDOW'],
    ['first day of the window', [approved], '2027-01-10', ['PERMIT_EXPIRING'], 'RENEWAL_WINDOW'],
    ['last valid day', [approved], '2027-07-09', ['PERMIT_EXPIRING'], 'RENEWAL_WINDOW'],
    ['the day after expiry', [approved], '2027-07-10', ['PERMIT_EXPIRED'], 'RENEWAL_WINDOW'],
    ['renewal filed, no automatic extension', [approved, m('EAD_RENEWAL_APPLIED', '2027-01-15')], '2027-02-01', ['PERMIT_EXPIRING', 'RENEWAL_PENDING_NO_EXTENSION'], 'RENEWAL_FILED_NO_EXTENSION'],
    ['renewal still pending after expiry: may not work', [approved, m('EAD_RENEWAL_APPLIED', '2027-01-15')], '2027-07-10', ['PERMIT_EXPIRED', 'RENEWAL_PENDING_NO_EXTENSION'], 'RENEWAL_FILED_NO_EXTENSION'],
    ['renewal approved: a new permit, no flags', [approved, m('EAD_RENEWAL_APPLIED', '2027-01-15'), m('EAD_RENEWAL_APPROVED', '2027-05-01')], '2027-06-01', [], 'RENEWAL_WINDOW'],
    ['asylum granted: no permit flags', [approved, m('ASYLUM_GRANTED', '2027-03-01')], '2027-08-01', [], 'RENEWAL_NOT_NEEDED'],
  ])('%s', (_name, milestones, asOf, flags, code) => {
    const status = computeWorkPermit(milestones, rules, { asOf });
    expect(status.flags).toEqual(flags);
    expect(status.explanations.renewalMayFileOn.code).toBe(code);
  });

  it('renewal window date and the no-extension warning in words', () => {
    const status = computeWorkPermit([approved, m('EAD_RENEWAL_APPLIED', '2027-01-15')], rules, { asOf: '2027-02-01' });
    expect(status.renewalMayFileOn).toBe('2027-01-10');
    expect(status.renewalAutoExtensionDays).toBe(0);
    expect(status.explanations.renewalMayFileOn.text).toBe(
      'may file the renewal from 2027-01-10: 180 days before the permit expires on 2027-07-09; renewal filed on 2027-01-15 gets no automatic extension (filed on or after 2025-10-30): unless decided by 2027-07-09, the client must stop working',
    );
  });

  it.each([
    ['2025-10-29', null, 'RENEWAL_FILED_EARLIER_RULE'],
    ['2025-10-30', 0, 'RENEWAL_FILED_NO_EXTENSION'],
  ])('renewal filed %s → extension %p', (filedOn, days, code) => {
    const status = computeWorkPermit([m('EAD_APPROVED', '2024-06-01', { validUntil: '2026-03-01' }), m('EAD_RENEWAL_APPLIED', filedOn)], rules, { asOf: '2025-11-15' });
    expect(status.renewalAutoExtensionDays).toBe(days);
    expect(status.explanations.renewalMayFileOn.code).toBe(code);
  });
});
