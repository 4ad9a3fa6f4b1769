import { withClient } from './support/postgres';
import { type TestApp, startTestApp } from './support/test-app';

describe('audit trail', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('is readable by directors, newest first, with Content-Range', async () => {
    const director = await app.createUser('director');
    const res = await app.request<{ createdAt: string; action: string; actorId: string }[]>('GET', '/api/audit-events?range=[0,9]', { token: director.accessToken });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-range')).toMatch(/^audit-events 0-\d+\/\d+$/);
    const times = res.body.map((e) => e.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(res.body.some((e) => e.action === 'login' && e.actorId === director.user.id)).toBe(true);
  });

  it.each([
    ['UPDATE', 'UPDATE audit_events SET action = $1', ['tampered']],
    ['DELETE', 'DELETE FROM audit_events', []],
    ['TRUNCATE', 'TRUNCATE audit_events', []],
  ])('is refused an %s by the database itself', async (_label, sql, params) => {
    await app.adminToken();
    await expect(withClient(app.databaseUrl, (c) => c.query(sql, params))).rejects.toThrow(/append-only/);
    const count = await withClient(app.databaseUrl, async (c) => Number((await c.query('SELECT count(*) FROM audit_events')).rows[0].count));
    expect(count).toBeGreaterThan(0);
  });
});
