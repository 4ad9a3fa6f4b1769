import {
  type CaseKind,
  type DateOrder,
  IMPORT_FIELDS,
  IMPORT_MILESTONE_FIELDS,
  type ImportField,
  type ImportMapping,
  type ImportProblem,
  type MilestoneType,
} from '@ct/contracts';
import { aNumberKey } from '@ct/api-core';
import { checkMilestones, futurePersonalDate } from '@ct/domain';
import { type CellValue, type Sheet, cellText, isBlank } from '../parsing/sheet';
import { readANumber } from './a-number';
import { inferDateOrder, readDate } from './dates';
import { readCaseKind, readContactChannel, readEducation, readEnglish, readLanguages, readWholeNumber } from './values';

type MilestoneField = keyof typeof IMPORT_MILESTONE_FIELDS;
const MILESTONE_FIELDS = Object.keys(IMPORT_MILESTONE_FIELDS) as MilestoneField[];
const DATE_FIELDS: ImportField[] = ['dateOfBirth', ...MILESTONE_FIELDS];
const TEXT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'profession', 'region', 'chosenName', 'pronouns', 'attorney', 'asylumOffice', 'contactHandle'] as const;

/** A client as the manual form would send it, built from one row. */
export interface ClientFields {
  firstName?: string;
  lastName?: string;
  aNumber?: string;
  dateOfBirth?: string;
  email?: string;
  phone?: string;
  profession?: string;
  region?: string;
  languages?: string[];
  educationLevel?: string;
  englishLevel?: string;
  householdSize?: number;
  lastArrivalOn?: string;
  chosenName?: string;
  pronouns?: string;
  attorney?: string;
  asylumOffice?: string;
  interpreterLanguage?: string;
  contactChannel?: string;
  contactHandle?: string;
}

export interface MappedRow {
  row: number;
  client: ClientFields;
  /** The case to create, or null when the row has no case column filled. */
  caseKind: CaseKind | null;
  milestones: { type: MilestoneType; date: string; field: MilestoneField }[];
  aNumberKey: string | null;
  problems: ImportProblem[];
}

/** A mapping that cannot be applied to the file (wrong columns); a 400 naming `mapping`. */
export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingError';
  }
}

/** The title a problem names: the header as written, or the column's position when it has none. */
export function columnLabel(headers: string[], index: number): string {
  return headers[index] || `#${index + 1}`;
}

export function validateMapping(headers: string[], mapping: ImportMapping): Map<ImportField, number> {
  const byField = new Map<ImportField, number>();
  for (const [index, field] of Object.entries(mapping)) {
    const i = Number(index);
    if (!Number.isInteger(i) || i < 0 || i >= headers.length) throw new MappingError(`mapping: the file has no column ${index}`);
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) throw new MappingError('mapping: unknown field');
    if (byField.has(field)) throw new MappingError(`mapping: ${field} is mapped to two columns`);
    byField.set(field, i);
  }
  const missing = (['firstName', 'lastName'] as const).filter((f) => !byField.has(f));
  if (missing.length) throw new MappingError(`mapping: no column is mapped to ${missing.join(' and ')} (required)`);
  return byField;
}

/**
 * Turns each row into the client, case and milestones it describes, with every problem naming its column:
 * values that cannot be read, required fields left empty, dates in the future (the manual entry's rule),
 * milestones that contradict each other (the manual entry's rules, from the domain) and A-numbers given
 * twice in the file. Pure: the table, the mapping and today come in.
 */
