import { writeFileSync } from 'node:fs';
import type { LoginResponse } from '@ct/contracts';
import { startTestApp } from '@ct/testing';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;

/** Screenshots and the PDF go here when SCREENSHOT_DIR is set (to look at them), nowhere otherwise. */
const SHOTS = process.env['SCREENSHOT_DIR'];

describe('back office: consents, the client file, retention and erasure', () => {
  let app: App;
  let browser: TestBrowser;
  let caseworker: LoginResponse & { password: string };
  let clientId: string;

  async function signIn(email: string, password: string) {
    const { page } = browser;
    await page.goto(`${app.baseUrl}/`);
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/#\/?$/);
  }

  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.createUser('caseworker');
    const token = caseworker.accessToken;
    const client = await app.request<{ id: string }>('POST', '/api/clients', {
      token,
      body: { firstName: 'Marina', lastName: 'Volkova', aNumber: 'A-123-456-789', email: 'marina@example.org', lastArrivalOn: '2025-06-01', languages: ['ru'] },
    });
    clientId = client.body.id;
    const kase = await app.request<{ id: string }>('POST', '/api/cases', { token, body: { clientId, kind: 'affirmative' } });
    await app.request('POST', '/api/milestones', { token, body: { caseId: kase.body.id, type: 'I589_FILED', date: '2026-01-05', note: 'Filed with the Boston office' } });
    await app.request('POST', '/api/housing-situations', { token, body: { clientId, category: 'temporary_with_friends', startedOn: '2025-06-01' } });
    await app.request('POST', '/api/support-needs', { token, body: { clientId, category: 'legal', openedOn: '2025-06-02', note: 'Needs a pro bono attorney' } });
    await app.request('POST', '/api/notes', { token, body: { clientId, body: 'First meeting: documents collected.' } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('records and withdraws a consent on the client page, then prints the client file in English and Russian', async () => {
    const { page } = browser;
    try {
      await signIn(caseworker.user.email, caseworker.password);
      await page.goto(`${app.baseUrl}/#/clients/${clientId}/show`);
      const panel = page.getByRole('region', { name: 'Consents' });
      await panel.getByText('No consent recorded yet.').waitFor();

      await panel.getByRole('button', { name: 'Record consent' }).click();
      const dialog = page.getByRole('dialog', { name: 'Record consent' });
      await dialog.getByRole('combobox', { name: 'Purpose' }).click();
      await page.getByRole('option', { name: 'Contact channel' }).click();
      await dialog.getByRole('combobox', { name: 'Channel or organization' }).click();
      await page.getByRole('option', { name: 'Signal' }).click();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await panel.getByText('Contact channel: Agreed · Signal').waitFor();
      await panel.getByText('In force').waitFor();

      await panel.getByRole('button', { name: 'Record consent' }).click();
      await dialog.getByRole('combobox', { name: 'Purpose' }).click();
      await page.getByRole('option', { name: 'Counted in anonymous statistics' }).click();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await panel.getByText('Counted in anonymous statistics: Agreed').waitFor();
      await panel.getByRole('listitem').filter({ hasText: 'statistics' }).getByRole('button', { name: 'Withdraw' }).click();
      await panel.getByText(/withdrawn /).waitFor();
      if (SHOTS) await panel.screenshot({ path: `${SHOTS}/consents.png` });

      await page.getByRole('link', { name: 'Client file' }).click();
      await page.getByRole('heading', { level: 1, name: 'Client file: Marina Volkova' }).waitFor();
      for (const section of ['Identity', 'Cases', 'Milestones', 'Housing history', 'Support needs', 'Notes', 'Consents']) {
        await page.getByRole('heading', { level: 2, name: section }).waitFor();
      }
      await page.getByText('Needs a pro bono attorney').waitFor();
      await page.locator('[data-field=eadMayFileOn]').getByText('150 days after 2026-01-05').waitFor();
      if (SHOTS) {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: `${SHOTS}/client-file-print.png`, fullPage: true });
        writeFileSync(`${SHOTS}/client-file-en.pdf`, await page.pdf({ format: 'Letter', printBackground: true }));
        await page.emulateMedia({ media: null });
      }

      // JSON download: named by the pseudonymous code, never the name.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^client-file-CL[\w-]+-\d{4}-\d\d-\d\d\.json$/);

      await page.evaluate('window.scrollTo(0, 0)');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Русский' }).click();
      await page.getByRole('heading', { level: 1, name: 'Досье клиента: Marina Volkova' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'История жилья' }).waitFor();
      await page.getByText('Способ связи · Signal').waitFor();
      if (SHOTS) writeFileSync(`${SHOTS}/client-file-ru.pdf`, await page.pdf({ format: 'A4', printBackground: true }));
      expect(browser.errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: `/tmp/backoffice-e2e-failure-${Date.now()}.png`, fullPage: true }).catch(() => undefined);
      if (browser.errors.length) console.error(browser.errors.join('\n'));
      throw error;
    }
  });

  it('lets an admin see the retention review and erase a client after confirming', async () => {
    await browser.close();
    browser = await launchBrowser();
    const { page } = browser;
    try {
      await signIn(app.admin.email, app.admin.password);
      await page.evaluate('window.scrollTo(0, 0)');
      await page.goto(`${app.baseUrl}/#/retention`);
      await page.getByText(/Пересматривать пока некого|No client is due for review/).waitFor();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/retention.png` });

      await page.goto(`${app.baseUrl}/#/clients/${clientId}/show`);
      await page.getByRole('button', { name: /Erase client|Удалить клиента/ }).click();
      await page.getByRole('dialog').getByText(/never come back|без возможности восстановления/).waitFor();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/erase-confirm.png` });
      await page.getByRole('dialog').getByRole('button', { name: /Confirm|Подтвердить/ }).click();
      await page.waitForURL(/#\/clients$/);
      expect((await app.request('GET', `/api/clients/${clientId}`, { token: await app.adminToken() })).status).toBe(404);
    } catch (error) {
      await page.screenshot({ path: `/tmp/backoffice-e2e-failure-${Date.now()}.png`, fullPage: true }).catch(() => undefined);
      if (browser.errors.length) console.error(browser.errors.join('\n'));
      throw error;
    }
  });
});
