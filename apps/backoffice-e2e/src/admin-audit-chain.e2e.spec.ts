import { startTestApp, withClient } from '@ct/testing';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;

describe('back office: an admin checks the audit trail integrity', () => {
  let app: App;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the chain intact, then names the first altered event after the owner edits one (English and Russian)', async () => {
    const { page } = browser;
    try {
      await page.goto(`${app.baseUrl}/`);
      await page.locator('input[name=email]').fill(app.admin.email);
      await page.locator('input[name=password]').fill(app.admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText(/^Welcome, /).waitFor();

      await page.getByRole('menuitem', { name: 'Audit integrity' }).click();
      await page.getByRole('status').getByText(/^Intact: \d+ events checked/).waitFor();

      await withClient(app.databaseUrl, async (c) => {
        await c.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
        await c.query(`UPDATE audit_events SET resource = 'forged' WHERE seq = 2`);
        await c.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
      });
      await page.getByRole('button', { name: 'Check again', exact: true }).click();
      await page.getByRole('alert').getByText('Event no. 2 was altered: its content no longer matches its seal.').waitFor();
      await page.screenshot({ path: 'dist/screenshots/audit-chain-broken.png' });

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Русский' }).click();
      await page.getByRole('button', { name: 'Проверить ещё раз', exact: true }).click();
      await page.getByRole('alert').getByText('Событие № 2 изменено: его содержимое больше не совпадает с печатью.').waitFor();
      await page.screenshot({ path: 'dist/screenshots/audit-chain-broken-ru.png' });
    } catch (error) {
      throw new Error(`${(error as Error).message}\nbrowser errors:\n${browser.errors.join('\n')}\napp:\n${app.output().slice(-2000)}`);
    }
  });
});
