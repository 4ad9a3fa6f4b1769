import type { ConsentRecord } from '@ct/contracts';
import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

describe('consent records: dated, per purpose, with expiry and withdrawal; the switches follow them', () => {
  let app: TestApp;
  let cw: { accessToken: string };
  let clientId: string;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());

  const post = (body: Record<string, unknown>, token = cw.accessToken) => app.request<ConsentRecord>('POST', '/api/consents', { token, body: { clientId, ...body } });
  const excluded = async () => withClient(app.databaseUrl, async (c) => (await c.query(`SELECT exclude_from_statistics AS x FROM clients WHERE id = $1`, [clientId])).rows[0].x as boolean);

  beforeAll(async () => {
    app = await startTestApp();
    cw = await app.createUser('caseworker');
    const client = await app.request<{ id: string }>('POST', '/api/clients', { token: cw.accessToken, body: { firstName: 'Consenta', lastName: 'Dated' } });
    clientId = client.body.id;
  });
  afterAll(async () => app?.close());

  it('statistics: a refusal excludes, a later yes counts, a withdrawal excludes again; all audited without values', async () => {
    expect(await excluded()).toBe(false);
    const no = await post({ purpose: 'statistics', granted: false, givenOn: '2026-01-05' });
    expect(no.status).toBe(201);
    expect(no.body).toMatchObject({ purpose: 'statistics', granted: false, inForce: false });
    expect(await excluded()).toBe(true);

    const yes = await post({ purpose: 'statistics', granted: true, givenOn: today });
    expect(yes.body.inForce).toBe(true);
    expect(await excluded()).toBe(false);

    const withdrawn = await app.request<ConsentRecord>('PUT', `/api/consents/${yes.body.id}`, { token: cw.accessToken, body: { ...yes.body, withdrawnOn: today } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ withdrawnOn: today, inForce: false });
    expect(await excluded()).toBe(true);
    const again = await app.request('PUT', `/api/consents/${yes.body.id}`, { token: cw.accessToken, body: { ...withdrawn.body, withdrawnOn: null } });
    expect(again.status).toBe(400);

    const list = await app.request<ConsentRecord[]>('GET', `/api/consents?filter=${encodeURIComponent(JSON.stringify({ clientId }))}`, { token: cw.accessToken });
    expect(list.body.map((c) => c.id)).toEqual([yes.body.id, no.body.id]);
    const audit = await withClient(app.databaseUrl, async (c) => (await c.query(`SELECT action, details FROM audit_events WHERE resource = 'consents' AND action <> 'list' ORDER BY created_at`)).rows);
    expect(audit).toEqual([
      { action: 'create', details: { clientId } },
      { action: 'create', details: { clientId } },
      { action: 'update', details: { changed: ['withdrawnOn'] } },
    ]);
  });

  it('an expired yes does not count', async () => {
    const res = await post({ purpose: 'statistics', granted: true, givenOn: today, expiresOn: today });
    expect(res.body.inForce).toBe(true);
    expect(await excluded()).toBe(false);
    // The same record seen a day later: the date check re-derives the switch.
    await withClient(app.databaseUrl, (c) => c.query(`UPDATE client_consents SET given_on = given_on - 10, expires_on = expires_on - 1 WHERE id = $1`, [res.body.id]));
    const stale = await app.request<ConsentRecord>('GET', `/api/consents/${res.body.id}`, { token: cw.accessToken });
    expect(stale.body.inForce).toBe(false);
    // A later consent write (or the hourly check) brings the switch in line.
    await post({ purpose: 'contact_channel', granted: true, detail: 'signal', givenOn: today });
    expect(await excluded()).toBe(true);
  });

  it('host first name: a recorded consent sets the flag on the live match; withdrawal clears it', async () => {
    const volunteer = await app.createUser('volunteer');
    const offer = await app.request<{ id: string }>('POST', '/api/housing-offers', { token: volunteer.accessToken, body: { region: 'NY', type: 'room', capacity: 1, availableFrom: '2025-01-01', cost: 'free' } });
    const request = await app.request<{ id: string }>('POST', '/api/housing-requests', { token: cw.accessToken, body: { clientId, region: 'NY', neededFrom: '2025-02-01' } });
    const match = await app.request<{ id: string; shareFirstName: boolean }>('POST', '/api/matches', { token: cw.accessToken, body: { requestId: request.body.id, offerId: offer.body.id } });
    expect(match.status).toBe(201);
    expect(match.body.shareFirstName).toBe(false);
    const consent = await post({ purpose: 'host_first_name', granted: true, givenOn: today });
    expect(consent.status).toBe(201);
    expect((await app.request<{ shareFirstName: boolean }>('GET', `/api/matches/${match.body.id}`, { token: cw.accessToken })).body.shareFirstName).toBe(true);
    await app.request('PUT', `/api/consents/${consent.body.id}`, { token: cw.accessToken, body: { version: consent.body.version, withdraw: true } });
    expect((await app.request<{ shareFirstName: boolean }>('GET', `/api/matches/${match.body.id}`, { token: cw.accessToken })).body.shareFirstName).toBe(false);
  });

  it.each([
    ['contact channel without a channel', { purpose: 'contact_channel', granted: true, givenOn: '2026-01-05' }],
    ['partner sharing without the organization', { purpose: 'partner_sharing', granted: true, givenOn: '2026-01-05' }],
    ['given in the future', { purpose: 'statistics', granted: true, givenOn: '2999-01-01' }],
    ['expiring before it was given', { purpose: 'statistics', granted: true, givenOn: '2026-01-05', expiresOn: '2026-01-01' }],
    ['an unknown purpose', { purpose: 'marketing', granted: true, givenOn: '2026-01-05' }],
  ])('refuses %s with 400', async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
  });

  it('directors and volunteers are refused (403); another caseworker gets 404', async () => {
    const director = await app.createUser('director');
    const volunteer = await app.createUser('volunteer');
    const other = await app.createUser('caseworker');
    for (const token of [director.accessToken, volunteer.accessToken]) {
      expect((await app.request('GET', `/api/consents?filter=${encodeURIComponent(JSON.stringify({ clientId }))}`, { token })).status).toBe(403);
      expect((await post({ purpose: 'statistics', granted: true, givenOn: today }, token)).status).toBe(403);
    }
    expect((await post({ purpose: 'statistics', granted: true, givenOn: today }, other.accessToken)).status).toBe(404);
    const mine = await app.request<ConsentRecord[]>('GET', `/api/consents?filter=${encodeURIComponent(JSON.stringify({ clientId }))}`, { token: other.accessToken });
    expect(mine.body).toEqual([]);
  });
});

