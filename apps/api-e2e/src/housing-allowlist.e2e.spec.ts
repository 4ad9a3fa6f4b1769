import { type HousingRequestRecord, type MatchRecord, type RequestSuggestion, VOLUNTEER_REQUEST_FIELDS } from '@ct/contracts';
import { type ApiResponse, type TestApp, startTestApp } from './support/test-app';

/**
 * The allowlist sweep: clients with distinctive identifying values get housing requests; then a volunteer
 * calls every route they can reach (lists, reads, suggestions, matches, refused moves, errors) and no
 * response may carry any identifying value, any client id or code, or a hint of a health-related need.
 */
type Session = { accessToken: string; user: { id: string } };
type Rec = { id: string; code?: string } & Record<string, unknown>;
const filter = (f: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const PEOPLE = [
  { firstName: 'Yefrosinya', lastName: 'Zabolotskaya', aNumber: 'A 213-457-896', aDigits: '213457896', dateOfBirth: '1974-08-19', email: 'yefrosinya.z@hidden.example.org', phone: '+1 (718) 555-0163', phoneDigits: '7185550163' },
  { firstName: 'Radomir', lastName: 'Shchukin-Verkhovsky', aNumber: '087654329', aDigits: '087654329', dateOfBirth: '1979-11-02', email: 'radomir.sv@hidden.example.org', phone: '+1 646 555 0191', phoneDigits: '6465550191' },
  { firstName: 'Avdotya', lastName: 'Pribylovskaya', aNumber: 'A-224-681-357', aDigits: '224681357', dateOfBirth: '1971-01-27', email: 'avdotya.p@hidden.example.org', phone: '+1-347-555-0128', phoneDigits: '3475550128' },
  { firstName: 'Gleb', lastName: 'Kapitonovich', aNumber: '219 753 864', aDigits: '219753864', dateOfBirth: '1976-05-30', email: 'gleb.k@hidden.example.org', phone: '(917) 555-0176', phoneDigits: '9175550176' },
];
/** Request details per person: the third needs an accessible home (health information). */
const NEEDS = [
  { householdSize: 1, languages: ['ru'], constraints: { pets: false, smoking: false }, urgency: 'urgent' },
  { householdSize: 2, languages: ['ru', 'en'], constraints: { pets: true, smoking: null }, urgency: 'high' },
  { householdSize: 1, languages: ['ru'], constraints: { pets: false, smoking: null, accessibility: true }, urgency: 'medium' },
  { householdSize: 3, languages: ['uk', 'ru'], constraints: { pets: false, smoking: true }, urgency: 'low' },
];

describe('housing: what volunteers can never see (allowlist sweep)', () => {
  let app: TestApp;
  let cw: Session;
  let volunteer: Session;
  const clients: Rec[] = [];
  const requests: HousingRequestRecord[] = [];
  const seen: { where: string; status: number; text: string }[] = [];

  const asCw = async <T = Rec>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await app.request<T>(method, path, { token: cw.accessToken, body });
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };
  /** Every volunteer call goes through here, so that the sweep sees every answer. */
  const asVolunteer = async <T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> => {
    const res = await app.request<T>(method, path, { token: volunteer.accessToken, body });
    expect(res.status).toBeLessThan(500);
    seen.push({ where: `${method} ${path}`, status: res.status, text: `${res.text} ${res.headers.get('content-range') ?? ''}` });
    return res;
  };

  beforeAll(async () => {
    app = await startTestApp();
    cw = await app.createUser('caseworker');
    volunteer = await app.createUser('volunteer');
    for (const [i, person] of PEOPLE.entries()) {
      const { aDigits: _a, phoneDigits: _p, ...fields } = person;
      const client = await asCw('POST', '/api/clients', { ...fields, lastArrivalOn: '2025-06-01', region: 'Seattle, WA', householdSize: NEEDS[i].householdSize });
      clients.push(client);
      await asCw('POST', '/api/housing-situations', { clientId: client.id, category: 'temporary_with_friends', startedOn: day(-90), note: `staying with ${person.firstName}'s cousin` });
      requests.push(await asCw<HousingRequestRecord>('POST', '/api/housing-requests', { clientId: client.id, region: 'Seattle, WA', neededFrom: day(-3), neededUntil: day(90), ...NEEDS[i] }));
    }
  });
  afterAll(() => app?.close());

  it('shows volunteers open requests with exactly the allowlisted fields', async () => {
    const res = await asVolunteer<HousingRequestRecord[]>('GET', '/api/housing-requests?range=[0,49]');
    expect(res.status).toBe(200);
    expect(res.body.map((r) => r.id).sort()).toEqual(requests.map((r) => r.id).sort());
    for (const record of res.body) {
      expect(Object.keys(record).sort()).toEqual([...VOLUNTEER_REQUEST_FIELDS].sort());
      expect(Object.keys(record.constraints).sort()).toEqual(['pets', 'smoking']);
    }
    for (const request of requests) {
      const one = await asVolunteer<HousingRequestRecord>('GET', `/api/housing-requests/${request.id}`);
      expect(one.body).toEqual(res.body.find((r) => r.id === request.id));
      expect(one.body.code).toBe(request.code);
    }
    for (const query of ['sort=["urgency","ASC"]', 'sort=["householdSize","DESC"]', `${filter({ region: 'seattle, wa' })}`, `${filter({ code: requests[0].code })}`, `${filter({ urgency: 'urgent' })}`, 'range=[1,2]']) {
      expect((await asVolunteer('GET', `/api/housing-requests?${query}`)).status).toBe(200);
    }
  });

  it('ranks requests for a volunteer offer without revealing health needs, and proposes', async () => {
    const offer = (await asVolunteer<Rec>('POST', '/api/housing-offers', {
      region: 'Seattle, WA', type: 'whole_flat', capacity: 4, availableFrom: day(-10), cost: 'free', languages: ['ru', 'uk'],
      houseRules: { petsAllowed: true, smokingAllowed: true, accessible: false }, hostContact: 'host.sweep@example.org',
    })).body;
    const notAccessible = await asVolunteer<RequestSuggestion[]>('GET', `/api/housing-offers/${offer.id}/suggestions`);
    expect(notAccessible.status).toBe(200);
    // The accessibility need is health information: it neither hides a request from a host's suggestions
    // nor explains anything to them (a missing request would tell). The caseworker's acceptance checks it.
    expect(notAccessible.body.map((s) => s.request.id)).toContain(requests[2].id);
    expect(notAccessible.body.length).toBe(4);
    for (const s of notAccessible.body) expect(Object.keys(s.request).sort()).toEqual([...VOLUNTEER_REQUEST_FIELDS].sort());
    const blind = notAccessible.body.find((s) => s.request.id === requests[2].id) as RequestSuggestion;
    expect(JSON.stringify(blind)).not.toMatch(/access|NEEDS_NOT_MET|wheelchair|disab/i);

    const accessible = (await asVolunteer<Rec>('POST', '/api/housing-offers', {
      region: 'Seattle, WA', type: 'room', capacity: 1, availableFrom: day(-10), cost: 'reduced', languages: ['ru'], houseRules: { accessible: true, smokingAllowed: false },
    })).body;
    const withAccess = await asVolunteer<RequestSuggestion[]>('GET', `/api/housing-offers/${accessible.id}/suggestions`);
    expect(withAccess.body.map((s) => s.request.id)).toContain(requests[2].id);
    const proposal = await asVolunteer<MatchRecord>('POST', '/api/matches', { requestId: requests[2].id, offerId: accessible.id });
    expect(proposal.status).toBe(201);
    // Proposing the inaccessible home is accepted as a proposal, with nothing said about the need.
    const blindProposal = await asVolunteer<MatchRecord>('POST', '/api/matches', { requestId: requests[2].id, offerId: offer.id });
    expect(blindProposal.status).toBe(201);
    expect(JSON.stringify(blindProposal.body)).not.toMatch(/access|NEEDS_NOT_MET/i);
    expect(blindProposal.body.parts.map((part) => part.code)).toContain('DATES_FULL');
    // The caseworker sees why it cannot work, acceptance is refused, and they decline it.
    const full = await asCw<MatchRecord>('GET', `/api/matches/${blindProposal.body.id}`);
    expect(full.parts.map((part) => part.code)).toContain('ACCESSIBILITY_NOT_MET');
    const accept = await app.request('PUT', `/api/matches/${full.id}`, { token: cw.accessToken, body: { ...full, status: 'accepted' } });
    expect(accept.status).toBe(409);
    await asCw('PUT', `/api/matches/${full.id}`, { ...full, status: 'declined' });
    for (const [i] of PEOPLE.entries()) {
      if (i === 2) continue;
      expect((await asVolunteer('POST', '/api/matches', { requestId: requests[i].id, offerId: offer.id })).status).toBe(201);
    }
    expect((await asVolunteer('POST', '/api/matches', { requestId: requests[0].id, offerId: offer.id })).status).toBe(409);
  });

  it('keeps matches anonymous through acceptance and moving in (no consent recorded)', async () => {
    const all = await asVolunteer<MatchRecord[]>('GET', '/api/matches?range=[0,49]');
    const list = { ...all, body: all.body.filter((m) => m.status !== 'declined') };
    expect(list.body).toHaveLength(4);
    const accessibleMatch = list.body.find((m) => m.requestId === requests[2].id) as MatchRecord;
    const asCaseworker = await asCw<MatchRecord>('GET', `/api/matches/${accessibleMatch.id}`);
    await asCw('PUT', `/api/matches/${accessibleMatch.id}`, { ...asCaseworker, status: 'accepted' });
    const first = list.body.find((m) => m.requestId === requests[0].id) as MatchRecord;
    const accepted = await asCw<MatchRecord>('PUT', `/api/matches/${first.id}`, { ...(await asCw<MatchRecord>('GET', `/api/matches/${first.id}`)), status: 'accepted' });
    const fresh = await asVolunteer<MatchRecord>('GET', `/api/matches/${first.id}`);
    expect(fresh.body).not.toHaveProperty('clientFirstName');
    const refused = await asVolunteer<MatchRecord>('PUT', `/api/matches/${first.id}`, { ...fresh.body, status: 'moved_in', movedInOn: day(-1) });
    expect(refused.status).toBe(403);
    const moved = await asCw<MatchRecord>('PUT', `/api/matches/${first.id}`, { ...accepted, status: 'moved_in', movedInOn: day(-1) });
    expect(moved.status).toBe('moved_in');
    expect(accepted.version + 1).toBe(moved.version);
    for (const m of list.body) {
      const one = await asVolunteer<MatchRecord>('GET', `/api/matches/${m.id}`);
      expect(one.status).toBe(200);
      expect(one.body).not.toHaveProperty('hostContact');
      expect(one.body).not.toHaveProperty('housingSituationId');
      expect(one.body.explanation).not.toMatch(/accessib/i);
    }
    // Refused moves and forbidden consent, each with its error body.
    const proposed = list.body.find((m) => m.requestId === requests[1].id) as MatchRecord;
    expect((await asVolunteer('PUT', `/api/matches/${proposed.id}`, { ...proposed, status: 'accepted' })).status).toBe(403);
    expect((await asVolunteer('PUT', `/api/matches/${proposed.id}`, { ...proposed, status: 'ended', endedOn: day(0), endReason: 'other' })).status).toBe(409);
    expect((await asVolunteer('PUT', `/api/matches/${proposed.id}`, { ...proposed, shareFirstName: true })).status).toBe(403);
    expect((await asVolunteer('PUT', `/api/matches/${proposed.id}`, { ...proposed, version: 99 })).status).toBe(409);
    // The housed request stays visible to its host only, still allowlisted.
    const housed = await asVolunteer<HousingRequestRecord>('GET', `/api/housing-requests/${requests[0].id}`);
    expect(housed.body.status).toBe('housed');
    expect(Object.keys(housed.body).sort()).toEqual([...VOLUNTEER_REQUEST_FIELDS].sort());
    await asVolunteer('GET', `/api/housing-requests?${filter({ status: 'housed' })}`);
    await asVolunteer('GET', '/api/housing-offers');
  });

  it('answers guesses, refused routes and bad input without echoing anything', async () => {
    for (const client of clients) {
      expect((await asVolunteer('GET', `/api/housing-requests/${client.id}`)).status).toBe(404);
      expect((await asVolunteer('POST', '/api/matches', { requestId: client.id, offerId: client.id })).status).toBe(404);
      expect((await asVolunteer('GET', `/api/clients/${client.id}`)).status).toBe(403);
      expect((await asVolunteer('GET', `/api/housing-situations?${filter({ clientId: client.id })}`)).status).toBe(403);
      expect((await asVolunteer('GET', `/api/housing-requests?${filter({ clientId: client.id })}`)).status).toBe(400);
      expect((await asVolunteer('GET', `/api/matches?${filter({ requestId: client.id })}`)).status).toBe(200);
    }
    expect((await asVolunteer('GET', '/api/clients')).status).toBe(403);
    expect((await asVolunteer('GET', `/api/housing-requests/${requests[0].id}/suggestions`)).status).toBe(403);
    expect((await asVolunteer('POST', '/api/housing-requests', { clientId: clients[0].id, region: 'Seattle, WA', neededFrom: day(0) })).status).toBe(403);
    expect((await asVolunteer('PUT', `/api/housing-requests/${requests[1].id}`, { ...requests[1] })).status).toBe(403);
    expect((await asVolunteer('GET', `/api/housing-requests?sort=["clientId","ASC"]`)).status).toBe(400);
    // An unknown filter (a name search) is refused, naming the key and never echoing the value.
    expect((await asVolunteer('GET', `/api/housing-requests?${filter({ q: PEOPLE[0].lastName })}`)).status).toBe(400);
    expect((await asVolunteer('POST', '/api/matches', { requestId: requests[1].id, offerId: clients[1].id, note: PEOPLE[1].email })).status).toBe(400);
  });

  it('never carried an identifying value, a client id or code, or a health need in any answer', () => {
    const forbidden = [
      ...PEOPLE.flatMap((p) => [p.firstName, p.lastName, p.aNumber, p.aDigits, p.dateOfBirth, p.email, p.phone, p.phoneDigits]),
      ...clients.flatMap((c) => [c.id, c.code as string]),
      // Keys and texts that only a caseworker's view or a health-related explanation would carry.
      '"clientId"', '"clientFirstName"', '"firstName"', '"lastName"', '"accessibility"', 'accessible home', 'marked accessible', 'cousin',
    ].map((s) => s.toLowerCase());
    expect(seen.length).toBeGreaterThan(40);
    const leaks = seen.flatMap(({ where, text }) => forbidden.filter((value) => text.toLowerCase().includes(value)).map((value) => `${where}: ${value}`));
    expect(leaks).toEqual([]);
  });
});
