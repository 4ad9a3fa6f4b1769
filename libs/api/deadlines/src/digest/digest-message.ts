import type { TaskKind } from '@ct/contracts';

export interface DigestContent {
  day: string;
  /** Open tasks due today or earlier (not snoozed), by kind, each with the client's code. */
  dueTasks: { code: string; kind: TaskKind; dueOn: string }[];
  /** Open tasks due in the next 7 days. */
  upcomingTasks: number;
  /** Counts of alerts in the caseload (one-year deadlines within 30 days, permits expiring/expired, fees due/overdue). */
  alerts: Record<string, number>;
  link: string;
}

const TASK_WORDS: Record<TaskKind, string> = {
  MANUAL: 'task',
  FILE_I765: 'file the work-permit application',
  PAY_ANNUAL_FEE: 'pay the annual asylum fee',
  FILE_RENEWAL: 'file the permit renewal',
  PREPARE_INTERVIEW: 'prepare for the interview or hearing',
};

const ALERT_WORDS: Record<string, string> = {
  ONE_YEAR_DEADLINE_SOON: 'one-year filing deadlines within 30 days',
  PERMIT_EXPIRING: 'work permits in their renewal window',
  PERMIT_EXPIRED: 'work permits expired',
  ANNUAL_FEE_DUE: 'annual fees due',
  ANNUAL_FEE_OVERDUE: 'annual fees overdue',
  ANNUAL_FEE_NOTICE_EXPECTED: 'cases pending close to a year without a fee notice',
};

/**
 * The daily reminder, in words a mailbox provider or an onlooker may read: counts, pseudonymous codes,
 * what kind of step is due, and a link. Never a name, an A-number, a date of birth or a case fact.
 */
export function digestMessage(content: DigestContent): { subject: string; text: string } {
  const n = content.dueTasks.length;
  const subject = `Case tracker: ${n} ${n === 1 ? 'task' : 'tasks'} due today (${content.day})`;
  const lines = [`Good morning. What is due in your caseload on ${content.day}:`, ''];
  if (n === 0) lines.push('No task is due today.');
  for (const t of content.dueTasks) lines.push(`- ${t.code}: ${TASK_WORDS[t.kind]}${t.dueOn < content.day ? ` (due ${t.dueOn})` : ''}`);
  lines.push('', `Tasks due in the next 7 days: ${content.upcomingTasks}.`);
  const alerts = Object.entries(content.alerts).filter(([, count]) => count > 0);
  if (alerts.length) {
    lines.push('', 'Alerts in your caseload:');
    for (const [key, count] of alerts) lines.push(`- ${ALERT_WORDS[key] ?? key}: ${count}`);
  }
  lines.push('', `Open the tracker: ${content.link}`, '', 'This message names no one on purpose. Sign in to see who and what.');
  return { subject, text: lines.join('\n') };
}
