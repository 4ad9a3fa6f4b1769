import type { LoginResponse } from '@ct/contracts';
import { createThrowawayCluster, startTestApp, type ThrowawayCluster } from '@ct/testing';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;

/**
 * The database goes down while a caseworker edits a client: the save waits and retries (503 with
 * Retry-After), the caseworker stays signed in, the typed values are not lost, and once the database is
 * back the same save goes through without anyone signing in again.
 */
describe('back office during a database outage', () => {
  let cluster: ThrowawayCluster;
  let app: App;
  let browser: TestBrowser;

  beforeAll(async () => {
    cluster = await createThrowawayCluster();
    app = await startTestApp({ databaseName: 'postgres', env: { DATABASE_URL: cluster.url() } });
    browser = await launchBrowser();
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await cluster?.destroy();
  });

  it('keeps the session and the unsaved edit, and saves once the database is back', async () => {
    const { page } = browser;
    const caseworker: LoginResponse & { password: string } = await app.createUser('caseworker');
    const created = await app.request<{ id: string }>('POST', '/api/clients', { token: caseworker.accessToken, body: { firstName: 'Outage', lastName: 'Test', region: 'NY' } });
    try {
      await page.goto(`${app.baseUrl}/`);
      await page.locator('input[name=email]').fill(caseworker.user.email);
      await page.locator('input[name=password]').fill(caseworker.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Due soon' }).waitFor();

      await page.goto(`${app.baseUrl}/#/clients/${created.body.id}`);
      const region = page.locator('input[name=region]');
      await region.waitFor();
      await region.fill('Brooklyn, NY');

      await cluster.stop('fast');
      const answers: number[] = [];
      page.on('response', (res) => {
        if (res.url().includes(`/api/clients/${created.body.id}`) && res.request().method() === 'PUT') answers.push(res.status());
      });
      await page.getByRole('button', { name: 'Save' }).click();
      // The save is refused with 503 and retried while the database is down …
      for (let i = 0; i < 50 && !answers.includes(503); i++) await page.waitForTimeout(100);
      expect(answers).toContain(503);
      await page.waitForTimeout(1500);
      expect(page.url()).not.toContain('/login');
      await expect(region.inputValue()).resolves.toBe('Brooklyn, NY');
      await page.screenshot({ path: 'dist/screenshots/outage-saving.png' });

      // … and goes through once it is back: same page, no new sign-in.
      await cluster.start();
      await page.waitForURL(new RegExp(`/clients/${created.body.id}/show`), { timeout: 25000 });
      expect(answers).toContain(200);
      expect(answers.filter((s) => s === 401)).toEqual([]);
      const stored = await app.request<{ region: string }>('GET', `/api/clients/${created.body.id}`, { token: caseworker.accessToken });
      expect(stored.body.region).toBe('Brooklyn, NY');
    } catch (error) {
      throw new Error(`${(error as Error).message}\nbrowser errors:\n${browser.errors.join('\n')}`);
    }
  }, 90000);
});
