import type { HousingOfferRecord, HousingRequestRecord, MatchRecord } from '@ct/contracts';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * Acceptance never over-fills an offer, even when two acceptances race: the offer row is locked while the
 * beds are counted. Real PostgreSQL, concurrent HTTP requests (the embedded database serializes everything,
 * so it could not show the race).
 */
type Session = { accessToken: string; user: { id: string } };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('housing capacity', () => {
  let app: TestApp;
  let cwA: Session;
  let cwB: Session;
  let host: Session;

  const ok = async <T>(method: string, path: string, who: Session, body?: unknown): Promise<T> => {
    const res = await app.request<T>(method, path, { token: who.accessToken, body });
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };
  const openRequest = async (cw: Session, householdSize: number) => {
    const client = await ok<{ id: string }>('POST', '/api/clients', cw, { firstName: 'Race', lastName: `Household${householdSize}` });
    return ok<HousingRequestRecord>('POST', '/api/housing-requests', cw, { clientId: client.id, region: 'Chicago, IL', neededFrom: day(1), neededUntil: day(60), householdSize, languages: ['ru'] });
  };
  const offerFor = (capacity: number) =>
    ok<HousingOfferRecord>('POST', '/api/housing-offers', host, { region: 'Chicago, IL', type: 'flat_share', capacity, availableFrom: day(0), cost: 'reduced', languages: ['ru'] });
  const propose = (requestId: string, offerId: string) => ok<MatchRecord>('POST', '/api/matches', host, { requestId, offerId });

  beforeAll(async () => {
    app = await startTestApp();
    cwA = await app.createUser('caseworker');
    cwB = await app.createUser('caseworker');
    host = await app.createUser('volunteer');
  });
  afterAll(() => app?.close());

  it.each([1, 2, 3])('lets exactly one of two racing acceptances through when both households do not fit (round %i)', async () => {
    const offer = await offerFor(3);
    const [reqA, reqB] = await Promise.all([openRequest(cwA, 2), openRequest(cwB, 2)]);
    const [mA, mB] = [await propose(reqA.id, offer.id), await propose(reqB.id, offer.id)];
    const [resA, resB] = await Promise.all([
      app.request<{ code?: string; status?: string }>('PUT', `/api/matches/${mA.id}`, { token: cwA.accessToken, body: { ...mA, status: 'accepted' } }),
      app.request<{ code?: string; status?: string }>('PUT', `/api/matches/${mB.id}`, { token: cwB.accessToken, body: { ...mB, status: 'accepted' } }),
    ]);
    expect([resA.status, resB.status].sort()).toEqual([200, 409]);
    const refused = resA.status === 409 ? resA : resB;
    expect(refused.body.code).toBe('CAPACITY_EXCEEDED');
    const after = await ok<HousingOfferRecord>('GET', `/api/housing-offers/${offer.id}`, host);
    expect(after.remainingCapacity).toBe(1);
    const matches = await ok<MatchRecord[]>('GET', `/api/matches?filter=${encodeURIComponent(JSON.stringify({ offerId: offer.id }))}`, host);
    expect(matches.map((m) => m.status).sort()).toEqual(['accepted', 'proposed']);
  });

  it('lets both through when both households fit', async () => {
    const offer = await offerFor(4);
    const [reqA, reqB] = await Promise.all([openRequest(cwA, 2), openRequest(cwB, 2)]);
    const [mA, mB] = [await propose(reqA.id, offer.id), await propose(reqB.id, offer.id)];
    const results = await Promise.all([
      app.request('PUT', `/api/matches/${mA.id}`, { token: cwA.accessToken, body: { ...mA, status: 'accepted' } }),
      app.request('PUT', `/api/matches/${mB.id}`, { token: cwB.accessToken, body: { ...mB, status: 'accepted' } }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect((await ok<HousingOfferRecord>('GET', `/api/housing-offers/${offer.id}`, host)).remainingCapacity).toBe(0);
  });

  it('frees the beds when an accepted match is declined, and stops proposals that no longer fit', async () => {
    const offer = await offerFor(2);
    const [reqA, reqB] = await Promise.all([openRequest(cwA, 2), openRequest(cwB, 2)]);
    const mA = await propose(reqA.id, offer.id);
    const mB = await propose(reqB.id, offer.id);
    const accepted = await ok<MatchRecord>('PUT', `/api/matches/${mA.id}`, cwA, { ...mA, status: 'accepted' });
    const full = await app.request<{ code: string }>('PUT', `/api/matches/${mB.id}`, { token: cwB.accessToken, body: { ...mB, status: 'accepted' } });
    expect({ status: full.status, code: full.body.code }).toEqual({ status: 409, code: 'CAPACITY_EXCEEDED' });
    // A new proposal is scored against the beds left: a full offer is no possible match.
    const reqC = await openRequest(cwB, 1);
    const refused = await app.request<{ field: string; message: string }>('POST', '/api/matches', { token: host.accessToken, body: { requestId: reqC.id, offerId: offer.id } });
    expect({ status: refused.status, field: refused.body.field }).toEqual({ status: 400, field: 'offerId' });
    expect(refused.body.message).toContain('0 beds free for a household of 1');
    // The host backs out: the beds are free again and the other household can be accepted.
    await ok('PUT', `/api/matches/${mA.id}`, host, { ...accepted, status: 'declined' });
    const second = await ok<MatchRecord>('PUT', `/api/matches/${mB.id}`, cwB, { ...mB, status: 'accepted' });
    expect(second.status).toBe('accepted');
  });
});
