import type { HousingSituationRecord } from '@ct/contracts';
import { type TestApp, startTestApp } from './support/test-app';

const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

describe('housing history: one place at a time', () => {
  let app: TestApp;
  let token: string;
  let clientId: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = (await app.createUser('caseworker')).accessToken;
    clientId = ((await app.request<{ id: string }>('POST', '/api/clients', { token, body: { firstName: 'Placed', lastName: 'Person' } })).body).id;
  });
  afterAll(() => app?.close());

  const add = async (body: Record<string, unknown>) => {
    const res = await app.request<HousingSituationRecord>('POST', '/api/housing-situations', { token, body: { clientId, ...body } });
    expect(res.status).toBe(201);
    return res.body;
  };
  const history = async () =>
    (await app.request<HousingSituationRecord[]>('GET', `/api/housing-situations?${filter({ clientId })}&sort=["startedOn","ASC"]`, { token })).body.map((h) => [h.category, h.startedOn, h.endedOn]);

  it('ends the open situation on the day a new current one begins, and audits that change', async () => {
    const couch = await add({ category: 'temporary_with_friends', startedOn: '2026-01-10' });
    await add({ category: 'emergency_shelter', startedOn: '2026-03-01' });
    expect(await history()).toEqual([
      ['temporary_with_friends', '2026-01-10', '2026-03-01'],
      ['emergency_shelter', '2026-03-01', null],
    ]);
    const audit = await app.request<{ action: string; details: { changed: string[] } }[]>('GET', `/api/audit-events?${filter({ resource: 'housing-situations', recordId: couch.id })}`, { token: await app.adminToken() });
    expect(audit.body.map((e) => [e.action, e.details?.changed ?? null])).toEqual(expect.arrayContaining([['update', ['endedOn']]]));
  });

  it('leaves the current situation open when a past, already ended period is added', async () => {
    await add({ category: 'street', startedOn: '2025-12-01', endedOn: '2026-01-10' });
    expect(await history()).toEqual([
      ['street', '2025-12-01', '2026-01-10'],
      ['temporary_with_friends', '2026-01-10', '2026-03-01'],
      ['emergency_shelter', '2026-03-01', null],
    ]);
  });
});
