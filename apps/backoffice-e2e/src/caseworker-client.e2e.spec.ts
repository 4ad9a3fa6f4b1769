import type { CaseRecord, ClientRecord, LoginResponse } from '@ct/contracts';
import { startTestApp } from '@ct/testing';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;

describe('back office: a caseworker works on a client', () => {
  let app: App;
  let browser: TestBrowser;
  let caseworker: LoginResponse & { password: string };
  let client: ClientRecord;

  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.createUser('caseworker');
    const created = await app.request<ClientRecord>('POST', '/api/clients', {
      token: caseworker.accessToken,
      body: { firstName: 'Anna', lastName: 'Smirnova', lastArrivalOn: '2025-11-20', languages: ['ru', 'en'], region: 'Boston, MA' },
    });
    if (created.status !== 201) throw new Error(`creating the client failed with ${created.status}: ${created.text}`);
    client = created.body;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens a case, adds the I-589 filing and reads the computed dates, explained, in English and Russian', async () => {
    const { page } = browser;
    try {
      await page.goto(`${app.baseUrl}/`);
      await page.locator('input[name=email]').fill(caseworker.user.email);
      await page.locator('input[name=password]').fill(caseworker.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Due soon' }).waitFor();

      // The client's page: no case yet, so open one from here.
      await page.goto(`${app.baseUrl}/#/clients/${client.id}/show`);
      await page.getByRole('heading', { level: 1, name: 'Anna Smirnova' }).waitFor();
      await page.getByRole('link', { name: 'New case' }).click();
      await page.getByRole('combobox', { name: 'Kind' }).click();
      await page.getByRole('option', { name: 'Affirmative' }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { name: 'Affirmative case' }).waitFor();

      // Add the I-589 filing through the dialog; the computed dates follow without a reload.
      await page.getByRole('button', { name: 'Add milestone' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add milestone' });
      await dialog.getByRole('combobox', { name: 'Milestone' }).click();
      await page.getByRole('option', { name: 'I-589 filed (clock starts)' }).click();
      await dialog.locator('input[name=date]').fill('2026-01-05');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'hidden' });

      const mayFile = page.locator('[data-field=eadMayFileOn]');
      await mayFile.getByText('may file on 2026-06-04: 150 days after 2026-01-05, no stops').waitFor();
      await expect(mayFile.textContent()).resolves.toContain('May file for a work permit');
      await expect(mayFile.textContent()).resolves.toContain('Jun 4, 2026');
      await expect(page.locator('[data-field=eadEarliestGrantOn]').textContent()).resolves.toContain('Jul 4, 2026');
      await page.locator('li[data-milestone-type=I589_FILED]').getByText('I-589 filed (clock starts)').waitFor();

      // The same page in Russian: labels and the explanation, built from its code and params. (The app
      // bar hides while the page is scrolled down.)
      await page.evaluate('window.scrollTo(0, 0)');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Русский' }).click();
      await page.getByRole('heading', { name: 'Аффирмативное дело' }).waitFor();
      await mayFile.getByText('Можно подать на разрешение на работу').waitFor();
      await mayFile.getByText('подать можно с 4 июня 2026 г.: 150 дней после 5 января 2026 г., без остановок').waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
      // Nothing failed on the way (a refused request or a script error shows up here).
      expect(browser.errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: `/tmp/backoffice-e2e-failure-${Date.now()}.png`, fullPage: true }).catch(() => undefined);
      if (browser.errors.length) console.error(browser.errors.join('\n'));
      throw error;
    }

    // The API agrees: one case, with the clock started on the filing date.
    const filter = encodeURIComponent(JSON.stringify({ clientId: client.id }));
    const cases = await app.request<CaseRecord[]>('GET', `/api/cases?filter=${filter}`, { token: caseworker.accessToken });
    expect(cases.status).toBe(200);
    expect(cases.body).toEqual([
      expect.objectContaining({ kind: 'affirmative', clockStartedOn: '2026-01-05', eadMayFileOn: '2026-06-04', eadEarliestGrantOn: '2026-07-04' }),
    ]);
  });
});
