import type { LoginResponse, UserRecord } from '@ct/contracts';
import { startTestApp } from '@ct/testing';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;

describe('back office: an admin manages users', () => {
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

  it('signs in, switches to Russian, creates a caseworker and finds them in the list and the API', async () => {
    const { page } = browser;
    const email = `e2e.caseworker.${Date.now()}@example.org`;
    const password = 'a-long-enough-passphrase-42';

    try {
      await page.goto(`${app.baseUrl}/`);
      await page.locator('input[name=email]').fill(app.admin.email);
      await page.locator('input[name=password]').fill(app.admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText(/^Welcome, /).waitFor();

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Русский' }).click();
      await page.getByText(/^Добро пожаловать, /).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');

      await page.getByRole('menuitem', { name: 'Пользователи' }).click();
      await page.getByRole('link', { name: 'Создать' }).click();
      await page.locator('input[name=email]').fill(email);
      await page.locator('input[name=displayName]').fill('Надежда Петрова');
      await page.getByRole('combobox', { name: 'Роль' }).click();
      await page.getByRole('option', { name: 'Куратор' }).click();
      await page.locator('input[name=password]').fill(password);
      await page.getByRole('button', { name: 'Сохранить' }).click();

      // Back on the list, in Russian, with the new user's row.
      const row = page.getByRole('row').filter({ hasText: email });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('Куратор');
      await expect(row.textContent()).resolves.toContain('Надежда Петрова');
    } catch (error) {
      await page.screenshot({ path: `/tmp/backoffice-e2e-failure-${Date.now()}.png` }).catch(() => undefined);
      if (browser.errors.length) console.error(browser.errors.join('\n'));
      throw error;
    }

    // The API agrees: the user exists, as a caseworker.
    const login = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(app.admin),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as LoginResponse;
    const filter = encodeURIComponent(JSON.stringify({ q: email }));
    const list = await fetch(`${app.baseUrl}/api/users?filter=${filter}`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect(list.status).toBe(200);
    const users = (await list.json()) as UserRecord[];
    expect(users.filter((user) => user.email === email)).toEqual([
      expect.objectContaining({ email, role: 'caseworker', displayName: 'Надежда Петрова', disabled: false }),
    ]);
    expect(JSON.stringify(users)).not.toContain(password);
  });
});