export function mapRows(sheet: Sheet, mapping: ImportMapping, dateOrder: DateOrder, today: string): { rows: MappedRow[]; ambiguousDateColumns: string[] } {
  const byField = validateMapping(sheet.headers, mapping);
  const label = (field: ImportField) => columnLabel(sheet.headers, byField.get(field) as number);
  const orders = new Map<ImportField, DateOrder>();
  const ambiguousDateColumns: string[] = [];
  for (const field of DATE_FIELDS) {
    const index = byField.get(field);
    if (index === undefined) continue;
    if (dateOrder !== 'auto') {
      orders.set(field, dateOrder);
      continue;
    }
    const inferred = inferDateOrder(sheet.rows.map((r) => r.cells[index]));
    if (inferred === 'MDY' || inferred === 'DMY') orders.set(field, inferred);
    else {
      orders.set(field, 'auto');
      if (inferred === 'ambiguous') ambiguousDateColumns.push(label(field));
    }
  }

  const firstRowOfANumber = new Map<string, number>();
  const rows = sheet.rows.map((sheetRow): MappedRow => {
    const problems: ImportProblem[] = [];
    const problem = (field: ImportField, code: string, message: string, severity: 'error' | 'warning' = 'error', params?: Record<string, string | number>) =>
      problems.push({ column: label(field), field, code, message, severity, ...(params ? { params } : {}) });
    const cell = (field: ImportField): CellValue => {
      const i = byField.get(field);
      return i === undefined ? null : (sheetRow.cells[i] ?? null);
    };
    const client: ClientFields = {};

    for (const field of TEXT_FIELDS) {
      const value = cell(field);
      if (!isBlank(value)) client[field] = cellText(value);
    }
    for (const field of ['firstName', 'lastName'] as const) if (!client[field]) problem(field, 'REQUIRED', `${label(field)}: required`);

    let key: string | null = null;
    const aCell = cell('aNumber');
    if (!isBlank(aCell)) {
      const aNumber = readANumber(aCell);
      if (!aNumber) problem('aNumber', 'INVALID_A_NUMBER', `${label('aNumber')}: an A-number has 8 or 9 digits`);
      else {
        client.aNumber = aNumber;
        key = aNumberKey(aNumber);
        const first = firstRowOfANumber.get(key);
        if (first !== undefined) problem('aNumber', 'DUPLICATE_IN_FILE', `${label('aNumber')}: the same A-number as row ${first}`, 'error', { row: first });
        else firstRowOfANumber.set(key, sheetRow.row);
      }
    }

    const dates: Partial<Record<ImportField, string>> = {};
    for (const field of DATE_FIELDS) {
      const value = cell(field);
      if (isBlank(value)) continue;
      const reading = readDate(value, orders.get(field) ?? 'auto', today);
      if (reading.ok) dates[field] = reading.date;
      else if (reading.reason === 'ambiguous') problem(field, 'AMBIGUOUS_DATE', `${label(field)}: the date can be read as month/day or day/month; choose the date order`);
      else problem(field, 'INVALID_DATE', `${label(field)}: not a date (e.g. 2025-03-10, 03/10/2025 or 10.03.2025)`);
    }
    if (dates.dateOfBirth) client.dateOfBirth = dates.dateOfBirth;
    if (dates.arrivedOn) client.lastArrivalOn = dates.arrivedOn;
    const future = futurePersonalDate({ dateOfBirth: client.dateOfBirth, lastArrivalOn: client.lastArrivalOn }, today);
    if (future) problem(future === 'dateOfBirth' ? 'dateOfBirth' : 'arrivedOn', 'FUTURE_DATE', `${label(future === 'dateOfBirth' ? 'dateOfBirth' : 'arrivedOn')}: must not be after today`);

    const languages = cell('languages');
    if (!isBlank(languages)) client.languages = readLanguages(cellText(languages));
    const interpreter = cell('interpreterLanguage');
    if (!isBlank(interpreter)) client.interpreterLanguage = readLanguages(cellText(interpreter))[0];
    const channel = cell('contactChannel');
    if (!isBlank(channel)) {
      const value = readContactChannel(cellText(channel));
      if (value) client.contactChannel = value;
      else problem('contactChannel', 'UNKNOWN_VALUE', `${label('contactChannel')}: not a contact channel (signal, telegram, whatsapp, phone, email)`);
    }
    const education = cell('educationLevel');
    if (!isBlank(education)) {
      const level = readEducation(cellText(education));
      if (level) client.educationLevel = level;
      else problem('educationLevel', 'UNKNOWN_VALUE', `${label('educationLevel')}: not an education level (none, secondary, vocational, bachelor, master, doctorate)`);
    }
    const english = cell('englishLevel');
    if (!isBlank(english)) {
      const level = readEnglish(cellText(english));
      if (level) client.englishLevel = level;
      else problem('englishLevel', 'UNKNOWN_VALUE', `${label('englishLevel')}: not an English level (none, A1 to C2)`);
    }
    const household = cell('householdSize');
    if (!isBlank(household)) {
      const n = typeof household === 'number' || typeof household === 'string' ? readWholeNumber(household) : null;
      if (n === null) problem('householdSize', 'INVALID_NUMBER', `${label('householdSize')}: a whole number of people`);
      else client.householdSize = n;
    }

    const milestones = MILESTONE_FIELDS.filter((f) => dates[f]).map((f) => ({ type: IMPORT_MILESTONE_FIELDS[f] as MilestoneType, date: dates[f] as string, field: f }));
    let caseKind: CaseKind | null = null;
    const kindCell = cell('caseKind');
    if (!isBlank(kindCell)) {
      caseKind = readCaseKind(cellText(kindCell));
      if (!caseKind) problem('caseKind', 'UNKNOWN_VALUE', `${label('caseKind')}: affirmative or defensive`);
    }
    if (!caseKind && milestones.length > 0) {
      caseKind = 'affirmative';
      if (isBlank(kindCell)) problems.push({ column: byField.has('caseKind') ? label('caseKind') : null, field: 'caseKind', code: 'KIND_ASSUMED', message: 'the case kind is not given: affirmative assumed', severity: 'warning' });
    }
    // The manual entry's consistency rules, on the row's milestones together.
    for (const finding of checkMilestones(milestones.map((m) => ({ id: m.field, type: m.type, date: m.date })), today)) {
      problem(finding.milestoneId as MilestoneField, finding.severity === 'impossible' ? 'MILESTONE_ORDER' : `UNUSUAL_${finding.code}`, `${label(finding.milestoneId as MilestoneField)}: ${finding.message}`, finding.severity === 'impossible' ? 'error' : 'warning', {
        ...finding.params,
        ...(finding.otherType ? { otherType: finding.otherType } : {}),
      });
    }
    return { row: sheetRow.row, client, caseKind, milestones, aNumberKey: key, problems };
  });
  return { rows, ambiguousDateColumns };
}
