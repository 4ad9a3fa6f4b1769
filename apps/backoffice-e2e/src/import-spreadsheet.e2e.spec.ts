import { readFileSync } from 'node:fs';
import type { ClientRecord, LoginResponse } from '@ct/contracts';
import { startTestApp } from '@ct/testing';
import { seriousViolations } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;

/** A caseworker's own spreadsheet: Russian headers, semicolons, a byte-order mark, dates as Russians write them. */
const FILE = [
  'Имя;Фамилия;А-номер;Дата рождения;Дата въезда;Подача I-589;Тип дела',
  'Евлампия;Загоскина;A-204-517-701;03.02.1990;10.01.2025;01.06.2025;аффирмативный',
  ';;;;;;',
  'Гордей;Шуваловский;A 204 517 702;15.07.1985;12.03.2025;;',
  'Ferapont;Kolokoltsev;;30.11.1979;;;',
].join('\r\n');

describe('back office: a caseworker imports a spreadsheet', () => {
  let app: App;
  let browser: TestBrowser;
  let caseworker: LoginResponse & { password: string };

  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.createUser('caseworker');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('uploads, checks the suggested columns, sees the dry run, imports with progress and downloads the report; the same file again creates nothing', async () => {
    const { page } = browser;
    const upload = () => page.locator('input[type=file]').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${FILE}\r\n`, 'utf8') });
    try {
      await page.goto(`${app.baseUrl}/`);
      await page.locator('input[name=email]').fill(caseworker.user.email);
      await page.locator('input[name=password]').fill(caseworker.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('menuitem', { name: 'Import' }).click();
      await page.getByRole('heading', { level: 1, name: 'Import clients from a spreadsheet' }).waitFor();
      await expect(seriousViolations(page)).resolves.toEqual([]);

      // The file: columns suggested from the Russian headers.
      await upload();
      const mapping = page.getByRole('table', { name: 'Columns' });
      await mapping.waitFor();
      await expect(mapping.locator('tbody tr').count()).resolves.toBe(7);
      await expect(mapping.locator('tbody tr').nth(0).textContent()).resolves.toContain('First name');
      await expect(mapping.locator('tbody tr').nth(2).textContent()).resolves.toContain('A-number');
      await expect(mapping.locator('tbody tr').nth(5).textContent()).resolves.toContain('I-589 filed');
      await page.getByText('3 rows to import').waitFor();
      await page.screenshot({ path: '/tmp/import-mapping.png', fullPage: true });
      await expect(seriousViolations(page)).resolves.toEqual([]);

      // The dry run: what each row creates, with the remark naming its column; nothing written yet.
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByText('3 clients will be created').waitFor();
      const results = page.getByRole('table', { name: 'Check' });
      await expect(results.locator('tr[data-row="2"]').textContent()).resolves.toContain('Affirmative');
      await expect(results.locator('tr[data-row="4"]').textContent()).resolves.toContain('Case type not given: affirmative assumed');
      await expect(results.locator('tr[data-outcome=create]').count()).resolves.toBe(3);
      const before = await app.request<ClientRecord[]>('GET', '/api/clients?range=[0,99]', { token: caseworker.accessToken });
      expect(before.body).toHaveLength(0);
      await page.screenshot({ path: '/tmp/import-dry-run.png', fullPage: true });
      await expect(seriousViolations(page)).resolves.toEqual([]);

      // The import, its progress bar, its outcome and the report.
      await page.getByRole('button', { name: 'Import 3 clients' }).click();
      await page.getByText('Import finished: 3 clients created').waitFor({ timeout: 30_000 });
      await page.getByText('2 cases and 3 case dates; 0 rows skipped.').waitFor();
      await page.screenshot({ path: '/tmp/import-done.png', fullPage: true });
      await expect(seriousViolations(page)).resolves.toEqual([]);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report' }).click()]);
      const report = readFileSync(await download.path(), 'utf8');
      expect(report).toMatch(/^\uFEFFRow,Outcome,Client code/);
      expect(report).toContain('2,created,CL-');
      expect(report).not.toMatch(/Евлампия|Загоскина|204517701/);

      const after = await app.request<ClientRecord[]>('GET', '/api/clients?range=[0,99]', { token: caseworker.accessToken });
      expect(after.body.map((c) => c.lastName).sort()).toEqual(['Kolokoltsev', 'Загоскина', 'Шуваловский']);
      expect(after.body.every((c) => c.caseworkerId === caseworker.user.id)).toBe(true);

      // The same file again, in Russian: every row is already there, and there is nothing to import.
      await page.getByRole('button', { name: 'Import another file' }).click();
      await page.evaluate('window.scrollTo(0, 0)');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Русский' }).click();
      await page.getByRole('heading', { level: 1, name: 'Импорт клиентов из таблицы' }).waitFor();
      await upload();
      await page.getByText('сопоставление из вашего прошлого импорта', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Проверить файл' }).click();
      await page.getByText('3 строки пропущены (уже есть в системе)').waitFor();
      await page.getByText('Создавать нечего: всё уже есть.').waitFor();
      await page.getByText('Эта строка уже импортирована в этот список; ничего нового не создаётся').first().waitFor();
      await expect(page.getByRole('button', { name: 'Импортировать 0 клиентов' }).isDisabled()).resolves.toBe(true);
      await page.screenshot({ path: '/tmp/import-again-ru.png', fullPage: true });
      await expect(seriousViolations(page)).resolves.toEqual([]);
      expect(browser.errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: `/tmp/backoffice-e2e-failure-${Date.now()}.png`, fullPage: true }).catch(() => undefined);
      if (browser.errors.length) console.error(browser.errors.join('\n'));
      throw error;
    }
  });

  it('shows every problem by its column, in Russian, and refuses to import a file with errors', async () => {
    const { page } = browser;
    const bad = [
      'Имя;Фамилия;А-номер;Дата рождения;Подача I-589;Разрешение на работу одобрено',
      ';Безымянная;;;;',
      'Ия;Кривономерова;A-12;;;',
      'Дата;Будущая;;01.01.2031;;',
      'Разрешение;Раньше;;;01.06.2025;01.05.2025',
      'Ещё;Загоскина;A204517701;;;',
    ].join('\r\n');
    try {
      // A fresh page: the first step again (the session survives a reload).
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Импорт клиентов из таблицы' }).waitFor();
      await page.locator('input[type=file]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
      await page.getByRole('button', { name: 'Проверить файл' }).click();
      await page.getByText('4 строки с ошибками').waitFor();
      const results = page.getByRole('table', { name: 'Проверка' });
      await expect(results.locator('tr[data-row="2"]').textContent()).resolves.toContain('Имя: обязательное поле');
      await expect(results.locator('tr[data-row="3"]').textContent()).resolves.toContain('А-номер: в А-номере 8 или 9 цифр');
      await expect(results.locator('tr[data-row="4"]').textContent()).resolves.toContain('Дата рождения: дата не может быть позже сегодняшней');
      await expect(results.locator('tr[data-row="5"]').textContent()).resolves.toContain('Разрешение на работу одобрено: не может быть раньше, чем');
      await expect(results.locator('tr[data-row="6"]').textContent()).resolves.toContain('клиент с этим А-номером уже есть в системе');
      await expect(page.getByRole('button', { name: /^Импортировать/ }).isDisabled()).resolves.toBe(true);
      await page.screenshot({ path: '/tmp/import-errors-ru.png', fullPage: true });
      await expect(seriousViolations(page)).resolves.toEqual([]);
      expect(browser.errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: `/tmp/backoffice-e2e-failure-${Date.now()}.png`, fullPage: true }).catch(() => undefined);
      if (browser.errors.length) console.error(browser.errors.join('\n'));
      throw error;
    }
  });
});
