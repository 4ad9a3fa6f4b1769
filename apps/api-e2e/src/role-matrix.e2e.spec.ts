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
  { route: 'list caseworkers', method: 'GET', path: '/api/caseworkers', allowed: ['admin', 'director'] },
  { route: 'list audit events', method: 'GET', path: '/api/audit-events', allowed: ['admin', 'director'] },
  { route: 'get audit event', method: 'GET', path: `/api/audit-events/${ID}`, allowed: ['admin', 'director'] },
  { route: 'list clients', method: 'GET', path: '/api/clients', allowed: ['admin', 'director', 'caseworker'] },
  { route: 'get client', method: 'GET', path: `/api/clients/${ID}`, allowed: ['admin', 'director', 'caseworker'] },
  { route: 'create client', method: 'POST', path: '/api/clients', allowed: ['admin', 'caseworker'] },
  { route: 'update client', method: 'PUT', path: `/api/clients/${ID}`, allowed: ['admin', 'director', 'caseworker'] },
  { route: 'delete client', method: 'DELETE', path: `/api/clients/${ID}`, allowed: ['admin'] },
  { route: 'list cases', method: 'GET', path: '/api/cases', allowed: ['admin', 'caseworker'] },
  { route: 'get case', method: 'GET', path: `/api/cases/${ID}`, allowed: ['admin', 'caseworker'] },
  { route: 'create case', method: 'POST', path: '/api/cases', allowed: ['admin', 'caseworker'] },
  { route: 'update case', method: 'PUT', path: `/api/cases/${ID}`, allowed: ['admin', 'caseworker'] },
  { route: 'delete case', method: 'DELETE', path: `/api/cases/${ID}`, allowed: ['admin'] },
  ...(['milestones', 'housing-situations', 'support-needs', 'notes'] as const).flatMap((resource) => [
    { route: `list ${resource}`, method: 'GET', path: `/api/${resource}`, allowed: ['admin', 'caseworker'] as Role[] },
    { route: `get ${resource}`, method: 'GET', path: `/api/${resource}/${ID}`, allowed: ['admin', 'caseworker'] as Role[] },
    { route: `create ${resource}`, method: 'POST', path: `/api/${resource}`, allowed: ['admin', 'caseworker'] as Role[] },
    { route: `update ${resource}`, method: 'PUT', path: `/api/${resource}/${ID}`, allowed: ['admin', 'caseworker'] as Role[] },
    { route: `delete ${resource}`, method: 'DELETE', path: `/api/${resource}/${ID}`, allowed: ['admin', 'caseworker'] as Role[] },
  ]),
  { route: 'caseload dashboard', method: 'GET', path: '/api/dashboard/caseload', allowed: ['caseworker', 'admin'] },
  { route: 'caseload overview', method: 'GET', path: '/api/caseload-overview', allowed: ['director', 'admin'] },
  { route: 'list housing requests', method: 'GET', path: '/api/housing-requests', allowed: ['admin', 'caseworker', 'volunteer'] },
  { route: 'get housing request', method: 'GET', path: `/api/housing-requests/${ID}`, allowed: ['admin', 'caseworker', 'volunteer'] },
  { route: 'housing request suggestions', method: 'GET', path: `/api/housing-requests/${ID}/suggestions`, allowed: ['admin', 'caseworker'] },
  { route: 'create housing request', method: 'POST', path: '/api/housing-requests', allowed: ['admin', 'caseworker'] },
  { route: 'update housing request', method: 'PUT', path: `/api/housing-requests/${ID}`, allowed: ['admin', 'caseworker'] },
  { route: 'delete housing request', method: 'DELETE', path: `/api/housing-requests/${ID}`, allowed: ['admin', 'caseworker'] },
  { route: 'list housing offers', method: 'GET', path: '/api/housing-offers', allowed: ['admin', 'caseworker', 'volunteer'] },
  { route: 'get housing offer', method: 'GET', path: `/api/housing-offers/${ID}`, allowed: ['admin', 'caseworker', 'volunteer'] },
  { route: 'housing offer suggestions', method: 'GET', path: `/api/housing-offers/${ID}/suggestions`, allowed: ['admin', 'volunteer'] },
  { route: 'create housing offer', method: 'POST', path: '/api/housing-offers', allowed: ['admin', 'volunteer'] },
  { route: 'update housing offer', method: 'PUT', path: `/api/housing-offers/${ID}`, allowed: ['admin', 'volunteer'] },
  { route: 'delete housing offer', method: 'DELETE', path: `/api/housing-offers/${ID}`, allowed: ['admin', 'volunteer'] },
  { route: 'list matches', method: 'GET', path: '/api/matches', allowed: ['admin', 'caseworker', 'volunteer'] },
  { route: 'get match', method: 'GET', path: `/api/matches/${ID}`, allowed: ['admin', 'caseworker', 'volunteer'] },
  { route: 'create match', method: 'POST', path: '/api/matches', allowed: ['admin', 'caseworker', 'volunteer'] },
  { route: 'update match', method: 'PUT', path: `/api/matches/${ID}`, allowed: ['admin', 'caseworker', 'volunteer'] },
  { route: 'hardship statistics', method: 'GET', path: '/api/stats/hardship?from=2025-01&to=2025-12', allowed: ['admin', 'director'] },
  { route: 'hardship statistics as CSV', method: 'GET', path: '/api/stats/hardship.csv?from=2025-01&to=2025-12', allowed: ['admin', 'director'] },
  { route: 'hardship statistics as XLSX', method: 'GET', path: '/api/stats/hardship.xlsx?from=2025-01&to=2025-12', allowed: ['admin', 'director'] },
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
