import type { ClientRecord, HousingOfferRecord, HousingRequestRecord, LoginResponse, MatchRecord } from '@ct/contracts';
import { startTestApp } from '@ct/testing';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './support/browser';

type App = Awaited<ReturnType<typeof startTestApp>>;
type SignedIn = LoginResponse & { password: string };

/** `YYYY-MM-DD`, `days` from today (UTC; the test only needs dates that overlap). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// Distinctive, so that finding either anywhere on the volunteer's page means the identity leaked.
const FIRST_NAME = 'Zinovia';
const LAST_NAME = 'Quartermaine';
const HOST_CONTACT = '+1 555 0199 / host.olga@example.org';

async function signIn(page: Page, baseUrl: string, user: SignedIn): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.locator('input[name=email]').fill(user.user.email);
  await page.locator('input[name=password]').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await page.locator('input[name=email]').waitFor();
}

describe('back office: a volunteer proposes housing, the caseworker accepts it', () => {
  let app: App;
  let browser: TestBrowser;
  let caseworker: SignedIn;
  let volunteer: SignedIn;
  let request: HousingRequestRecord;
  let offer: HousingOfferRecord;

  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.createUser('caseworker');
    volunteer = await app.createUser('volunteer', { displayName: 'Olga Host' });

    const client = await app.request<ClientRecord>('POST', '/api/clients', {
      token: caseworker.accessToken,
      body: { firstName: FIRST_NAME, lastName: LAST_NAME, region: 'Boston, MA', householdSize: 2, languages: ['ru', 'en'] },
    });
    if (client.status !== 201) throw new Error(`creating the client failed with ${client.status}: ${client.text}`);
    const created = await app.request<HousingRequestRecord>('POST', '/api/housing-requests', {
      token: caseworker.accessToken,
      body: {
        clientId: client.body.id,
        region: 'Boston, MA',
        neededFrom: day(7),
        neededUntil: day(97),
        householdSize: 2,
        languages: ['ru', 'en'],
        constraints: { pets: false, smoking: false },
        urgency: 'high',
      },
    });
    if (created.status !== 201) throw new Error(`creating the request failed with ${created.status}: ${created.text}`);
    request = created.body;
    const offered = await app.request<HousingOfferRecord>('POST', '/api/housing-offers', {
      token: volunteer.accessToken,
      body: {
        region: 'Boston, MA',
        type: 'room',
        capacity: 2,
        availableFrom: day(0),
        availableUntil: null,
        cost: 'free',
        languages: ['ru'],
        houseRules: { petsAllowed: false, smokingAllowed: false, accessible: null },
        hostContact: HOST_CONTACT,
      },
    });
    if (offered.status !== 201) throw new Error(`creating the offer failed with ${offered.status}: ${offered.text}`);
    offer = offered.body;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the volunteer the pseudonymous request only, and shows the caseworker the host once accepted', async () => {
    const { page } = browser;
    try {
      // The volunteer opens their offer: the request is suggested by its code, the client stays anonymous.
      await signIn(page, app.baseUrl, volunteer);
      await page.getByRole('heading', { name: 'Your housing offers' }).waitFor();
      await page.getByRole('menuitem', { name: 'My offers' }).click();
      await page.getByRole('cell', { name: 'Room' }).click();
      const suggestions = page.getByRole('region', { name: 'Suggested matches' });
      await suggestions.waitFor();
      const row = suggestions.locator(`li[data-request-code="${request.code}"]`);
      await row.getByText(request.code, { exact: true }).waitFor();
      await row.getByText('Score 100/100').waitFor();
      await row.getByText('Shared language: Russian.').waitFor();
      const text = await page.locator('body').innerText();
      expect(text).toContain(request.code);
      expect(text).not.toContain(FIRST_NAME);
      expect(text).not.toContain(LAST_NAME);
      expect(await page.content()).not.toContain(FIRST_NAME);

      await row.getByRole('button', { name: `Propose ${request.code}` }).click();
      await row.getByText('Already proposed').waitFor();
      await page.getByRole('region', { name: 'Matches for this offer' }).getByText('Proposed', { exact: true }).waitFor();
      await signOut(page);

      // The caseworker is told a proposal waits, opens the proposals and accepts it.
      await signIn(page, app.baseUrl, caseworker);
      await page.getByRole('heading', { name: 'Due soon' }).waitFor();
      await page.getByText('1 housing proposal awaits your decision').waitFor();
      await page.getByRole('menuitem', { name: 'Housing proposals' }).click();
      const card = page.locator('article[data-match-id]');
      await card.getByRole('link', { name: `${FIRST_NAME} ${LAST_NAME}` }).waitFor();
      await card.getByText(request.code, { exact: true }).waitFor();
      expect(await card.getByTestId('host-contact').count()).toBe(0);
      await card.getByRole('button', { name: 'Accept' }).click();

      await card.getByTestId('host-contact').getByText(HOST_CONTACT).waitFor();
      await card.getByTestId('host-contact').getByText('Olga Host').waitFor();
      await expect(card.getAttribute('data-status')).resolves.toBe('accepted');
      await card.getByText('Accepted', { exact: true }).waitFor();
      expect(browser.errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: `/tmp/backoffice-e2e-failure-${Date.now()}.png`, fullPage: true }).catch(() => undefined);
      if (browser.errors.length) console.error(browser.errors.join('\n'));
      throw error;
    }

    // The API agrees: one accepted match, the host's contact for the caseworker, no name for the host.
    const filter = encodeURIComponent(JSON.stringify({ requestId: request.id }));
    const matches = await app.request<MatchRecord[]>('GET', `/api/matches?filter=${filter}`, { token: caseworker.accessToken });
    expect(matches.status).toBe(200);
    expect(matches.body).toEqual([expect.objectContaining({ offerId: offer.id, status: 'accepted', proposedBy: 'host', hostContact: HOST_CONTACT })]);
    const hostView = await app.request<MatchRecord[]>('GET', '/api/matches', { token: volunteer.accessToken });
    expect(hostView.body).toEqual([expect.objectContaining({ status: 'accepted' })]);
    expect(hostView.body[0]).not.toHaveProperty('clientFirstName');
  });
});