describe('the consent date check when the app starts (and hourly)', () => {
  let first: TestApp;
  let second: TestApp | undefined;
  afterAll(async () => {
    await second?.stop();
    await first?.close();
  });

  it('re-derives the statistics switch once a consent has expired, with nobody touching the record', async () => {
    first = await startTestApp();
    const cw = await first.createUser('caseworker');
    const client = await first.request<{ id: string }>('POST', '/api/clients', { token: cw.accessToken, body: { firstName: 'Expiring', lastName: 'Consent' } });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
    const consent = await first.request<ConsentRecord>('POST', '/api/consents', { token: cw.accessToken, body: { clientId: client.body.id, purpose: 'statistics', granted: true, givenOn: today, expiresOn: today } });
    expect(consent.body.inForce).toBe(true);
    const excluded = () => withClient(first.databaseUrl, async (c) => (await c.query(`SELECT exclude_from_statistics AS x FROM clients WHERE id = $1`, [client.body.id])).rows[0].x as boolean);
    expect(await excluded()).toBe(false);
    await first.stop();
    // As if days had passed: the consent expired yesterday.
    await withClient(first.databaseUrl, (c) => c.query(`UPDATE client_consents SET given_on = given_on - 10, expires_on = expires_on - 1 WHERE id = $1`, [consent.body.id]));
    second = await startTestApp({ databaseName: first.databaseName });
    const deadline = Date.now() + 10000;
    while (!(await excluded()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await excluded()).toBe(true);
  });
});
