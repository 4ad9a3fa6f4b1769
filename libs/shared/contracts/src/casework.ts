import type { ContactChannel } from './lifecycle';

export const MILESTONE_TYPES = [
  'ARRIVED',
  'NTA_ISSUED',
  'I589_FILED',
  'I589_RECEIPT',
  'BIOMETRICS',
  'EAD_APPLIED',
  'EAD_APPROVED',
  'EAD_CARD_RECEIVED',
  'INTERVIEW',
  'MASTER_HEARING',
  'MERITS_HEARING',
  'ASYLUM_GRANTED',
  'REFERRED_TO_COURT',
  'ASYLUM_DENIED',
  'APPEAL_FILED',
  'ANNUAL_FEE_NOTICE',
  'ANNUAL_FEE_PAID',
  'EAD_RENEWAL_APPLIED',
  'EAD_RENEWAL_APPROVED',
  'CLOCK_STOP',
] as const;
export type MilestoneType = (typeof MILESTONE_TYPES)[number];
/** Milestones that may carry a permit card's own dates (`validFrom`, `validUntil`). */
export const PERMIT_CARD_MILESTONES: readonly MilestoneType[] = ['EAD_APPROVED', 'EAD_CARD_RECEIVED', 'EAD_RENEWAL_APPROVED'];

