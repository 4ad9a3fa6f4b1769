import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';
import type { InviteResponse } from '@ct/contracts';
import { startTestApp } from '@ct/testing';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;

/** The code of one 30-second step (an absolute step number), to replay a spent code however slow the machine is. */
const totpAtStep = (secret: string, step: number) => generateSync({ secret, epoch: step * 30 });
const currentStep = () => Math.floor(Date.now() / 30000);

/**
 * Second factors in Chromium. The page is opened on `localhost` (WebAuthn needs a host name, and the API's
 * relying party defaults to http://localhost:<port>).
 */
describe('back office: sign-in with a second factor', () => {
  let app: App;
  let origin: string;
  beforeAll(async () => {
    app = await startTestApp({ env: { MFA_REQUIRED_ROLES: 'caseworker' } });
    origin = app.baseUrl.replace('127.0.0.1', 'localhost');
  });
  afterAll(() => app?.close());

  async function newCaseworker() {
    const email = `cw-${Math.random().toString(16).slice(2, 8)}@browser.example.org`;
    const password = 'lantern-pepper-orbit-73';
    const res = await app.request('POST', '/api/users', { token: await app.adminToken(), body: { email, password, role: 'caseworker', displayName: 'Browser Caseworker' } });
    expect(res.status).toBe(201);
    return { email, password };
  }

  async function signInWithPassword(page: Page, user: { email: string; password: string }) {
    await page.goto(`${origin}/`);
    await page.locator('input[name=email]').fill(user.email);
    await page.locator('input[name=password]').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function signOut(page: Page) {
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.locator('input[name=email]').waitFor();
  }

  it('enrolls an authenticator app with the QR code, keeps the recovery codes, then signs in with a code', async () => {
    const browser: TestBrowser = await launchBrowser();
    const { page } = browser;
    try {
      const user = await newCaseworker();
      await signInWithPassword(page, user);
      await page.getByText('Set up a second factor').waitFor();
      await page.getByRole('button', { name: 'Use an authenticator app' }).click();
      await page.getByRole('img', { name: 'QR' }).waitFor();
      await page.screenshot({ path: 'dist/screenshots/enroll-totp.png' });
      const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      const enrolledStep = currentStep();
      await page.locator('input[name=code]').fill(totpAtStep(secret, enrolledStep));
      await page.getByRole('button', { name: 'Confirm' }).click();
      await page.getByText('Your recovery codes').waitFor();
      await expect(page.getByTestId('recovery-codes').locator('li').count()).resolves.toBe(10);
      await page.getByRole('button', { name: 'I have saved them, continue' }).click();
      await page.getByText(/^Welcome, /).waitFor();

      await signOut(page);
      await signInWithPassword(page, user);
      await page.getByText('Second step').waitFor();
      await page.screenshot({ path: 'dist/screenshots/second-step.png' });
      // The code used at enrollment is spent (refused even while still inside the drift window); a later
      // step's code is accepted: the next step (one step of drift) while the clock is still in the spent one.
      await page.locator('input[name=code]').fill(totpAtStep(secret, enrolledStep));
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('The code is wrong or was already used.').waitFor();
      await page.locator('input[name=code]').fill(totpAtStep(secret, Math.max(currentStep(), enrolledStep + 1)));
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText(/^Welcome, /).waitFor();
    } catch (error) {
      throw new Error(`${String(error)}\n${browser.errors.join('\n')}`);
    } finally {
      await browser.close();
    }
  });

  it('enrolls a passkey (Chromium\'s virtual authenticator) and signs in with it', async () => {
    const browser: TestBrowser = await launchBrowser();
    const { page, context } = browser;
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
      });
      const user = await newCaseworker();
      await signInWithPassword(page, user);
      await page.getByRole('button', { name: 'Add a passkey' }).click();
      await page.getByText('Your recovery codes').waitFor();
      await page.getByRole('button', { name: 'I have saved them, continue' }).click();
      await page.getByText(/^Welcome, /).waitFor();

      await signOut(page);
      await signInWithPassword(page, user);
      await page.getByText('Second step').waitFor();
      await page.getByRole('button', { name: 'Use a passkey' }).click();
      await page.getByText(/^Welcome, /).waitFor();

      // My account lists the passkey and this browser's session.
      await page.goto(`${origin}/#/account`);
      await page.getByText('Where you are signed in').waitFor();
      await page.getByText(/^This browser · /).waitFor();
      await page.getByText('Passkey', { exact: true }).waitFor();
      await page.screenshot({ path: 'dist/screenshots/account.png', fullPage: true });
    } catch (error) {
      throw new Error(`${String(error)}\n${browser.errors.join('\n')}`);
    } finally {
      await browser.close();
    }
  });

  it('an invitation link lets the person set a password and enroll before anything else', async () => {
    const browser: TestBrowser = await launchBrowser({ locale: 'ru-RU' });
    const { page } = browser;
    try {
      const res = await app.request<InviteResponse>('POST', '/api/users', { token: await app.adminToken(), body: { email: 'invited@browser.example.org', role: 'caseworker' } });
      await page.goto(res.body.inviteUrl);
      await page.getByText('Задайте пароль').waitFor();
      await page.locator('input[name=password]').fill('Password1234');
      await page.locator('input[name=repeat]').fill('Password1234');
      await page.getByRole('button', { name: 'Задать пароль' }).click();
      await page.getByText(/too common/).waitFor();
      await page.locator('input[name=password]').fill('шарф-кактус-весна-81');
      await page.locator('input[name=repeat]').fill('шарф-кактус-весна-81');
      await page.getByRole('button', { name: 'Задать пароль' }).click();
      await page.getByText('Настройте второй фактор').waitFor();
      await page.screenshot({ path: 'dist/screenshots/invitation-enroll-ru.png' });
    } catch (error) {
      throw new Error(`${String(error)}\n${browser.errors.join('\n')}`);
    } finally {
      await browser.close();
    }
  });
});
