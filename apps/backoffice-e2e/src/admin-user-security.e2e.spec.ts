import { startTestApp } from '@ct/testing';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;

describe('back office: an admin invites a user and manages their sign-in', () => {
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

  it('creates a user without a password, hands over the link, and later signs them out everywhere', async () => {
    const { page } = browser;
    try {
      await page.goto(`${app.baseUrl}/`);
      await page.locator('input[name=email]').fill(app.admin.email);
      await page.locator('input[name=password]').fill(app.admin.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText(/^Welcome, /).waitFor();

      await page.getByRole('menuitem', { name: 'Users' }).click();
      await page.getByRole('link', { name: 'Create' }).click();
      await page.locator('input[name=email]').fill('invitee@admin-ui.example.org');
      await page.getByRole('combobox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'Volunteer' }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      const link = page.locator('input[name=inviteUrl]');
      await link.waitFor();
      const url = await link.inputValue();
      expect(url).toMatch(/\/#\/invitation\/[A-Za-z0-9_-]{43}$/);
      await page.getByRole('button', { name: 'Done' }).click();

      // The person sets a password through the link (here through the API) and signs in.
      const token = url.split('/invitation/')[1];
      const accepted = await app.request('POST', '/api/auth/invitation/accept', { body: { token, password: 'meadow-falcon-ribbon-36' } });
      expect(accepted.status).toBe(200);
      const session = accepted.body as { accessToken: string };
      expect((await app.request('GET', '/api/auth/sessions', { token: session.accessToken })).status).toBe(200);

      await page.getByRole('row').filter({ hasText: 'invitee@admin-ui.example.org' }).click();
      await page.getByText('Sign-in and security').waitFor();
      await page.screenshot({ path: 'dist/screenshots/user-security.png', fullPage: true });
      await page.getByRole('button', { name: 'Sign out everywhere' }).click();
      await page.getByText('1 session ended').waitFor();
      expect((await app.request('GET', '/api/auth/sessions', { token: session.accessToken })).status).toBe(401);

      await page.getByRole('button', { name: 'Reset password' }).click();
      await page.getByRole('button', { name: 'Confirm' }).click();
      await expect(page.locator('input[name=inviteUrl]').inputValue()).resolves.toMatch(/\/#\/invitation\//);
      await page.getByRole('button', { name: 'Done' }).click();
      expect((await app.request('POST', '/api/auth/login', { body: { email: 'invitee@admin-ui.example.org', password: 'meadow-falcon-ribbon-36' } })).status).toBe(401);
    } catch (error) {
      throw new Error(`${String(error)}\n${browser.errors.join('\n')}`);
    }
  });
});
