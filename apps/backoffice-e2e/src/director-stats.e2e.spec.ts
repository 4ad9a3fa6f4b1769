import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { LoginResponse } from '@ct/contracts';
import { API_MAIN, TEST_SECRETS, startTestApp } from '@ct/testing';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORG = 'Rainbow Bridge Refuge Network';
const PDF_DIR = process.env['STATS_PDF_DIR'] ?? '/tmp';
/** Words of the system's own vocabulary that must never reach a reader of the report. */
const INTERNAL = /I589_FILED|EAD_[A-Z_]+|CLOCK_STOP|ASYLUM_GRANTED|proposed-365|restored-2022|exclude_from|minCell|cell-key/;

/** Waits for the hash route (react-admin changes it without a page load; the CSP forbids string predicates). */
async function waitForHash(page: TestBrowser['page'], hash: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (new URL(page.url()).hash !== hash) {
    if (Date.now() > deadline) throw new Error(`expected the route ${hash}, the page is at ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/**
 * A director reads the statistics of 400 synthetic clients (the seed command), by whole quarters, in
 * English and Russian, prints the advocacy report to PDF in both languages (kept in STATS_PDF_DIR to
 * look at) and downloads the CSV and the workbook.
 */
describe('back office: a director reads the hardship statistics', () => {
  let app: App;
  let browser: TestBrowser;
  let director: LoginResponse & { password: string };
  let period: { from: string; to: string };

  beforeAll(async () => {
    app = await startTestApp({ env: { ORG_NAME: ORG, STATS_QUERIES_PER_HOUR: '1000' } });
    director = await app.createUser('director');
    const seeded = spawnSync(process.execPath, [API_MAIN, 'seed', '--clients', '400'], { env: { ...process.env, ...TEST_SECRETS, DATABASE_URL: app.databaseUrl, SEED_DEMO: 'false' }, encoding: 'utf8' });
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
    // The last eight whole quarters before the current one.
    const now = new Date();
    const q = Math.floor(now.getUTCMonth() / 3);
    const end = new Date(Date.UTC(now.getUTCFullYear(), q * 3, 0));
    const start = new Date(Date.UTC(end.getUTCFullYear() - 2, end.getUTCMonth() + 1, 1));
    const month = (d: Date) => d.toISOString().slice(0, 7);
    period = { from: month(start), to: month(end) };
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the figures by quarter, speaks Russian, prints the advocacy report in both languages and downloads CSV and Excel', async () => {
    const { page } = browser;
    const search = `?from=${period.from}&to=${period.to}&split=year`;
    const api = (await app.request<Json>('GET', `/api/stats/hardship${search}`, { token: director.accessToken })).body;
    expect(api.waitFiledToEadDays.suppressed).toBe(false);
    try {
      await page.goto(`${app.baseUrl}/`);
      await page.locator('input[name=email]').fill(director.user.email);
      await page.locator('input[name=password]').fill(director.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // The director's home is the statistics dashboard.
      await page.getByTestId('stats-dashboard').waitFor();
      await page.getByTestId('anonymity-note').waitFor();
      await expect(page.getByTestId('anonymity-note').textContent()).resolves.toContain('at most 3 per quarter');

      await page.goto(`${app.baseUrl}/#/stats${search}`);
      await page.locator('[data-testid=stats-dashboard][data-embedded=false]').getByRole('heading', { level: 1, name: 'Hardship statistics' }).waitFor();
      const wait = page.locator('section[data-figure=waitFiledToEadDays]');
      await expect(wait.locator('[data-measure=median] [data-value]').getAttribute('data-value')).resolves.toBe(String(api.waitFiledToEadDays.median));
      expect(api.waitFiledToEadDays.median % 7).toBe(0);
      await page.locator('[data-headline=personMonthsWithoutWork] [data-value]').waitFor();
      await page.screenshot({ path: `${PDF_DIR}/stats-dashboard.png` });
      // The period pickers offer whole quarters.
      await page.getByRole('combobox', { name: 'Filed from' }).click();
      await expect(page.getByRole('option').first().textContent()).resolves.toMatch(/^Q[1-4] \d{4}$/);
      await page.keyboard.press('Escape');

      // The printable report in English: the organization, the date, the argument, no internal codes.
      await page.getByRole('link', { name: 'Printable report' }).click();
      await waitForHash(page, `#/stats/report${search}`);
      const report = page.getByTestId('stats-report');
      await page.getByTestId('methods-note').waitFor();
      await page.getByTestId('key-findings').locator('[data-figure=scenarioComparison]').waitFor();
      await expect(page.getByTestId('report-organization').textContent()).resolves.toBe(ORG);
      const findings = page.getByTestId('key-findings');
      await expect(findings.locator('[data-figure=waitArrivalToEadDays]').textContent()).resolves.toMatch(/^From the day they arrived in the United States, half of them waited more than \d+ months/);
      await expect(findings.locator('[data-figure=waitedPastRule]').textContent()).resolves.toContain('longer than the 180 days');
      await expect(findings.locator('[data-figure=personMonthsWithoutWork]').textContent()).resolves.toMatch(/Together they spent [\d,]+ months without the right to work\. [\d,]+ of those months \(\d+%\) were lived by people with a master's degree or a doctorate\./);
      await expect(findings.locator('[data-figure=scenarioComparison]').textContent()).resolves.toMatch(/only after 365 days instead of 150[.,]/);
      expect(await report.textContent()).not.toMatch(INTERNAL);
      await page.evaluate('window.scrollTo(0, 0)');
      await page.pdf({ path: `${PDF_DIR}/stats-report-en.pdf`, format: 'Letter', printBackground: true });

      // The same report in Russian: every word Russian, dates in the genitive.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Русский' }).click();
      await page.getByRole('heading', { level: 1, name: 'В ожидании права на работу: люди, которым мы помогаем' }).waitFor();
      await page.getByTestId('key-findings').locator('[data-figure=scenarioComparison]').waitFor();
      await expect(page.getByTestId('report-period').textContent()).resolves.toMatch(/с 1 [а-я]+ \d{4} г\. по \d{2} [а-я]+ \d{4} г\.$/);
      await expect(findings.locator('[data-figure=clients]').textContent()).resolves.toMatch(/^В отчёт вош(ёл|ли) \d+ человека?, подавш(ий|их) ходатайство об убежище/);
      const ruText = (await report.textContent()) ?? '';
      expect(ruText).not.toMatch(INTERNAL);
      // No English sentence. Set aside the organization's name and the professions as caseworkers entered
      // them (data, not text of the report): Latin letters only in form names and levels (I-589, I-765, B2).
      const ours = (await page.evaluate(
        `(() => { const a = document.querySelector('[data-testid=stats-report]').cloneNode(true); a.querySelectorAll('[data-table=topProfessions]').forEach((e) => e.remove()); return a.textContent; })()`,
      )) as string;
      expect(ours.split(ORG).join('').replace(/I-589|I-765|B2/g, '').match(/[A-Za-z]{3,}/g)).toBeNull();
      await page.pdf({ path: `${PDF_DIR}/stats-report-ru.pdf`, format: 'A4', printBackground: true });
      await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; }');
      await page.getByRole('button', { name: 'Печать / сохранить в PDF' }).click();
      await expect(page.evaluate('window.__printed')).resolves.toBe(1);

      // The CSV in Russian, with a byte-order mark, one row per period.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать CSV' }).click()]);
      expect(download.suggestedFilename()).toBe(`hardship-${period.from}-${period.to}-by-year.csv`);
      const bytes = readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toMatch(/^Период,С,По,Учтено клиентов,/);
      expect(lines).toHaveLength(2 + api.buckets.length);

      // The workbook: one sheet per table, in Russian.
      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать Excel' }).click()]);
      expect(xlsx.suggestedFilename()).toBe(`hardship-${period.from}-${period.to}-by-year.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await xlsx.path());
      expect(workbook.worksheets.map((w) => w.name)).toContain('Сводка');
      expect(workbook.worksheets.length).toBe(8);
      expect(browser.errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: `/tmp/backoffice-e2e-failure-${Date.now()}.png`, fullPage: true }).catch(() => undefined);
      if (browser.errors.length) console.error(browser.errors.join('\n'));
      throw error;
    }

    const filter = encodeURIComponent(JSON.stringify({ resource: 'stats', actorId: director.user.id }));
    const audit = await app.request<{ action: string }[]>('GET', `/api/audit-events?filter=${filter}&range=[0,199]`, { token: await app.adminToken() });
    const actions = audit.body.map((event) => event.action);
    expect(actions).toContain('read');
    expect(actions).toContain('export');
  });
});
