/**
 * The (c)(8) work permit over time: which permit is current, when it expires, when its renewal may be
 * filed, and whether the client is about to lose (or has lost) the right to work.
 *
 * - Validity: the card's own dates win when recorded; otherwise the permit runs from its approval for the
 *   rule set's cap (18 months for initial and renewal permits decided on/after 2025-12-05). Before the cap
 *   the expiry is unknown until the card's dates are recorded.
 * - Renewal: may be filed from `renewalWindowDays` (180) before expiry. Renewals filed on/after 2025-10-30
 *   get no automatic extension, so a renewal still pending on the expiry day leaves the client unable to work.
 * - A grant of asylum ends all of this: an asylee may work incident to status (8 CFR 274a.12(a)(5)).
 *
 * Only milestones dated on or before `asOf` count. A permit's dates are read from the approval milestone
 * or from a card milestone recorded on or after it (`validFrom`/`validUntil`).
 */
import { addDays, addMonths, IsoDate, isIsoDate } from './dates';
import { Explanation } from './explanations';
import { eadValidityCapMonths, renewalAutoExtensionDays, RuleSet } from './rule-sets';

export type PermitMilestoneType = 'EAD_APPROVED' | 'EAD_CARD_RECEIVED' | 'EAD_RENEWAL_APPLIED' | 'EAD_RENEWAL_APPROVED' | 'ASYLUM_GRANTED';

export interface PermitMilestone {
  type: PermitMilestoneType | (string & {});
  date: IsoDate;
  /** Card dates, when recorded (on an approval or a card milestone). */
  validFrom?: IsoDate | null;
  validUntil?: IsoDate | null;
}

export type WorkPermitFlag =
  /** Within the renewal window of the current permit and no renewal approved yet. */
  | 'PERMIT_EXPIRING'
  /** The current permit has expired and no renewal was approved: the client may not work. */
  | 'PERMIT_EXPIRED'
  /** A renewal is pending without automatic extension (filed on/after 2025-10-30). */
  | 'RENEWAL_PENDING_NO_EXTENSION';

export type WorkPermitField = 'permitExpiresOn' | 'renewalMayFileOn' | 'workAuthorizedOn';

export interface WorkPermitStatus {
  /** Which permit is current: the initial one or a renewal; null when none approved. */
  permitKind: 'initial' | 'renewal' | null;
  permitApprovedOn: IsoDate | null;
  permitValidFrom: IsoDate | null;
  permitExpiresOn: IsoDate | null;
  permitExpiryBasis: 'card' | 'cap' | null;
  renewalMayFileOn: IsoDate | null;
  renewalFiledOn: IsoDate | null;
  /** Days of automatic extension the pending renewal gives; 0 = none; null = no renewal, or the earlier rule. */
  renewalAutoExtensionDays: number | null;
  grantedOn: IsoDate | null;
  flags: WorkPermitFlag[];
  explanations: { [K in 'permitExpiresOn' | 'renewalMayFileOn']: Explanation<K> };
}

const APPROVALS = ['EAD_APPROVED', 'EAD_RENEWAL_APPROVED'];

function latest<M extends { date: IsoDate }>(list: readonly M[]): M | null {
  return list.reduce<M | null>((a, m) => (a === null || m.date >= a.date ? m : a), null);
}

