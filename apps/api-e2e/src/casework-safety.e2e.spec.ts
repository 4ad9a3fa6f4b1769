import { type TestApp, startTestApp } from './support/test-app';

/**
 * Bad input is refused with 400 naming the field, a stale version with 409, and either way nothing
 * changes; no input at all, however hostile, gets a 5xx.
 */
type Rec = { id: string; version: number } & Record<string, unknown>;
type ErrorBody = { statusCode: number; field?: string; message: string };
const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

describe('casework input safety', () => {
  let app: TestApp;
  let token: string;
  let client: Rec;
  let kase: Rec;
  let milestone: Rec;
  let housing: Rec;
  let need: Rec;
  let note: Rec;

  const post = async (path: string, body: Record<string, unknown>): Promise<Rec> => {
    const res = await app.request<Rec>('POST', path, { token, body });
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };
  /** Everything a caseworker can see, to compare before and after a refused write. */
  const snapshot = async () =>
    Promise.all(['clients', 'cases', 'milestones', 'housing-situations', 'support-needs', 'notes'].map(async (r) => (await app.request('GET', `/api/${r}?range=[0,499]`, { token })).text));

  beforeAll(async () => {
    app = await startTestApp();
    token = (await app.createUser('caseworker')).accessToken;
    client = await post('/api/clients', { firstName: 'Safe', lastName: 'Client', aNumber: '111222333', dateOfBirth: '1990-01-01', householdSize: 2, lastArrivalOn: '2025-03-10' });
    kase = await post('/api/cases', { clientId: client.id, kind: 'affirmative' });
    milestone = await post('/api/milestones', { caseId: kase.id, type: 'I589_FILED', date: '2025-04-01' });
    housing = await post('/api/housing-situations', { clientId: client.id, category: 'rental', startedOn: '2025-03-11' });
    need = await post('/api/support-needs', { clientId: client.id, category: 'food', urgency: 'medium', openedOn: '2025-03-12' });
    note = await post('/api/notes', { clientId: client.id, body: 'first' });
  });
  afterAll(() => app?.close());

  describe('bad input on create', () => {
    it.each([
      ['a client with a malformed A-number', 'clients', () => ({ firstName: 'A', lastName: 'B', aNumber: '12AB' }), 'aNumber'],
      ['a client with a 7-digit A-number', 'clients', () => ({ firstName: 'A', lastName: 'B', aNumber: 'A1234567' }), 'aNumber'],
      ['a client born on Feb 30', 'clients', () => ({ firstName: 'A', lastName: 'B', dateOfBirth: '2026-02-30' }), 'dateOfBirth'],
      ['a client with an unknown field', 'clients', () => ({ firstName: 'A', lastName: 'B', sexualOrientation: 'x' }), 'sexualOrientation'],
      ['a client without a last name', 'clients', () => ({ firstName: 'A' }), 'lastName'],
      ['a client with a household of 0', 'clients', () => ({ firstName: 'A', lastName: 'B', householdSize: 0 }), 'householdSize'],
      ['a client with a household of "3"', 'clients', () => ({ firstName: 'A', lastName: 'B', householdSize: '3' }), 'householdSize'],
      ['a client with a bad email', 'clients', () => ({ firstName: 'A', lastName: 'B', email: 'not-an-email' }), 'email'],
      ['a client with languages as text', 'clients', () => ({ firstName: 'A', lastName: 'B', languages: 'ru' }), 'languages'],
      ['a client with an unknown English level', 'clients', () => ({ firstName: 'A', lastName: 'B', englishLevel: 'fluent' }), 'englishLevel'],
      ['a case of an unknown kind', 'cases', () => ({ clientId: client.id, kind: 'criminal' }), 'kind'],
      ['a case with a malformed receipt number', 'cases', () => ({ clientId: client.id, kind: 'affirmative', i589ReceiptNumber: 'ABC123' }), 'i589ReceiptNumber'],
      ['a case with an unknown status', 'cases', () => ({ clientId: client.id, kind: 'affirmative', status: 'won' }), 'status'],
      ['a case for a malformed client id', 'cases', () => ({ clientId: 'not-a-uuid', kind: 'affirmative' }), 'clientId'],
      ['a milestone of an unknown type', 'milestones', () => ({ caseId: kase.id, type: 'DEPORTED', date: '2025-05-01' }), 'type'],
      ['an end date on a milestone that is not a clock stop', 'milestones', () => ({ caseId: kase.id, type: 'INTERVIEW', date: '2025-05-01', endDate: '2025-05-10' }), 'endDate'],
      ['a clock stop ending before it starts', 'milestones', () => ({ caseId: kase.id, type: 'CLOCK_STOP', date: '2025-05-10', endDate: '2025-05-01' }), 'endDate'],
      ['a milestone on a month 13', 'milestones', () => ({ caseId: kase.id, type: 'INTERVIEW', date: '2025-13-01' }), 'date'],
      ['a milestone without a date', 'milestones', () => ({ caseId: kase.id, type: 'INTERVIEW' }), 'date'],
      ['a housing situation of an unknown category', 'housing-situations', () => ({ clientId: client.id, category: 'palace', startedOn: '2025-05-01' }), 'category'],
      ['a housing situation ending before it starts', 'housing-situations', () => ({ clientId: client.id, category: 'street', startedOn: '2025-05-10', endedOn: '2025-05-01' }), 'endedOn'],
      ['a support need of an unknown urgency', 'support-needs', () => ({ clientId: client.id, category: 'food', urgency: 'critical', openedOn: '2025-05-01' }), 'urgency'],
      ['a support need met before it opened', 'support-needs', () => ({ clientId: client.id, category: 'food', openedOn: '2025-05-10', metOn: '2025-05-01' }), 'metOn'],
      ['an empty note', 'notes', () => ({ clientId: client.id, body: '' }), 'body'],
      ['a note with a number as body', 'notes', () => ({ clientId: client.id, body: 42 }), 'body'],
    ])('refuses %s with 400 naming the field, creating nothing', async (_label, resource, body, field) => {
      const before = await snapshot();
      const res = await app.request<ErrorBody>('POST', `/api/${resource}`, { token, body: body() });
      expect(res.status).toBe(400);
      expect(res.body.field).toBe(field);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('bad input on update', () => {
    const current = async (resource: string, id: string) => (await app.request<Rec>('GET', `/api/${resource}/${id}`, { token })).body;
    it.each([
      ['a malformed A-number', 'clients', () => client.id, { aNumber: '12AB' }, 'aNumber'],
      ['a birth date of Feb 30', 'clients', () => client.id, { dateOfBirth: '2026-02-30' }, 'dateOfBirth'],
      ['an unknown field', 'clients', () => client.id, { isVip: true }, 'isVip'],
      ['an emptied first name', 'clients', () => client.id, { firstName: '  ' }, 'firstName'],
      ['a household of 0', 'clients', () => client.id, { householdSize: 0 }, 'householdSize'],
      ['a household of null', 'clients', () => client.id, { householdSize: null }, 'householdSize'],
      ['no version', 'clients', () => client.id, { version: undefined }, 'version'],
      ['an emptied status', 'cases', () => kase.id, { status: null }, 'status'],
      ['an unknown field', 'cases', () => kase.id, { secretFlag: 1 }, 'secretFlag'],
      ['an end date on a non-clock-stop milestone', 'milestones', () => milestone.id, { endDate: '2025-06-01' }, 'endDate'],
      ['an unknown milestone type', 'milestones', () => milestone.id, { type: 'ESCAPED' }, 'type'],
      ['an end before the start', 'housing-situations', () => housing.id, { endedOn: '2025-01-01' }, 'endedOn'],
      ['an unknown urgency', 'support-needs', () => need.id, { urgency: 'whenever' }, 'urgency'],
      ['an emptied note body', 'notes', () => note.id, { body: '' }, 'body'],
    ])('refuses %s on %s with 400 naming the field, changing nothing', async (_label, resource, id, change, field) => {
      const before = await current(resource, id());
      const res = await app.request<ErrorBody>('PUT', `/api/${resource}/${id()}`, { token, body: { ...before, ...change } });
      expect(res.status).toBe(400);
      expect(res.body.field).toBe(field);
      expect(await current(resource, id())).toEqual(before);
    });

    it('refuses a change of a milestone type that would leave an end date on a non-clock-stop', async () => {
      const stop = await post('/api/milestones', { caseId: kase.id, type: 'CLOCK_STOP', date: '2025-06-01', endDate: '2025-06-10' });
      const res = await app.request<ErrorBody>('PUT', `/api/milestones/${stop.id}`, { token, body: { ...stop, type: 'BIOMETRICS' } });
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('endDate');
      expect((await current('milestones', stop.id)).type).toBe('CLOCK_STOP');
    });
  });

  describe('malformed JSON', () => {
    it.each([
      ['a truncated client', 'POST', () => '/api/clients', '{"firstName": "Oops",'],
      ['a truncated client update', 'PUT', () => `/api/clients/${client.id}`, '{"version": 1, "region": '],
      ['a single-quoted milestone', 'POST', () => '/api/milestones', "{'caseId': 'x'}"],
      ['an empty note update', 'PUT', () => `/api/notes/${note.id}`, ''],
    ])('answers %s (%s) with 400 naming the body, changing nothing', async (_label, method, path, rawBody) => {
      const before = await snapshot();
      const res = await app.request<ErrorBody>(method, path(), { token, rawBody, headers: { 'Content-Type': 'application/json' } });
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('body');
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('stale versions', () => {
    it.each([
      ['client', 'clients', () => client.id, { region: 'Boston' }, { region: 'Chicago' }],
      ['case', 'cases', () => kase.id, { status: 'filed' }, { status: 'closed' }],
    ])('refuses a %s PUT with a stale version with 409, keeping the newer change', async (_label, resource, id, first, second) => {
      const read = (await app.request<Rec>('GET', `/api/${resource}/${id()}`, { token })).body;
      const ok = await app.request<Rec>('PUT', `/api/${resource}/${id()}`, { token, body: { ...read, ...first } });
      expect(ok.status).toBe(200);
      expect(ok.body.version).toBe(read.version + 1);
      const stale = await app.request<ErrorBody>('PUT', `/api/${resource}/${id()}`, { token, body: { ...read, ...second } });
      expect(stale.status).toBe(409);
      const after = (await app.request<Rec>('GET', `/api/${resource}/${id()}`, { token })).body;
      expect(after).toMatchObject({ ...first, version: read.version + 1 });
      const future = await app.request('PUT', `/api/${resource}/${id()}`, { token, body: { ...after, ...second, version: after.version + 5 } });
      expect(future.status).toBe(409);
      expect((await app.request<Rec>('GET', `/api/${resource}/${id()}`, { token })).body).toEqual(after);
    });
  });

  describe('hostile input', () => {
    const huge = 'x'.repeat(200_000);
    type Row = [label: string, method: string, path: () => string, body: (() => unknown) | undefined];
    const none = undefined;
    const cases: Row[] = [
      ['a huge first name', 'POST', () => '/api/clients', () => ({ firstName: huge, lastName: 'B' })],
      ['a huge note', 'POST', () => '/api/notes', () => ({ clientId: client.id, body: huge })],
      ['an array as body', 'POST', () => '/api/clients', () => [{ firstName: 'A', lastName: 'B' }]],
      ['a string as body', 'PUT', () => `/api/clients/${client.id}`, () => 'hello'],
      ['null as body', 'POST', () => '/api/cases', () => null],
      ['an object as a name', 'POST', () => '/api/clients', () => ({ firstName: { $ne: null }, lastName: 'B' })],
      ['an array as a date', 'POST', () => '/api/milestones', () => ({ caseId: kase.id, type: 'INTERVIEW', date: ['2025-01-01'] })],
      ['a number as an A-number', 'POST', () => '/api/clients', () => ({ firstName: 'A', lastName: 'B', aNumber: 123456789 })],
      ['a float household', 'POST', () => '/api/clients', () => ({ firstName: 'A', lastName: 'B', householdSize: 1e308 })],
      ['a string version', 'PUT', () => `/api/clients/${client.id}`, () => ({ version: '1' })],
      ['a huge version', 'PUT', () => `/api/cases/${kase.id}`, () => ({ version: 2 ** 70 })],
      ['an object as client id', 'POST', () => '/api/cases', () => ({ clientId: { id: client.id }, kind: 'affirmative' })],
      ['a prototype-polluting key', 'POST', () => '/api/clients', () => JSON.parse('{"firstName":"A","lastName":"B","__proto__":{"role":"admin"}}')],
      ['a year 10000 date', 'POST', () => '/api/housing-situations', () => ({ clientId: client.id, category: 'street', startedOn: '10000-01-01' })],
      ['a year 0001 date', 'POST', () => '/api/support-needs', () => ({ clientId: client.id, category: 'food', openedOn: '0001-01-01' })],
      ['a non-uuid id in the path', 'GET', () => '/api/clients/1%20OR%201=1', none],
      ['a path traversal id', 'GET', () => '/api/notes/..%2F..%2Fusers', none],
      ['a non-uuid id on PUT', 'PUT', () => '/api/cases/123', () => ({ version: 1 })],
      ['a non-uuid id on DELETE', 'DELETE', () => '/api/milestones/abc', none],
      ['a non-uuid client filter', 'GET', () => `/api/cases?${filter({ clientId: 'x' })}`, none],
      ['a non-uuid caseworker filter', 'GET', () => `/api/clients?${filter({ caseworkerId: "x' OR 1=1 --" })}`, none],
      ['a non-uuid case filter', 'GET', () => `/api/milestones?${filter({ caseId: 'x' })}`, none],
      ['an object as client filter', 'GET', () => `/api/notes?${filter({ clientId: { $gt: '' } })}`, none],
      ['non-uuid ids in an id filter', 'GET', () => `/api/support-needs?${filter({ id: ['x', 1] })}`, none],
      ['a number as search', 'GET', () => `/api/clients?${filter({ q: 42 })}`, none],
      ['punctuation as search', 'GET', () => `/api/clients?${filter({ q: '%_*' })}`, none],
      ['a text deadline window', 'GET', () => `/api/clients?${filter({ deadlineWithinDays: '30' })}`, none],
      ['a huge deadline window', 'GET', () => `/api/clients?${filter({ deadlineWithinDays: 1e12 })}`, none],
      ['an array as filter', 'GET', () => `/api/clients?${filter([1, 2])}`, none],
      ['a huge filter', 'GET', () => `/api/clients?${filter({ q: 'a'.repeat(10_000) })}`, none],
      ['a repeated filter parameter', 'GET', () => '/api/cases?filter={}&filter={}', none],
      ['a huge range', 'GET', () => '/api/housing-situations?range=[0,99999999]', none],
      ['a range beyond 2^63', 'GET', () => '/api/notes?range=[9223372036854775807,9223372036854775808]', none],
      ['a sort as an object', 'GET', () => `/api/milestones?sort=${encodeURIComponent('{"date":1}')}`, none],
      ['a SQL sort', 'GET', () => `/api/cases?sort=${encodeURIComponent('["createdAt; DROP TABLE cases","ASC"]')}`, none],
    ];

    it.each(cases)('answers %s with a 4xx, never a 5xx', async (...[, method, path, body]: Row) => {
      const before = await snapshot();
      const res = await app.request(method, path(), { token, body: body?.() });
      expect(res.status).toBeLessThan(500);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a body over the size limit (413, or the connection closed before the body is read) and stays healthy', async () => {
      const before = await snapshot();
      // Fastify answers 413 from the Content-Length alone and may close the socket while the client still writes.
      const status = await app
        .request('POST', '/api/notes', { token, body: { clientId: client.id, body: 'y'.repeat(3_000_000) } })
        .then((res) => res.status, (error: Error) => ((error.cause as { code?: string } | undefined)?.code === 'EPIPE' || (error.cause as { code?: string } | undefined)?.code === 'ECONNRESET' ? 413 : Promise.reject(error)));
      expect(status).toBe(413);
      expect((await app.request('GET', '/api/health')).status).toBe(200);
      expect(await snapshot()).toEqual(before);
    });

    // Text the database cannot store as is: the API may refuse it or clean it, but must not fail.
    it.each([
      ['a NUL byte in a region', 'POST', () => '/api/clients', () => ({ firstName: 'A', lastName: 'B', region: 'N\u0000Y' })],
      ['a NUL byte in a profession', 'PUT', () => `/api/clients/${client.id}`, async () => ({ ...(await app.request<Rec>('GET', `/api/clients/${client.id}`, { token })).body, profession: 'cook\u0000' })],
      ['a NUL byte in a language', 'POST', () => '/api/clients', () => ({ firstName: 'A', lastName: 'B', languages: ['r\u0000u'] })],
      ['a NUL byte in a note', 'POST', () => '/api/notes', () => ({ clientId: client.id, body: 'a\u0000b' })],
      ['a NUL byte in a list filter', 'GET', () => `/api/cases?${filter({ status: 'filed\u0000' })}`, none],
      ['a NUL byte in a client filter', 'GET', () => `/api/clients?${filter({ region: 'N\u0000Y' })}`, none],
      ['a lone surrogate in a name', 'POST', () => '/api/clients', () => ({ firstName: 'A\ud800', lastName: 'B' })],
    ] as Row[])('answers %s without a 5xx', async (...[, method, path, body]: Row) => {
      const res = await app.request(method, path(), { token, body: await body?.() });
      expect(res.status).toBeLessThan(500);
    });

    it('is still healthy and logged no unhandled error', async () => {
      expect((await app.request('GET', '/api/health')).status).toBe(200);
      expect(app.output()).not.toMatch(/unhandled/i);
    });
  });
});
