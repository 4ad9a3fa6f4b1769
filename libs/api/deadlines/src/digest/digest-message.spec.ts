import { digestMessage } from './digest-message';

describe('digestMessage', () => {
  const content = {
    day: '2026-11-30',
    dueTasks: [
      { code: 'CL-AAAA-BBBB', kind: 'PAY_ANNUAL_FEE' as const, dueOn: '2026-11-28' },
      { code: 'CL-CCCC-DDDD', kind: 'MANUAL' as const, dueOn: '2026-11-30' },
    ],
    upcomingTasks: 3,
    alerts: { PERMIT_EXPIRED: 1, ANNUAL_FEE_OVERDUE: 0 },
    link: 'https://tracker.example.org',
  };

  it('gives counts, codes, kinds of steps and a link', () => {
    const { subject, text } = digestMessage(content);
    expect(subject).toBe('Case tracker: 2 tasks due today (2026-11-30)');
    expect(text).toContain('- CL-AAAA-BBBB: pay the annual asylum fee (due 2026-11-28)');
    expect(text).toContain('- CL-CCCC-DDDD: task\n');
    expect(text).toContain('Tasks due in the next 7 days: 3.');
    expect(text).toContain('- work permits expired: 1');
    expect(text).not.toContain('annual fees overdue');
    expect(text).toContain('Open the tracker: https://tracker.example.org');
  });

  it('says so when nothing is due', () => {
    const { subject, text } = digestMessage({ ...content, dueTasks: [], upcomingTasks: 0, alerts: {} });
    expect(subject).toBe('Case tracker: 0 tasks due today (2026-11-30)');
    expect(text).toContain('No task is due today.');
  });
});
