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
      const h1 = await page.getByRole('heading', { level: 1 }).count();
      if (h1 !== 1) v.push({ id: 'one-level-one-heading', impact: 'serious', help: `${h1} level-one headings`, targets: [] });
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
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const caseworkerScreens = ['/', '/clients', `/clients/${client.id}/show`, '/clients/create', `/clients/${client.id}`, '/cases', '/intake', '/data-checks', '/matches'];
    for (const lang of ['en', 'ru'] as const) {
      await setLanguage(lang);
      Object.assign(all, await audit(caseworkerScreens, `caseworker ${lang}`));
    }
    await signOut();
    await signIn(admin.email, admin.password);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    for (const lang of ['en', 'ru'] as const) {
      await setLanguage(lang);
      Object.assign(all, await audit(['/', '/users', '/users/create', '/audit-events', '/clients', '/data-checks'], `admin ${lang}`));
    }
    await signOut();
    await signIn(director.user.email, director.password);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    for (const lang of ['en', 'ru'] as const) {
      await setLanguage(lang);
      Object.assign(all, await audit(['/clients', `/clients/${client.id}/show`, '/audit-events'], `director ${lang}`));
    }
    await signOut();
    expect(all).toEqual({});
  }, 240_000);

  it('keeps a deep link opened in a new tab through sign-in', async () => {
    // A new tab has its own (empty) session storage: it starts signed out, as the issue describes.
    const tab = await browser.context.newPage();
    try {
      await tab.goto(`${app.baseUrl}/#/clients/${client.id}/show`);
      await tab.locator('input[name=email]').fill(caseworker.user.email);
      await tab.locator('input[name=password]').fill(caseworker.password);
      await tab.locator('button[type=submit]').click();
      await tab.getByRole('heading', { level: 1, name: 'Kira Vasiliev' }).first().waitFor();
      expect(tab.url()).toContain(`/clients/${client.id}/show`);
      // The legal name is kept beside the chosen one, with the pronouns.
      await tab.getByText('Kirill Vasiliev').waitFor();
      await tab.getByText('she/her').first().waitFor();
    } finally {
      await tab.close();
    }
    await browser.page.goto(`${app.baseUrl}/#/login`);
    await signIn(caseworker.user.email, caseworker.password);
    await browser.page.getByRole('heading', { level: 1 }).first().waitFor();
  });

  it('reaches and opens list rows by keyboard, and fits a 390 px screen', async () => {
    const { page } = browser;
    await page.goto(`${app.baseUrl}/#/clients`);
    const row = page.locator('tr.RaDataTable-clickableRow').first();
    await row.waitFor();
    await row.focus();
    await expect(row.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/clients\/[0-9a-f-]+\/show/);
    await page.setViewportSize({ width: 390, height: 800 });
    for (const path of ['/clients', `/clients/${client.id}/show`, '/intake', '/']) {
      await page.goto(`${app.baseUrl}/#${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect([path, overflow]).toEqual([path, 0]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('explains a too-short search, finds a name across alphabets, and saves a one-screen intake', async () => {
    const { page } = browser;
    await page.goto(`${app.baseUrl}/#/clients`);
    const search = page.getByPlaceholder('Name or A-number');
    await search.fill('Ki');
    await page.getByText('Type at least 3 letters of a name').waitFor();
    await search.fill('Кирилл');
    await page.locator('tr.RaDataTable-clickableRow').filter({ hasText: 'Kira Vasiliev' }).waitFor();

    await page.goto(`${app.baseUrl}/#/intake`);
    await page.getByRole('heading', { level: 1, name: /New intake/ }).first().waitFor();
    await page.locator('input[name=firstName]').fill('Дмитрий');
    await page.locator('input[name=lastName]').fill('Новиков');
    await page.locator('input[name=chosenName]').fill('Dima');
    await page.locator('input[name=lastArrivalOn]').fill('2025-03-01');
    const addMilestone = async (index: number, type: string, date: string) => {
      await page.getByRole('button', { name: 'Add' }).click();
      await page.getByRole('combobox', { name: 'Milestone' }).nth(index).click();
      await page.getByRole('option', { name: type }).click();
      await page.locator(`input[name="milestones.${index}.date"]`).fill(date);
    };
    await addMilestone(0, 'I-589 filed (clock starts)', '2025-04-01');
    await addMilestone(1, 'I-765 received (work permit applied)', '2025-03-01');
    await page.getByRole('button', { name: 'Save intake' }).click();
    // A permit application before the filing: refused, shown at that milestone's date, nothing saved.
    await page.getByText('This date contradicts the other milestones').waitFor();
    await page.locator('input[name="milestones.1.date"]').fill('2025-09-10');
    await page.getByRole('button', { name: 'Save intake' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dima Новиков' }).first().waitFor();
    await page.locator('li[data-milestone-type=I589_FILED]').waitFor();
    expect(browser.errors.filter((e) => !e.includes('400'))).toEqual([]);
  });

  it('names audit-log resources in Russian', async () => {
    const { page } = browser;
    await signOut();
    await signIn(admin.email, admin.password);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await setLanguage('ru');
    await page.goto(`${app.baseUrl}/#/audit-events`);
    await page.getByRole('cell', { name: 'клиенты' }).first().waitFor();
    await expect(page.getByRole('cell', { name: 'clients', exact: true }).count()).resolves.toBe(0);
    await setLanguage('en');
  });
});
