import type { CaseRecord, ClientRecord, HousingSituationRecord, MilestoneRecord, NoteRecord, SupportNeedRecord } from './casework';

/** Purposes a client consents to, each recorded with its date, optional expiry and withdrawal. */
export const CONSENT_PURPOSES = ['statistics', 'host_first_name', 'contact_channel', 'partner_sharing'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Ways the organization may contact a client (the `detail` of a contact-channel consent). */
export const CONTACT_CHANNELS = ['phone', 'sms', 'email', 'signal', 'whatsapp', 'telegram', 'in_person'] as const;
/** Also a client's preferred contact channel (`contactChannel`, the handle stored encrypted). */
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export interface ConsentRecord {
  id: string;
  clientId: string;
  purpose: ConsentPurpose;
  granted: boolean;
  detail: string | null;
  givenOn: string;
  expiresOn: string | null;
  withdrawnOn: string | null;
  /** Computed for today: granted, not withdrawn, not expired, and the latest record of its purpose. */
  inForce: boolean;
  recordedById: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A client due for retention review: the case closed long enough ago. No identifying field. */
export interface RetentionDueRecord {
  id: string;
  code: string;
  closedOn: string;
  dueOn: string;
  /** The retention period applied (RETENTION_YEARS). */
  years: number;
}

/** One client's whole record, for the client themself or the attorney they choose. */
export interface ClientFile {
  generatedOn: string;
  client: ClientRecord;
  cases: CaseRecord[];
  milestones: MilestoneRecord[];
  housing: HousingSituationRecord[];
  needs: SupportNeedRecord[];
  notes: NoteRecord[];
  consents: ConsentRecord[];
}
