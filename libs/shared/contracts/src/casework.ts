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
  'ANNUAL_FEE_PAID',
  'CLOCK_STOP',
] as const;
export type MilestoneType = (typeof MILESTONE_TYPES)[number];

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
