/**
 * Spreadsheet import: the fields a column can be mapped to, and the shapes of the dry run, the import job
 * and its report. Reports carry row numbers, outcomes, codes and column titles, never a cell's value.
 */
export const IMPORT_CLIENT_FIELDS = [
  'firstName',
  'lastName',
  'aNumber',
  'dateOfBirth',
  'email',
  'phone',
  'languages',
  'educationLevel',
  'englishLevel',
  'profession',
  'householdSize',
  'region',
  'chosenName',
  'pronouns',
  'attorney',
  'asylumOffice',
  'interpreterLanguage',
  'contactChannel',
  'contactHandle',
] as const;

/** Key dates of the client's case, in columns of the same row; each becomes a milestone of one case. */
export const IMPORT_MILESTONE_FIELDS = {
  arrivedOn: 'ARRIVED',
  i589FiledOn: 'I589_FILED',
  eadAppliedOn: 'EAD_APPLIED',
  eadApprovedOn: 'EAD_APPROVED',
  interviewOn: 'INTERVIEW',
} as const;

const IMPORT_MILESTONE_FIELD_NAMES = Object.keys(IMPORT_MILESTONE_FIELDS) as (keyof typeof IMPORT_MILESTONE_FIELDS)[];
export const IMPORT_FIELDS = [...IMPORT_CLIENT_FIELDS, 'caseKind', ...IMPORT_MILESTONE_FIELD_NAMES] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How to read dates written n/n/yyyy: US month/day or day/month. `auto` decides per column when it can. */
export const DATE_ORDERS = ['auto', 'MDY', 'DMY'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** Column index (0-based, as in `headers`) → field; unmapped columns are ignored. */
export type ImportMapping = Record<string, ImportField>;

export interface ImportSettings {
  mapping: ImportMapping;
  dateOrder: DateOrder;
  /** Sheet name of a workbook; the first sheet when absent. */
  sheet?: string;
  /** Admins only: the caseload the clients join (a caseworker's import always joins their own). */
  caseworkerId?: string | null;
}

/** What the server read from an uploaded file, before any mapping. */
export interface ImportPreview {
  format: 'csv' | 'xlsx';
  sheets: string[];
  sheet: string | null;
  headers: string[];
  rowCount: number;
  /** The first rows as text, for the mapping screen (the uploader's own values, sent back to them only). */
  sample: string[][];
  suggested: ImportMapping;
  /** The caller's mapping of the last import, by header title, applied to these headers (other columns as suggested). */
  remembered: ImportMapping | null;
  dateOrder: DateOrder;
}

export type ImportRowOutcome = 'create' | 'skip' | 'error';

export interface ImportProblem {
  /** Column title as in the file, or null for a problem of the whole row. */
  column: string | null;
  field: ImportField | null;
  code: string;
  /** English text; the back office translates by code and params. */
  message: string;
  severity: 'error' | 'warning';
  /** E.g. the first row of a duplicate A-number, the milestone type that must come first. */
  params?: Record<string, string | number>;
}

export interface ImportRowResult {
  /** Row number in the spreadsheet (1 = the first line, usually the header). */
  row: number;
  outcome: ImportRowOutcome;
  /** What will be (or was) created: a client, a case of this kind, milestone types. */
  creates: { client: boolean; caseKind: string | null; milestones: string[] };
  problems: ImportProblem[];
  /** After the import: the created client's id and pseudonymous code. */
  clientId?: string;
  clientCode?: string;
}

export interface ImportSummary {
  rows: number;
  create: number;
  skip: number;
  error: number;
  warnings: number;
  cases: number;
  milestones: number;
}

export interface ImportDryRun {
  summary: ImportSummary;
  rows: ImportRowResult[];
  /** Columns whose n/n/yyyy dates could be read either way: a date order must be chosen. */
  ambiguousDateColumns: string[];
}

export const IMPORT_JOB_STATUSES = ['running', 'done', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

export interface ImportJobRecord {
  id: string;
  status: ImportJobStatus;
  total: number;
  processed: number;
  summary: ImportSummary | null;
  /** Why a failed import created nothing (a code and a message without personal values). */
  failure: { code: string; message: string } | null;
  caseworkerId: string | null;
  createdAt: string;
  finishedAt: string | null;
}
