/** Tasks, calendar and reminders (issue 15). */
export const TASK_KINDS = ['MANUAL', 'FILE_I765', 'PAY_ANNUAL_FEE', 'FILE_RENEWAL', 'PREPARE_INTERVIEW'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface TaskRecord {
  id: string;
  clientId: string;
  /** The client's pseudonymous code. */
  clientCode: string;
  caseId: string | null;
  kind: TaskKind;
  dueOn: string;
  assigneeId: string | null;
  note?: string | null;
  status: TaskStatus;
  snoozedUntil: string | null;
  doneAt: string | null;
  /** Created from a computed date (cannot be deleted, only done or snoozed). */
  generated: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const CALENDAR_EVENT_KINDS = [
  'ONE_YEAR_DEADLINE',
  'EAD_MAY_FILE',
  'EAD_DECISION_DUE',
  'PERMIT_EXPIRES',
  'RENEWAL_WINDOW_OPENS',
  'ANNUAL_FEE_DUE',
  'BIOMETRICS',
  'INTERVIEW',
  'MASTER_HEARING',
  'MERITS_HEARING',
  'TASK',
] as const;
export type CalendarEventKind = (typeof CALENDAR_EVENT_KINDS)[number];

/** One dated event of a caseload: codes only, no names. */
export interface CalendarEvent {
  id: string;
  kind: CalendarEventKind;
  date: string;
  clientId: string;
  clientCode: string;
  caseId: string | null;
  taskId: string | null;
  /** For tasks: their kind. */
  taskKind: TaskKind | null;
}