function validate(milestones: readonly PermitMilestone[], asOf: IsoDate): void {
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a valid YYYY-MM-DD date: ${JSON.stringify(asOf)}`);
  milestones.forEach((m, i) => {
    for (const key of ['date', 'validFrom', 'validUntil'] as const) {
      const value = m[key];
      if (value != null && !isIsoDate(value)) throw new RangeError(`milestones[${i}].${key} must be a valid YYYY-MM-DD date: ${JSON.stringify(value)}`);
    }
  });
}

/** The permit status of a case as of `asOf`. */
export function computeWorkPermit(milestones: readonly PermitMilestone[], rules: RuleSet, options: { asOf: IsoDate }): WorkPermitStatus {
  const { asOf } = options;
  validate(milestones, asOf);
  const known = milestones.filter((m) => m.date <= asOf);
  const grantedOn = known.filter((m) => m.type === 'ASYLUM_GRANTED').reduce<IsoDate | null>((a, m) => (a === null || m.date < a ? m.date : a), null);

  // The current permit: the latest approval; a card recorded without an approval stands for one.
  const approval = latest(known.filter((m) => APPROVALS.includes(m.type))) ?? latest(known.filter((m) => m.type === 'EAD_CARD_RECEIVED'));
  const permitKind = approval === null ? null : approval.type === 'EAD_RENEWAL_APPROVED' ? 'renewal' : 'initial';
  const cards = approval === null ? [] : known.filter((m) => (m === approval || (m.type === 'EAD_CARD_RECEIVED' && m.date >= approval.date)) && m.validUntil);
  const card = latest(cards);

  let permitValidFrom: IsoDate | null = null;
  let permitExpiresOn: IsoDate | null = null;
  let permitExpiryBasis: WorkPermitStatus['permitExpiryBasis'] = null;
  const capMonths = approval === null ? null : eadValidityCapMonths(rules, approval.date);
  if (approval !== null && card?.validUntil) {
    permitValidFrom = card.validFrom ?? approval.date;
    permitExpiresOn = card.validUntil;
    permitExpiryBasis = 'card';
  } else if (approval !== null && capMonths !== null) {
    permitValidFrom = approval.validFrom ?? approval.date;
    // Valid through the day before the same date `capMonths` later (a card from 2026-01-10 ends 2027-07-09).
    permitExpiresOn = addDays(addMonths(permitValidFrom, capMonths), -1);
    permitExpiryBasis = 'cap';
  }

  const renewalMayFileOn = permitExpiresOn === null ? null : addDays(permitExpiresOn, -rules.renewalWindowDays);
  const renewal = approval === null ? null : latest(known.filter((m) => m.type === 'EAD_RENEWAL_APPLIED' && m.date >= approval.date));
  const renewalFiledOn = renewal?.date ?? null;
  const extension = renewalFiledOn === null ? null : renewalAutoExtensionDays(rules, renewalFiledOn);

  const flags: WorkPermitFlag[] = [];
  // After a grant the (c)(8) permit no longer matters for the right to work.
  if (grantedOn === null && permitExpiresOn !== null && renewalMayFileOn !== null) {
    if (asOf > permitExpiresOn) flags.push('PERMIT_EXPIRED');
    else if (asOf >= renewalMayFileOn) flags.push('PERMIT_EXPIRING');
    if (renewalFiledOn !== null && extension === 0) flags.push('RENEWAL_PENDING_NO_EXTENSION');
  }

  return {
    permitKind,
    permitApprovedOn: approval?.date ?? null,
    permitValidFrom,
    permitExpiresOn,
    permitExpiryBasis,
    renewalMayFileOn,
    renewalFiledOn,
    renewalAutoExtensionDays: extension,
    grantedOn,
    flags,
    explanations: {
      permitExpiresOn: explainExpiry({ approval, permitKind, permitValidFrom, permitExpiresOn, permitExpiryBasis, capMonths, grantedOn, asOf }),
      renewalMayFileOn: explainRenewal({ permitExpiresOn, renewalMayFileOn, renewalFiledOn, extension, grantedOn, windowDays: rules.renewalWindowDays, asOf }),
    },
  };
}

function explainExpiry(p: {
  approval: PermitMilestone | null;
  permitKind: WorkPermitStatus['permitKind'];
  permitValidFrom: IsoDate | null;
  permitExpiresOn: IsoDate | null;
  permitExpiryBasis: WorkPermitStatus['permitExpiryBasis'];
  capMonths: number | null;
  grantedOn: IsoDate | null;
  asOf: IsoDate;
}): Explanation<'permitExpiresOn'> {
  const key = 'permitExpiresOn';
  if (p.approval === null) return { key, code: 'NO_PERMIT', params: { asOf: p.asOf }, text: `no work permit approved by ${p.asOf}` };
  const kind = p.permitKind === 'renewal' ? 'renewal permit' : 'permit';
  const granted = p.grantedOn ? `; since the asylum grant on ${p.grantedOn} the client may work incident to status whatever this date` : '';
  if (p.permitExpiresOn === null) {
    const params = { approvedOn: p.approval.date, kind: p.permitKind, grantedOn: p.grantedOn };
    return { key, code: 'PERMIT_EXPIRY_UNKNOWN', params, text: `unknown: ${kind} approved on ${p.approval.date}, before the 18-month cap; record the card's dates${granted}` };
  }
  const expired = p.permitExpiresOn < p.asOf;
  const params = {
    date: p.permitExpiresOn,
    validFrom: p.permitValidFrom,
    approvedOn: p.approval.date,
    kind: p.permitKind,
    basis: p.permitExpiryBasis,
    capMonths: p.capMonths,
    expired,
    grantedOn: p.grantedOn,
  };
  if (p.permitExpiryBasis === 'card') {
    const text = `${kind} ${expired ? 'expired' : 'expires'} ${p.permitExpiresOn}: the card's own date (valid from ${p.permitValidFrom})${granted}`;
    return { key, code: 'PERMIT_EXPIRES_CARD', params, text };
  }
  const text =
    `${kind} ${expired ? 'expired' : 'expires'} ${p.permitExpiresOn}: at most ${p.capMonths} months from ${p.permitValidFrom} ` +
    `for (c)(8) permits decided on or after 2025-12-05 (card dates not recorded)${granted}`;
  return { key, code: 'PERMIT_EXPIRES_CAP', params, text };
}