export const CASE_KINDS = ['affirmative', 'defensive'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = [
  'preparing',
  'filed',
  'interview_scheduled',
  'in_court',
  'granted',
  'denied',
  'appeal',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Living situations, close to HUD HMIS categories. */
export const HOUSING_CATEGORIES = [
  'street',
  'car',
  'emergency_shelter',
  'temporary_with_friends',
  'host_placement',
  'rental',
  'other',
] as const;
export type HousingCategory = (typeof HOUSING_CATEGORIES)[number];
/** Categories that count as "homeless or in shelter" for the hardship statistics. */
export const HOMELESS_CATEGORIES: readonly HousingCategory[] = ['street', 'car', 'emergency_shelter'];

export const SUPPORT_NEED_CATEGORIES = [
  'housing',
  'food',
  'medical',
  'mental_health',
  'legal',
  'financial',
  'employment',
  'language',
  'transport',
] as const;
export type SupportNeedCategory = (typeof SUPPORT_NEED_CATEGORIES)[number];

export const URGENCIES = ['low', 'medium', 'high', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const EDUCATION_LEVELS = ['none', 'secondary', 'vocational', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
/** Levels that count as an advanced degree in the statistics. */
export const ADVANCED_DEGREES: readonly EducationLevel[] = ['master', 'doctorate'];

/** CEFR-like English levels; B2 and above count as working English. */
export const ENGLISH_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type EnglishLevel = (typeof ENGLISH_LEVELS)[number];
export const WORKING_ENGLISH: readonly EnglishLevel[] = ['B2', 'C1', 'C2'];

/** Fields that identify a client. Never sent to directors or volunteers, encrypted at rest. */
export const CLIENT_IDENTIFYING_FIELDS = ['firstName', 'lastName', 'aNumber', 'dateOfBirth', 'email', 'phone', 'chosenName', 'pronouns', 'attorney', 'contactHandle'] as const;


/** Warnings a client record may carry (saved, but worth a look). */
export const CLIENT_WARNINGS = ['LIKELY_DUPLICATE'] as const;
export type ClientWarning = (typeof CLIENT_WARNINGS)[number];

/** A milestone finding: `impossible` ones are refused on write, `unusual` ones saved with this warning. */
export interface MilestoneWarning {
  severity: 'impossible' | 'unusual';
  code: string;
  otherType: string | null;
  params: Record<string, string | number>;
  message: string;
}

/** A client as caseworkers and admins see it. Directors get the same without the identifying fields. */
export interface ClientRecord {
  id: string;
  /** Pseudonymous, stable code: what directors see instead of a name. */
  code: string;
  firstName?: string;
  lastName?: string;
  /** 8 or 9 digits (a leading A, spaces and dashes removed); search treats A12345678 and A012345678 alike. */
  aNumber?: string | null;
  dateOfBirth?: string | null;
  email?: string | null;
  phone?: string | null;
  /** The name the client uses; the UI shows it everywhere except where the law needs the legal name. */
  chosenName?: string | null;
  pronouns?: string | null;
  /** Attorney of record (name and firm, free text). */
  attorney?: string | null;
  contactHandle?: string | null;
  contactChannel?: ContactChannel | null;
  /** The asylum office or immigration court that has the case. */
  asylumOffice?: string | null;
  interpreterLanguage?: string | null;
  /** Saved but worth a look, e.g. another client has the same name and date of birth. */
  warnings?: ClientWarning[];
  lastArrivalOn: string | null;
  languages: string[];
  educationLevel: EducationLevel | null;
  englishLevel: EnglishLevel | null;
  profession: string | null;
  householdSize: number;
  region: string | null;
  caseworkerId: string | null;
  excludeFromStatistics: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** All a director ever receives about a client: enough to reassign it, no fact about the person. */
export type DirectorClientRecord = Pick<ClientRecord, 'id' | 'code' | 'caseworkerId' | 'version'>;

/** A computed date or figure explained in words, with a code and params so the UI can translate it. */
export interface Explanation {
  field: string;
  code: string;
  params: Record<string, unknown>;
  text: string;
}

export interface CaseComputed {
  oneYearDeadline: string | null;
  clockStartedOn: string | null;
  clockDays: number | null;
  clockStoppedDays: number | null;
  clockRunning: boolean;
  eadMayFileOn: string | null;
  eadEarliestGrantOn: string | null;
  eadDecisionDueOn: string | null;
  eadInHandOn: string | null;
  daysWithoutWorkAuthorization: number | null;
  daysWithoutWorkAuthorizationSinceArrival: number | null;
  /** First day the client may work: a (c)(8) permit in hand, or the asylum grant (work incident to status). */
  workAuthorizedOn: string | null;
  /** The current (c)(8) permit's last valid day: the card's date when recorded, else the 18-month cap. */
  permitExpiresOn: string | null;
  /** First day its renewal may be filed (180 days before expiry). */
  renewalMayFileOn: string | null;
  /** The last annual asylum fee notice recorded, its due date (notice + 30 days), amount in USD and payment. */
  annualFeeNoticeOn: string | null;
  annualFeeDueOn: string | null;
  annualFeeAmount: number | null;
  annualFeePaidOn: string | null;
  flags: string[];
  explanations: Explanation[];
}

export interface CaseRecord extends CaseComputed {
  id: string;
  clientId: string;
  kind: CaseKind;
  status: CaseStatus;
  i589ReceiptNumber?: string | null;
  i765ReceiptNumber?: string | null;
  judgeDeadlineOn: string | null;
  oneYearExceptionClaimed: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface MilestoneRecord {
  id: string;
  caseId: string;
  clientId: string;
  type: MilestoneType;
  date: string;
  /** Only for CLOCK_STOP: the day the clock resumes (exclusive); null while the stop is open. */
  endDate: string | null;
  /** Only for permit approvals and cards: the dates printed on the card, when recorded. */
  validFrom: string | null;
  validUntil: string | null;
  note?: string | null;
  /** Findings of the consistency rules about this milestone (e.g. a permit before clock day 180). */
  warnings?: MilestoneWarning[];
  createdAt: string;
  updatedAt: string;
}

export interface HousingSituationRecord {
  id: string;
  clientId: string;
  category: HousingCategory;
  startedOn: string;
  endedOn: string | null;
  note?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SupportNeedRecord {
  id: string;
  clientId: string;
  category: SupportNeedCategory;
  urgency: Urgency;
  openedOn: string;
  metOn: string | null;
  note?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NoteRecord {
  id: string;
  clientId: string;
  authorId: string | null;
  body?: string;
  createdAt: string;
  updatedAt: string;
}

/** One line of the caseworker's "due soon" dashboard. */
export interface DueItem {
  kind: 'ONE_YEAR_DEADLINE' | 'EAD_MAY_FILE' | 'EAD_DECISION_OVERDUE' | 'URGENT_NEED' | 'APPOINTMENT';
  clientId: string;
  clientName: string;
  caseId: string | null;
  needId: string | null;
  date: string;
  /** Days from today to the date (negative when past). */
  days: number;
  detail: string | null;
  /** How pressing (one-year deadlines from 90 days ahead, appointments within 14 days). */
  stage?: 'overdue' | 'critical' | 'soon' | 'upcoming';
  /** The explanation behind `detail`, with code and params, so the UI can say it in its language. */
  explanation?: Explanation | null;
  /** For an APPOINTMENT: the milestone's type (INTERVIEW, MASTER_HEARING, MERITS_HEARING, BIOMETRICS). */
  milestoneType?: string;
}

export interface CaseloadDashboard {
  asOf: string;
  clients: number;
  items: DueItem[];
}

/** One record that breaks a data check (GET /api/data-checks). */
export interface DataCheckItem {
  severity: 'impossible' | 'unusual';
  code: string;
  clientId: string;
  clientCode: string;
  caseId: string | null;
  milestoneId: string | null;
  field: string | null;
  /** For milestone findings: the type compared with, and the figures (dates, clock days). */
  otherType?: string | null;
  params?: Record<string, string | number>;
  message: string;
}

export interface DataCheckReport {
  asOf: string;
  clientsChecked: number;
  items: DataCheckItem[];
}

/** `POST /api/clients/reassign`: how many clients moved to the new caseworker. */
export interface ReassignResult {
  moved: number;
}

/** `POST /api/intake`: the client, the case and its first milestones, saved in one transaction. */
export interface IntakeResult {
  client: ClientRecord;
  case: CaseRecord | null;
  milestones: MilestoneRecord[];
  /** Saved, but worth a look: e.g. a case marked filed without the I-589 filing date (the clock cannot start). */
  warnings: string[];
}
