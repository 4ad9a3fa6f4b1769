import type { ClientRecord, LoginResponse } from '@ct/contracts';
import { startTestApp } from '@ct/testing';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;
type Session = LoginResponse & { password: string };

const FIRST = 'Yaroslava';
const LAST = 'Miroshnichenko';

describe('back office: a director reassigns a client', () => {
  let app: App;
  let browser: TestBrowser;
  let director: Session;
  let cwA: Session;
  let cwB: Session;
  let client: ClientRecord;

  beforeAll(async () => {
    app = await startTestApp();
    cwA = await app.createUser('caseworker', { displayName: 'Anton First' });
    cwB = await app.createUser('caseworker', { displayName: 'Bella Second' });
    director = await app.createUser('director', { displayName: 'Dora Director' });
    const res = await app.request<ClientRecord>('POST', '/api/clients', {
      token: cwA.accessToken,
      body: { firstName: FIRST, lastName: LAST, region: 'Boston, MA', householdSize: 2 },
    });
    if (res.status !== 201) throw new Error(`POST /api/clients failed with ${res.status}: ${res.text}`);
    client = res.body;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('chooses the new caseworker by name; the new one sees the client, the old one no longer does, and no name is shown', async () => {
    const { page } = browser;
    const noClientName = async () => {
      const text = await page.locator('body').innerText();
      expect(text).not.toContain(FIRST);
      expect(text).not.toContain(LAST);
    };
    try {
      await page.goto(`${app.baseUrl}/`);
      await page.locator('input[name=email]').fill(director.user.email);
      await page.locator('input[name=password]').fill(director.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('stats-dashboard').waitFor();

      // Every menu entry a director has opens without a refusal.
      const menu = await page.getByRole('menuitem').allInnerTexts();
      expect(menu.join('|')).toMatch(/Clients/);
      expect(menu.join('|')).toMatch(/Team caseloads/);
      expect(menu.join('|')).not.toMatch(/Cases/);

      await page.getByRole('menuitem', { name: 'Team caseloads' }).click();
      const overview = page.getByTestId('caseload-overview');
      await overview.getByRole('row', { name: /Anton First/ }).waitFor();
      expect(await overview.getByRole('row', { name: /Anton First/ }).innerText()).toMatch(/Anton First\s+1\s+0\s+0\s+0/);
      await page.screenshot({ path: '/tmp/stats-director-team.png', fullPage: true });

      await page.getByRole('menuitem', { name: 'Clients' }).click();
      const row = page.getByRole('row', { name: new RegExp(client.code) });
      await row.waitFor();
      // The assigned caseworker by name, for directors too.
      await row.getByText('Anton First').waitFor();
      await noClientName();
      await page.screenshot({ path: '/tmp/stats-director-clients.png', fullPage: true });

      await row.getByRole('button', { name: 'Reassign' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(`Reassign client ${client.code}`).waitFor();
      await dialog.getByRole('combobox').click();
      const options = page.getByRole('option');
      await page.getByRole('option', { name: 'Bella Second' }).waitFor();
      // Names only: neither email is offered.
      const offered = await options.allInnerTexts();
      expect(offered.join('\n')).not.toContain('@');
      await page.getByRole('option', { name: 'Bella Second' }).click();
      await dialog.getByRole('button', { name: 'Reassign' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('Client reassigned').waitFor();
      await row.getByText('Bella Second').waitFor();
      await noClientName();
      // No screen answered "forbidden" along the way.
      expect(await page.locator('body').innerText()).not.toMatch(/does not allow|403/);
    } catch (error) {
      throw new Error(`${(error as Error).message}\nbrowser errors:\n${browser.errors.join('\n')}`);
    }

    const forB = await app.request<ClientRecord>('GET', `/api/clients/${client.id}`, { token: cwB.accessToken });
    expect(forB.status).toBe(200);
    expect(forB.body).toMatchObject({ caseworkerId: cwB.user.id, firstName: FIRST, lastName: LAST, region: 'Boston, MA', householdSize: 2 });
    expect((await app.request('GET', `/api/clients/${client.id}`, { token: cwA.accessToken })).status).toBe(404);
  });
});