function explainRenewal(p: {
  permitExpiresOn: IsoDate | null;
  renewalMayFileOn: IsoDate | null;
  renewalFiledOn: IsoDate | null;
  extension: number | null;
  grantedOn: IsoDate | null;
  windowDays: number;
  asOf: IsoDate;
}): Explanation<'renewalMayFileOn'> {
  const key = 'renewalMayFileOn';
  if (p.grantedOn !== null) {
    return { key, code: 'RENEWAL_NOT_NEEDED', params: { grantedOn: p.grantedOn }, text: `no (c)(8) renewal needed: asylum granted on ${p.grantedOn}, the client may work incident to status` };
  }
  if (p.permitExpiresOn === null || p.renewalMayFileOn === null) {
    return { key, code: 'RENEWAL_UNKNOWN', params: { asOf: p.asOf }, text: 'not known: no permit expiry date' };
  }
  const params = { date: p.renewalMayFileOn, expiresOn: p.permitExpiresOn, windowDays: p.windowDays, filedOn: p.renewalFiledOn, extensionDays: p.extension };
  const base = `may file the renewal from ${p.renewalMayFileOn}: ${p.windowDays} days before the permit expires on ${p.permitExpiresOn}`;
  if (p.renewalFiledOn === null) {
    return { key, code: 'RENEWAL_WINDOW', params, text: `${base}; renewals filed since 2025-10-30 get no automatic extension, so file early` };
  }
  if (p.extension === 0) {
    const text = `${base}; renewal filed on ${p.renewalFiledOn} gets no automatic extension (filed on or after 2025-10-30): unless decided by ${p.permitExpiresOn}, the client must stop working`;
    return { key, code: 'RENEWAL_FILED_NO_EXTENSION', params, text };
  }
  return { key, code: 'RENEWAL_FILED_EARLIER_RULE', params, text: `${base}; renewal filed on ${p.renewalFiledOn}, before 2025-10-30: check the automatic extension that applied` };
}
