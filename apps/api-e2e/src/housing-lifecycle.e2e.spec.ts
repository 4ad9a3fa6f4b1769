import type { HousingOfferRecord, HousingRequestRecord, HousingSituationRecord, MatchRecord, OfferSuggestion, RequestSuggestion } from '@ct/contracts';
import { type ApiResponse, type TestApp, startTestApp } from './support/test-app';

/**
 * The life of a housing match over HTTP: a volunteer's offer, a caseworker's request, ranked suggestions
 * both ways, a proposal, acceptance (and what identity it unlocks), moving in (the client's housing
 * history gains a host placement) and ending; plus who may do what, and what they may never reach.
 */
type Session = { accessToken: string; user: { id: string } };
type Body = Record<string, unknown>;
type AuditEvent = { action: string; resource: string; recordId: string | null };
const filter = (f: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const HOST_CONTACT = '+1 (917) 555-0142, host.lifecycle@example.org';

describe('housing lifecycle', () => {
  let app: TestApp;
  let admin: string;
  let cw: Session;
  let otherCw: Session;
  let host: Session;
  let otherHost: Session;
  let director: Session;
  let clientId: string;
  let offer: HousingOfferRecord;
  let request: HousingRequestRecord;
  let match: MatchRecord;

  const call = <T = Body>(method: string, path: string, who: Session | string, body?: unknown): Promise<ApiResponse<T>> =>
    app.request<T>(method, path, { token: typeof who === 'string' ? who : who.accessToken, body });
  const ok = async <T = Body>(method: string, path: string, who: Session | string, body?: unknown): Promise<T> => {
    const res = await call<T>(method, path, who, body);
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };
  const move = (who: Session, body: Body) => call<MatchRecord>('PUT', `/api/matches/${match.id}`, who, { ...match, ...body });

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
    cw = await app.createUser('caseworker');
    otherCw = await app.createUser('caseworker');
    host = await app.createUser('volunteer', { displayName: 'Host Margarita' });
    otherHost = await app.createUser('volunteer');
    director = await app.createUser('director');
    const client = await ok<{ id: string }>('POST', '/api/clients', cw, { firstName: 'Vsevolod', lastName: 'Lifecyclov', householdSize: 2, languages: ['ru', 'en'], region: 'New York, NY' });
    clientId = client.id;
    await ok('POST', '/api/housing-situations', cw, { clientId, category: 'emergency_shelter', startedOn: day(-60) });
  });
  afterAll(() => app?.close());

  it('lets a volunteer create an offer whose contact only they read back', async () => {
    offer = await ok<HousingOfferRecord>('POST', '/api/housing-offers', host, {
      region: 'New York, NY', type: 'room', capacity: 3, availableFrom: day(-30), cost: 'free', languages: ['ru'],
      houseRules: { petsAllowed: false, smokingAllowed: false, accessible: true }, note: 'Quiet flat near the subway', hostContact: HOST_CONTACT,
    });
    expect(offer).toMatchObject({ hostId: host.user.id, capacity: 3, remainingCapacity: 3, status: 'active', hostContact: HOST_CONTACT, version: 1 });
    expect(await ok('GET', `/api/housing-offers/${offer.id}`, host)).toEqual(offer);
    const seenByCw = await ok<HousingOfferRecord>('GET', `/api/housing-offers/${offer.id}`, cw);
    expect(seenByCw).not.toHaveProperty('hostContact');
    expect(seenByCw).not.toHaveProperty('hostId');
    expect(seenByCw.note).toBe('Quiet flat near the subway');
    const rows = await app.request<{ hostContact?: string }[]>('GET', '/api/housing-offers', { token: host.accessToken });
    expect(rows.headers.get('content-range')).toBe('housing-offers 0-0/1');
  });

  it("hides a volunteer's offer from another volunteer (404, and not listed)", async () => {
    for (const [method, path, body] of [
      ['GET', `/api/housing-offers/${offer.id}`, undefined],
      ['PUT', `/api/housing-offers/${offer.id}`, { ...offer, capacity: 1 }],
      ['DELETE', `/api/housing-offers/${offer.id}`, undefined],
      ['GET', `/api/housing-offers/${offer.id}/suggestions`, undefined],
    ] as const) {
      expect({ method, status: (await call(method, path, otherHost, body)).status }).toEqual({ method, status: 404 });
    }
    expect(await ok<unknown[]>('GET', '/api/housing-offers', otherHost)).toEqual([]);
  });

  it('lets a caseworker open a request with a pseudonymous code, defaults from the client', async () => {
    request = await ok<HousingRequestRecord>('POST', '/api/housing-requests', cw, { clientId, region: 'new york, ny', neededFrom: day(-10), urgency: 'high', constraints: { accessibility: true } });
    expect(request).toMatchObject({ clientId, householdSize: 2, languages: ['ru', 'en'], status: 'open', constraints: { pets: false, smoking: null, accessibility: true }, version: 1 });
    expect(request.code).toMatch(/^HR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await ok('GET', `/api/housing-requests/${request.id}`, cw)).toEqual(request);
    const second = await call('POST', '/api/housing-requests', cw, { clientId, region: 'NYC', neededFrom: day(0) });
    expect(second.status).toBe(409);
    expect((await call('GET', `/api/housing-requests/${request.id}`, otherCw)).status).toBe(404);
    expect((await call('POST', '/api/housing-requests', otherCw, { clientId, region: 'NYC', neededFrom: day(0) })).status).toBe(404);
  });

  it('ranks offers for the request and open requests for the offer, with explanations', async () => {
    const offers = await ok<OfferSuggestion[]>('GET', `/api/housing-requests/${request.id}/suggestions`, cw);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ eligible: true, matchId: null, offer: { id: offer.id } });
    expect(offers[0].explanation).toMatch(/^Score \d+\/100\./);
    expect(offers[0].offer).not.toHaveProperty('hostContact');
    expect(offers[0].parts.map((p) => p.code)).toContain('ACCESSIBILITY_MET');
    const requests = await ok<RequestSuggestion[]>('GET', `/api/housing-offers/${offer.id}/suggestions`, host);
    expect(requests.map((s) => s.request.id)).toEqual([request.id]);
    expect(requests[0].score).toBe(offers[0].score);
    expect(requests[0].parts.map((p) => p.code)).not.toContain('ACCESSIBILITY_MET');
    expect(requests[0].explanation).not.toMatch(/accessib/i);
  });

  it('refuses impossible and malformed proposals with 400 naming why', async () => {
    const far = await ok<HousingOfferRecord>('POST', '/api/housing-offers', host, { region: 'Boston, MA', type: 'couch', capacity: 2, availableFrom: day(-30), cost: 'free', houseRules: { accessible: true } });
    const res = await call<{ field: string; message: string }>('POST', '/api/matches', host, { requestId: request.id, offerId: far.id });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('offerId');
    expect(res.body.message).toContain('The offer is in Boston, MA; the request is for new york, ny.');
    for (const [body, field] of [
      [{ requestId: request.id }, 'offerId'],
      [{ requestId: 'nope', offerId: offer.id }, 'requestId'],
      [{ requestId: request.id, offerId: offer.id, score: 100 }, 'score'],
    ] as const) {
      const bad = await call<{ field: string }>('POST', '/api/matches', host, body);
      expect({ status: bad.status, field: bad.body.field }).toEqual({ status: 400, field });
    }
    const consent = await call<{ field: string }>('POST', '/api/matches', host, { requestId: request.id, offerId: offer.id, shareFirstName: true });
    expect({ status: consent.status, field: consent.body.field }).toEqual({ status: 403, field: 'shareFirstName' });
  });

  it('lets the volunteer propose, once', async () => {
    match = await ok<MatchRecord>('POST', '/api/matches', host, { requestId: request.id, offerId: offer.id });
    expect(match).toMatchObject({ requestId: request.id, offerId: offer.id, requestCode: request.code, status: 'proposed', proposedBy: 'host', householdSize: 2, shareFirstName: false, version: 1 });
    expect(match.explanation).toMatch(/^Score \d+\/100\./);
    expect(match).not.toHaveProperty('clientFirstName');
    expect(match).not.toHaveProperty('hostContact');
    expect((await call('POST', '/api/matches', cw, { requestId: request.id, offerId: offer.id })).status).toBe(409);
    const forOffer = await ok<RequestSuggestion[]>('GET', `/api/housing-offers/${offer.id}/suggestions`, host);
    expect(forOffer[0].matchId).toBe(match.id);
  });

  it('shows the caseworker no host contact before acceptance', async () => {
    const seen = await ok<MatchRecord>('GET', `/api/matches/${match.id}`, cw);
    expect(seen).toMatchObject({ status: 'proposed', hostName: null, hostContact: null });
    expect(seen.parts.map((p) => p.code)).toContain('ACCESSIBILITY_MET');
    expect((await call('GET', `/api/matches/${match.id}`, otherCw)).status).toBe(404);
    expect((await call('GET', `/api/matches/${match.id}`, otherHost)).status).toBe(404);
    expect(await ok('GET', '/api/matches', otherHost)).toEqual([]);
  });

  it('lets only the caseworker accept, and refuses skipped or unknown moves', async () => {
    const byHost = await move(host, { status: 'accepted' });
    expect(byHost.status).toBe(403);
    const skip = await move(cw, { status: 'moved_in', movedInOn: day(-5) });
    expect({ status: skip.status, code: (skip.body as unknown as Body).code }).toEqual({ status: 409, code: 'INVALID_TRANSITION' });
    const unknown = await move(cw, { status: 'housed' });
    expect(unknown.status).toBe(400);
    const stale = await move(cw, { status: 'accepted', version: 0 });
    expect(stale.status).toBe(409);
    const accepted = await move(cw, { status: 'accepted' });
    expect(accepted.status).toBe(200);
    match = accepted.body;
    expect(match).toMatchObject({ status: 'accepted', version: 2, hostName: 'Host Margarita', hostContact: HOST_CONTACT });
  });

  it('still keeps the contact out of the offer itself, and counts the beds taken', async () => {
    const seen = await ok<HousingOfferRecord>('GET', `/api/housing-offers/${offer.id}`, cw);
    expect(seen).not.toHaveProperty('hostContact');
    expect(seen.remainingCapacity).toBe(1);
    const lower = await call<{ code: string }>('PUT', `/api/housing-offers/${offer.id}`, host, { ...offer, capacity: 1 });
    expect({ status: lower.status, code: lower.body.code }).toEqual({ status: 409, code: 'CAPACITY_EXCEEDED' });
  });

  it("tells the host the client's first name only once the caseworker records consent", async () => {
    expect(await ok<MatchRecord>('GET', `/api/matches/${match.id}`, host)).not.toHaveProperty('clientFirstName');
    const byHost = await move(host, { shareFirstName: true });
    expect(byHost.status).toBe(403);
    match = await ok<MatchRecord>('PUT', `/api/matches/${match.id}`, cw, { ...match, shareFirstName: true });
    const seen = await ok<MatchRecord>('GET', `/api/matches/${match.id}`, host);
    expect(seen.clientFirstName).toBe('Vsevolod');
    expect(seen).not.toHaveProperty('hostContact');
    expect(JSON.stringify(seen)).not.toContain('Lifecyclov');
    expect(JSON.stringify(seen)).not.toContain(clientId);
  });

  it('records moving in in the housing history and marks the request housed', async () => {
    // Moving in writes the client's housing history: the host may not record it (nor probe its dates).
    expect((await move(host, { status: 'moved_in', movedInOn: day(-5) })).status).toBe(403);
    const noDate = await move(cw, { status: 'moved_in' });
    expect({ status: noDate.status, field: (noDate.body as unknown as Body).field }).toEqual({ status: 400, field: 'movedInOn' });
    const future = await move(cw, { status: 'moved_in', movedInOn: day(30) });
    expect(future.status).toBe(400);
    match = await ok<MatchRecord>('PUT', `/api/matches/${match.id}`, cw, { ...match, status: 'moved_in', movedInOn: day(-5) });
    expect(match).toMatchObject({ status: 'moved_in', movedInOn: day(-5) });
    const asCw = await ok<MatchRecord>('GET', `/api/matches/${match.id}`, cw);
    const history = await ok<HousingSituationRecord[]>('GET', `/api/housing-situations?${filter({ clientId })}&sort=["startedOn","ASC"]`, cw);
    expect(history.map((h) => [h.category, h.startedOn, h.endedOn])).toEqual([
      ['emergency_shelter', day(-60), day(-5)],
      ['host_placement', day(-5), null],
    ]);
    expect(asCw.housingSituationId).toBe(history[1].id);
    expect((await ok<HousingRequestRecord>('GET', `/api/housing-requests/${request.id}`, cw)).status).toBe('housed');
    // Housed requests leave the volunteers' list, except for the host of the match.
    expect((await ok<HousingRequestRecord[]>('GET', '/api/housing-requests', otherHost)).map((r) => r.id)).not.toContain(request.id);
    expect((await ok<HousingRequestRecord>('GET', `/api/housing-requests/${request.id}`, host)).status).toBe('housed');
  });

  it('closes the placement when the match ends, with a reason from the list', async () => {
    const noReason = await move(cw, { status: 'ended', endedOn: day(-1) });
    expect({ status: noReason.status, field: (noReason.body as unknown as Body).field }).toEqual({ status: 400, field: 'endReason' });
    const badReason = await move(cw, { status: 'ended', endedOn: day(-1), endReason: 'she was arrested' });
    expect({ status: badReason.status, field: (badReason.body as unknown as Body).field }).toEqual({ status: 400, field: 'endReason' });
    const early = await move(cw, { status: 'ended', endedOn: day(-6), endReason: 'other' });
    expect({ status: early.status, field: (early.body as unknown as Body).field }).toEqual({ status: 400, field: 'endedOn' });
    match = await ok<MatchRecord>('PUT', `/api/matches/${match.id}`, cw, { ...match, status: 'ended', endedOn: day(-1), endReason: 'moved_to_rental' });
    expect(match).toMatchObject({ status: 'ended', endedOn: day(-1), endReason: 'moved_to_rental', hostContact: HOST_CONTACT });
    const history = await ok<HousingSituationRecord[]>('GET', `/api/housing-situations?${filter({ clientId, category: 'host_placement' })}`, cw);
    expect(history.map((h) => [h.startedOn, h.endedOn])).toEqual([[day(-5), day(-1)]]);
    expect((await ok<HousingRequestRecord>('GET', `/api/housing-requests/${request.id}`, cw)).status).toBe('closed');
    expect((await ok<HousingOfferRecord>('GET', `/api/housing-offers/${offer.id}`, host)).remainingCapacity).toBe(3);
    const again = await move(cw, { status: 'moved_in', movedInOn: day(-1) });
    expect(again.status).toBe(409);
    expect((await call('DELETE', `/api/housing-offers/${offer.id}`, host)).status).toBe(409);
  });

  it('lets a caseworker propose too, and decline', async () => {
    const client2 = await ok<{ id: string }>('POST', '/api/clients', cw, { firstName: 'Second', lastName: 'Client' });
    const req2 = await ok<HousingRequestRecord>('POST', '/api/housing-requests', cw, { clientId: client2.id, region: 'New York, NY', neededFrom: day(0), neededUntil: day(40), householdSize: 1, languages: ['ru'] });
    const proposal = await ok<MatchRecord>('POST', '/api/matches', cw, { requestId: req2.id, offerId: offer.id, shareFirstName: true });
    expect(proposal).toMatchObject({ proposedBy: 'caseworker', shareFirstName: true, status: 'proposed' });
    // Consent alone does not reveal the name before acceptance.
    expect(await ok<MatchRecord>('GET', `/api/matches/${proposal.id}`, host)).not.toHaveProperty('clientFirstName');
    const declined = await ok<MatchRecord>('PUT', `/api/matches/${proposal.id}`, cw, { ...proposal, status: 'declined' });
    expect(declined.status).toBe('declined');
    const list = await app.request<MatchRecord[]>('GET', `/api/matches?${filter({ offerId: offer.id })}&sort=["createdAt","ASC"]`, { token: host.accessToken });
    expect(list.body.map((m) => m.status)).toEqual(['ended', 'declined']);
    expect(list.headers.get('content-range')).toBe('matches 0-1/2');
    // A declined pair may be proposed again.
    expect((await call('POST', '/api/matches', host, { requestId: req2.id, offerId: offer.id })).status).toBe(201);
  });

  it('refuses directors everything and audits reads and writes', async () => {
    for (const path of ['/api/housing-requests', '/api/housing-offers', '/api/matches', `/api/matches/${match.id}`]) {
      expect({ path, status: (await call('GET', path, director)).status }).toEqual({ path, status: 403 });
    }
    const events = await ok<AuditEvent[]>('GET', `/api/audit-events?${filter({ recordId: match.id })}&range=[0,99]`, admin);
    const actions = events.map((e) => `${e.resource}:${e.action}`);
    expect(actions).toEqual(expect.arrayContaining(['matches:create', 'matches:update', 'matches:read']));
    const requestEvents = await ok<AuditEvent[]>('GET', `/api/audit-events?${filter({ recordId: request.id })}&range=[0,99]`, admin);
    expect(requestEvents.map((e) => `${e.resource}:${e.action}`)).toEqual(expect.arrayContaining(['housing-requests:create', 'housing-requests:read', 'housing-requests:update']));
  });

  it('answers 400 naming the field for bad input, never 5xx', async () => {
    const cases: [Session, string, string, unknown, string][] = [
      [host, 'POST', '/api/housing-offers', { region: 'NYC', type: 'castle', capacity: 1, availableFrom: day(0), cost: 'free' }, 'type'],
      [host, 'POST', '/api/housing-offers', { region: 'NYC', type: 'room', capacity: 0, availableFrom: day(0), cost: 'free' }, 'capacity'],
      [host, 'POST', '/api/housing-offers', { region: 'NYC', type: 'room', capacity: 1, availableFrom: day(0), availableUntil: day(-1), cost: 'free' }, 'availableUntil'],
      [host, 'POST', '/api/housing-offers', { region: 'NYC', type: 'room', capacity: 1, availableFrom: '2026-02-30', cost: 'free' }, 'availableFrom'],
      [host, 'POST', '/api/housing-offers', { region: 'NYC', type: 'room', capacity: 1, availableFrom: day(0), cost: 'free', houseRules: { sauna: true } }, 'houseRules.sauna'],
      [host, 'POST', '/api/housing-offers', { region: 'NYC', type: 'room', capacity: 1, availableFrom: day(0), cost: 'free', languages: ['Russian language!'] }, 'languages'],
      [cw, 'POST', '/api/housing-requests', { clientId, region: 'NYC', neededFrom: day(0), neededUntil: day(-3) }, 'neededUntil'],
      [cw, 'POST', '/api/housing-requests', { clientId, region: 'NYC', neededFrom: day(0), householdSize: 0 }, 'householdSize'],
      [cw, 'POST', '/api/housing-requests', { clientId, region: 'NYC', neededFrom: day(0), constraints: { pets: 'yes' } }, 'constraints.pets'],
      [cw, 'GET', '/api/housing-requests?sort=["clientName","ASC"]', undefined, 'sort'],
      [host, 'GET', `/api/housing-requests?${filter({ clientId })}`, undefined, 'filter.clientId'],
      [cw, 'GET', '/api/matches?range=[5,1]', undefined, 'range'],
    ];
    for (const [who, method, path, body, field] of cases) {
      const res = await call<{ field?: string }>(method, path, who, body);
      expect({ path, field, status: res.status, got: res.body.field }).toEqual({ path, field, status: 400, got: field });
    }
    const malformed = await app.request('POST', '/api/matches', { token: host.accessToken, rawBody: '{"requestId":' });
    expect(malformed.status).toBe(400);
    expect((await call('GET', '/api/housing-requests/not-a-uuid', cw)).status).toBe(404);
  });
});
