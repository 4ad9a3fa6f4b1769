import { ICalCalendar, ICalEventClass } from 'ical-generator';
import { addDays } from '@ct/domain';
import type { CalendarEvent, CalendarEventKind, TaskKind } from '@ct/contracts';

const TITLES: Record<CalendarEventKind, string> = {
  ONE_YEAR_DEADLINE: 'One-year filing deadline',
  EAD_MAY_FILE: 'May file the work-permit application',
  EAD_DECISION_DUE: 'Work-permit decision due',
  PERMIT_EXPIRES: 'Work permit expires',
  RENEWAL_WINDOW_OPENS: 'Permit renewal may be filed',
  ANNUAL_FEE_DUE: 'Annual asylum fee due',
  BIOMETRICS: 'Biometrics appointment',
  INTERVIEW: 'Asylum interview',
  MASTER_HEARING: 'Master calendar hearing',
  MERITS_HEARING: 'Merits hearing',
  TASK: 'Task',
};

const TASK_TITLES: Record<TaskKind, string> = {
  MANUAL: 'Task',
  FILE_I765: 'Task: file the work-permit application',
  PAY_ANNUAL_FEE: 'Task: pay the annual asylum fee',
  FILE_RENEWAL: 'Task: file the permit renewal',
  PREPARE_INTERVIEW: 'Task: prepare for the interview',
};

/**
 * An RFC 5545 calendar of a caseload's dates as all-day events. A calendar app syncs these to phones and
 * outside servers, so an event carries the client's pseudonymous code and the kind of date, nothing else:
 * no name, no note, no case detail. The UID is stable so a subscription updates rather than duplicates.
 */
export function calendarIcs(events: CalendarEvent[], options: { host: string; link: string; now: Date }): string {
  const calendar = new ICalCalendar({ name: 'Case tracker', prodId: { company: 'case-tracker', product: 'deadlines', language: 'EN' }, ttl: 3600 });
  for (const e of events) {
    const title = e.kind === 'TASK' && e.taskKind ? TASK_TITLES[e.taskKind] : TITLES[e.kind];
    calendar.createEvent({
      id: `${e.id.replace(/[^A-Za-z0-9:-]/g, '')}@${options.host}`,
      start: noonUtc(e.date),
      end: noonUtc(addDays(e.date, 1)),
      allDay: true,
      stamp: options.now,
      summary: `${e.clientCode} · ${title}`,
      url: options.link,
      class: ICalEventClass.PRIVATE,
    });
  }
  return calendar.toString();
}

/** Noon UTC is the same calendar day in every zone from UTC-11 to UTC+11: an all-day date never shifts. */
function noonUtc(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
