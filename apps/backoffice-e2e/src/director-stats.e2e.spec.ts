import { readFileSync } from 'node:fs';
import type { CaseRecord, ClientRecord, LoginResponse } from '@ct/contracts';
import { startTestApp } from '@ct/testing';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The data set, with a minimum cell of 5. Filed in 2025 (the period the test picks):
 *   - six clients with a work permit in hand after 200, 210, 230, 250, 270 and 300 days;
 *   - two still waiting (fewer than 5: "still waiting" is suppressed);
 *   - one who withheld consent, with a 100-day wait (counted, it would pull the median down to 230).
 * Filed in January 2026, outside the period: one client with a 50-day wait.
 * By hand: the median of 200, 210, 230, 250, 270, 300 is (230 + 250) / 2 = 240 days.
 */
const COUNTED_WAITS: [filed: string, days: number][] = [
  ['2025-01-06', 200],
  ['2025-02-03', 210],
  ['2025-03-03', 230],
  ['2025-04-07', 250],
  ['2025-05-05', 270],
  ['2025-06-02', 300],
];
const STILL_WAITING = ['2025-07-07', '2025-08-04'];
const EXPECTED_MEDIAN = 240;

/** Waits for the hash route (react-admin changes it without a page load; the CSP forbids string predicates). */
async function waitForHash(page: TestBrowser['page'], hash: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (new URL(page.url()).hash !== hash) {
    if (Date.now() > deadline) throw new Error(`expected the route ${hash}, the page is at ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

describe('back office: a director reads the hardship statistics', () => {
  let app: App;
  let browser: TestBrowser;
  let director: LoginResponse & { password: string };

  beforeAll(async () => {
    app = await startTestApp({ env: { STATS_MIN_CELL: '5' } });
    const caseworker = await app.createUser('caseworker');
    director = await app.createUser('director');

    let counter = 0;
    const post = async <T>(path: string, body: object): Promise<T> => {
      const res = await app.request<T>('POST', path, { token: caseworker.accessToken, body });
      if (res.status !== 201) throw new Error(`POST ${path} failed with ${res.status}: ${res.text}`);
      return res.body;
    };
    const seed = async (filed: string, waitDays: number | null, excludeFromStatistics = false) => {
      const client = await post<ClientRecord>('/api/clients', { firstName: 'Stat', lastName: `Client ${++counter}`, excludeFromStatistics });
      const kase = await post<CaseRecord>('/api/cases', { clientId: client.id, kind: 'affirmative' });
      await post('/api/milestones', { caseId: kase.id, type: 'I589_FILED', date: filed });
      if (waitDays !== null) await post('/api/milestones', { caseId: kase.id, type: 'EAD_CARD_RECEIVED', date: addDays(filed, waitDays) });
    };
    for (const [filed, days] of COUNTED_WAITS) await seed(filed, days);
    for (const filed of STILL_WAITING) await seed(filed, null);
    await seed('2025-03-10', 100, true);
    await seed('2026-01-05', 50);

    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the median wait, labels suppressed figures, speaks Russian, prints a report with its methods and downloads the CSV', async () => {
    const { page } = browser;
    try {
      await page.goto(`${app.baseUrl}/`);
      await page.locator('input[name=email]').fill(director.user.email);
      await page.locator('input[name=password]').fill(director.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // The director's home is the statistics dashboard.
      await page.getByTestId('stats-dashboard').waitFor();
      await page.getByTestId('anonymity-note').waitFor();

      // The menu entry, then the year 2025.
      await page.getByRole('menuitem', { name: 'Statistics' }).click();
      await waitForHash(page, '#/stats');
      // The page's own dashboard, not the home's still on screen while the page loads.
      await page.locator('[data-testid=stats-dashboard][data-embedded=false]').getByRole('heading', { level: 1, name: 'Hardship statistics' }).waitFor();
      await page.locator('input[name=from]').fill('2025-01');
      await page.locator('input[name=to]').fill('2025-12');
      // The query lives in the URL (shareable, kept on reload).
      await waitForHash(page, '#/stats?from=2025-01&to=2025-12');

      const wait = page.locator('section[data-figure=waitFiledToEadDays]');
      await wait.locator('[data-measure=median]').getByText(String(EXPECTED_MEDIAN), { exact: true }).waitFor();
      await expect(wait.locator('[data-measure=median] [data-value]').getAttribute('data-value')).resolves.toBe(String(EXPECTED_MEDIAN));
      // Six people with a permit, shown rounded to a multiple of 5.
      await expect(wait.locator('[data-measure=n] [data-value]').getAttribute('data-value')).resolves.toBe('5');

      // Two still waiting: fewer than 5, so suppressed, with the reason, and no number.
      const stillWaiting = page.locator('section[data-figure=stillWaiting]');
      await stillWaiting.getByText('suppressed (fewer than 5 people)').waitFor();
      await expect(stillWaiting.locator('[data-value]').count()).resolves.toBe(0);
      await expect(page.getByTestId('anonymity-note').textContent()).resolves.toContain('fewer than 5 people is suppressed');

      // The same screen in Russian. (The app bar hides while the page is scrolled down.)
      await page.evaluate('window.scrollTo(0, 0)');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Русский' }).click();
      await page.getByRole('heading', { level: 1, name: 'Статистика трудностей' }).waitFor();
      await stillWaiting.getByText('скрыто (меньше 5 человек)').waitFor();
      await page.locator('section[data-figure=waitFiledToEadDays]').getByText('Ожидание от подачи I-589 до получения разрешения на работу').waitFor();

      // The printable report of the same query: key figures in sentences, the methods note, print.
      await page.getByRole('link', { name: 'Отчёт для печати' }).click();
      await waitForHash(page, '#/stats/report?from=2025-01&to=2025-12');
      const methods = page.getByTestId('methods-note');
      await methods.waitFor();
      await expect(methods.textContent()).resolves.toContain('менее чем по 5 людям');
      await expect(methods.textContent()).resolves.toContain('кратного 5');
      await expect(page.getByTestId('key-findings').locator('[data-figure=waitFiledToEadDays]').textContent()).resolves.toContain(
        `дольше ${EXPECTED_MEDIAN} дн.`,
      );
      await expect(page.getByTestId('key-findings').locator('[data-figure=stillWaiting]').getAttribute('data-suppressed')).resolves.toBe('true');
      await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; }');
      await page.getByRole('button', { name: 'Печать / сохранить в PDF' }).click();
      await expect(page.evaluate('window.__printed')).resolves.toBe(1);

      // Back in English, the methods note reads in English too.
      await page.evaluate('window.scrollTo(0, 0)');
      await page.getByRole('button', { name: 'Русский' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await methods.getByText(/Clients who withheld consent to be counted are excluded/).waitFor();
      await expect(methods.textContent()).resolves.toContain('rounded to a multiple of 5');

      // The CSV, fetched with the token in a header and saved from memory.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      expect(download.suggestedFilename()).toBe('hardship-2025-01-2025-12.csv');
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv).toContain(`all,waitFiledToEadDays,,median,${EXPECTED_MEDIAN}`);
      expect(csv).toContain('all,stillWaiting,,suppressed,true');
      expect(browser.errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: `/tmp/backoffice-e2e-failure-${Date.now()}.png`, fullPage: true }).catch(() => undefined);
      if (browser.errors.length) console.error(browser.errors.join('\n'));
      throw error;
    }

    // The API computed the same median, and recorded each read and the export in the audit log.
    const report = await app.request<{ waitFiledToEadDays: { median: number } }>('GET', '/api/stats/hardship?from=2025-01&to=2025-12', {
      token: director.accessToken,
    });
    expect(report.body.waitFiledToEadDays.median).toBe(EXPECTED_MEDIAN);
    const filter = encodeURIComponent(JSON.stringify({ resource: 'stats', actorId: director.user.id }));
    const audit = await app.request<{ action: string }[]>('GET', `/api/audit-events?filter=${filter}&range=[0,199]`, { token: await app.adminToken() });
    expect(audit.status).toBe(200);
    const actions = audit.body.map((event) => event.action);
    expect(actions).toContain('read');
    expect(actions).toContain('export');
  });
});
