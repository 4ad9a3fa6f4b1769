import type { Role } from '@ct/contracts';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * Every route × every role: what each role may do, and that each role that may not is refused.
 * Later features add their rows here.
 */
const ID = '00000000-0000-4000-8000-000000000000';
const ALL: Role[] = ['admin', 'director', 'caseworker', 'volunteer'];

const MATRIX: { route: string; method: string; path: string; allowed: Role[] }[] = [
  { route: 'list users', method: 'GET', path: '/api/users', allowed: ['admin'] },
  { route: 'get user', method: 'GET', path: `/api/users/${ID}`, allowed: ['admin'] },
  { route: 'create user', method: 'POST', path: '/api/users', allowed: ['admin'] },
  { route: 'update user', method: 'PUT', path: `/api/users/${ID}`, allowed: ['admin'] },
  { route: 'list audit events', method: 'GET', path: '/api/audit-events', allowed: ['admin', 'director'] },
  { route: 'get audit event', method: 'GET', path: `/api/audit-events/${ID}`, allowed: ['admin', 'director'] },
];

const CASES = MATRIX.flatMap((row) => ALL.filter((role) => !row.allowed.includes(role)).map((role) => [row.route, role, row] as const));
const ALLOWED = MATRIX.flatMap((row) => row.allowed.map((role) => [row.route, role, row] as const));

describe('role matrix', () => {
  let app: TestApp;
  const tokens = {} as Record<Role, string>;
  beforeAll(async () => {
    app = await startTestApp();
    tokens.admin = await app.adminToken();
    for (const role of ['director', 'caseworker', 'volunteer'] as const) tokens[role] = (await app.createUser(role)).accessToken;
  });
  afterAll(() => app?.close());

  it.each(CASES)('%s: refuses %s with 403', async (_route, role, row) => {
    const res = await app.request(row.method, row.path, { token: tokens[role], body: row.method === 'GET' ? undefined : {} });
    expect(res.status).toBe(403);
  });

  it.each(ALLOWED)('%s: lets %s through the role check', async (_route, role, row) => {
    const res = await app.request(row.method, row.path, { token: tokens[role], body: row.method === 'GET' ? undefined : {} });
    expect([200, 201, 400, 404]).toContain(res.status);
  });

  it.each(MATRIX.map((row) => [row.route, row] as const))('%s: refuses an anonymous caller with 401', async (_route, row) => {
    const res = await app.request(row.method, row.path, { body: row.method === 'GET' ? undefined : {} });
    expect(res.status).toBe(401);
  });
});
