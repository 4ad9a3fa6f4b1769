import type { CaseRecord, ClientRecord, LoginResponse, TaskRecord } from '@ct/contracts';
import { startTestApp } from '@ct/testing';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('back office: a caseworker\'s tasks and calendar', () => {
  let app: App;
  let browser: TestBrowser;
  let caseworker: LoginResponse & { password: string };
  let client: ClientRecord;
  const interviewOn = addDays(today(), 3);

  beforeAll(async () => {
    app = await startTestApp({ env: { JOBS_TICK_SECONDS: '0' } });
    caseworker = await app.createUser('caseworker');
    const token = caseworker.accessToken;
    client = (await app.request<ClientRecord>('POST', '/api/clients', { token, body: { firstName: 'Kalina', lastName: 'Tasklova' } })).body;
    const k = (await app.request<CaseRecord>('POST', '/api/cases', { token, body: { clientId: client.id, kind: 'affirmative' } })).body;
    await app.request('POST', '/api/milestones', { token, body: { caseId: k.id, type: 'INTERVIEW', date: interviewOn } });
    for (const [type, date] of [['I589_FILED', '2025-08-01'], ['EAD_APPLIED', '2025-12-30'], ['EAD_APPROVED', '2026-01-10']]) {
      await app.request('POST', '/api/milestones', { token, body: { caseId: k.id, type, date } });
    }
    const task = await app.request<TaskRecord>('POST', '/api/tasks', { token, body: { clientId: client.id, dueOn: today(), note: 'Bring the translated documents' } });
    if (task.status !== 201) throw new Error(task.text);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows tasks on the dashboard (done), the agenda and the month, in English and Russian', async () => {
    const { page } = browser;
    try {
      await page.goto(`${app.baseUrl}/`);
      await page.locator('input[name=email]').fill(caseworker.user.email);
      await page.locator('input[name=password]').fill(caseworker.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const tasks = page.getByRole('region', { name: 'My tasks' });
      await tasks.getByText('Bring the translated documents').waitFor();
      await tasks.getByText(client.code).waitFor();
      await page.screenshot({ path: '/tmp/deadlines-dashboard.png' });
      await tasks.getByRole('button', { name: 'Done' }).click();
      await tasks.getByText('No task is due this week.').waitFor();

      // The client's page explains when the permit ends (18-month cap) and from when to renew.
      await page.goto(`${app.baseUrl}/#/clients/${client.id}/show`);
      await page.getByRole('region', { name: 'Open tasks' }).getByText('No open task.').waitFor();
      const expires = page.locator('[data-field=permitExpiresOn]');
      await expires.getByText('permit expires 2027-07-09: at most 18 months from 2026-01-10', { exact: false }).waitFor();
      await expect(page.locator('[data-field=renewalMayFileOn]').textContent()).resolves.toContain('may file the renewal from 2027-01-10');
      await expect(page.locator('[data-field=workAuthorizedOn]').textContent()).resolves.toContain('Allowed to work since');
      await page.goto(`${app.baseUrl}/#/`);

      // The calendar: the agenda lists the interview by code, never by name.
      await page.getByRole('menuitem', { name: 'Calendar' }).click();
      const agenda = page.getByRole('region', { name: 'Agenda' });
      await agenda.getByText(`${client.code} · Asylum interview`).waitFor();
      await expect(agenda.textContent()).resolves.not.toContain('Kalina');
      await page.screenshot({ path: '/tmp/deadlines-agenda.png' });

      // The month view holds the interview on its day.
      await page.getByRole('button', { name: 'Month' }).click();
      const month = page.getByRole('region', { name: 'Month' });
      if (interviewOn.slice(0, 7) !== today().slice(0, 7)) await month.getByRole('button', { name: 'Next month' }).click();
      await month.locator(`[data-day="${interviewOn}"]`).getByText(`${client.code} · Asylum interview`).waitFor();
      await page.screenshot({ path: '/tmp/deadlines-month.png' });

      // A subscription address on request.
      await page.getByRole('button', { name: 'New secret address' }).click();
      await expect(page.getByLabel('Calendar address').inputValue()).resolves.toMatch(/\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);

      // In Russian.
      await page.evaluate('window.scrollTo(0, 0)');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Русский' }).click();
      await page.getByRole('button', { name: 'Список' }).click();
      await page.getByRole('region', { name: 'Список' }).getByText(`${client.code} · Интервью по убежищу`).waitFor();
      await page.screenshot({ path: '/tmp/deadlines-agenda-ru.png' });
      await page.goto(`${app.baseUrl}/#/clients/${client.id}/show`);
      await page.locator('[data-field=permitExpiresOn]').getByText('разрешение действует до 9 июля 2027 г.: не более 18 мес. с 10 января 2026 г.', { exact: false }).waitFor();
      await page.locator('[data-field=permitExpiresOn]').screenshot({ path: '/tmp/deadlines-permit-ru.png' });
      expect(browser.errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: `/tmp/backoffice-e2e-failure-${Date.now()}.png`, fullPage: true }).catch(() => undefined);
      if (browser.errors.length) console.error(browser.errors.join('\n'));
      throw error;
    }
  });
});
