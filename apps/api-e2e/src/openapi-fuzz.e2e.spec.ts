import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { type TestApp, startTestApp } from './support/test-app';

/**
 * A fuzzer driven by the OpenAPI document: every operation, as every role and anonymously, with valid
 * inputs generated from the documented schemas and invalid ones (mutated, unknown fields, wrong types,
 * garbage). No answer may be a 5xx, every 4xx has the error shape, and every 2xx matches its documented
 * response schema. Bounded in time; the seed is printed so a failure can be replayed (FUZZ_SEED).
 */
type Schema = Record<string, unknown>;
interface Operation {
  method: string;
  path: string;
  parameters?: Schema[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  security?: unknown[];
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const BUDGET_MS = Number(process.env['FUZZ_BUDGET_MS'] ?? 40000);
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 100000);

function resolve(doc: Doc, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let i = 0; i < 10 && typeof current['$ref'] === 'string'; i++) {
    current = doc.components.schemas[(current['$ref'] as string).split('/').pop() as string] ?? {};
  }
  return current;
}

const day = fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** An arbitrary for values that satisfy a (request) schema, as far as the schema says. */
function valid(doc: Doc, raw: Schema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (typeof raw !== 'object' || raw === null) return fc.constant(null);
  const schema = resolve(doc, raw);
  if (Array.isArray(schema['prefixItems'])) return fc.tuple(...(schema['prefixItems'] as Schema[]).map((s) => valid(doc, s, ids, depth + 1)));
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as unknown[]));
  if ('const' in schema) return fc.constant(schema['const']);
  if (Array.isArray(schema['anyOf'])) return fc.oneof(...(schema['anyOf'] as Schema[]).map((s) => valid(doc, s, ids, depth + 1)));
  const types = Array.isArray(schema['type']) ? (schema['type'] as string[]) : [schema['type'] as string | undefined];
  const options = types.map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return fc.integer({ min: (schema['minimum'] as number) ?? 0, max: (schema['maximum'] as number) ?? 1000 });
      case 'number':
        return fc.double({ min: (schema['minimum'] as number) ?? 0, max: (schema['maximum'] as number) ?? 1000, noNaN: true });
      case 'array': {
        const item = valid(doc, schema['items'] as Schema, ids, depth + 1);
        return fc.array(item, { maxLength: Math.min((schema['maxItems'] as number) ?? 3, 3) });
      }
      case 'object': {
        if (depth > 3) return fc.constant({});
        const props = (schema['properties'] ?? {}) as Record<string, Schema>;
        const required = (schema['required'] ?? []) as string[];
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [k, v] of Object.entries(props)) model[k] = valid(doc, v, ids, depth + 1);
        return fc.record(model, { requiredKeys: required.filter((k) => k in model) });
      }
      case 'string':
      default: {
        const format = schema['format'];
        if (format === 'uuid') return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
        if (format === 'date') return day;
        if (format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
        if (format === 'email') return fc.emailAddress();
        if (typeof schema['pattern'] === 'string') return fc.stringMatching(new RegExp(schema['pattern'] as string)).filter((s) => s.length <= ((schema['maxLength'] as number) ?? 1000));
        return fc.string({ minLength: (schema['minLength'] as number) ?? 0, maxLength: Math.min((schema['maxLength'] as number) ?? 40, 40), unit: 'grapheme' });
      }
    }
  });
  return options.length === 1 ? options[0] : fc.oneof(...options);
}

/** Inputs a client might send by mistake or malice, around a valid one. */
function invalid(validArb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.jsonValue({ maxDepth: 3 }),
    // Any UTF-16 code units, lone surrogates included.
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.tuple(validArb, fc.string({ maxLength: 10 }), fc.anything({ maxDepth: 1 })).map(([v, k, x]) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v, [k || 'x']: x } : x)),
    fc.tuple(validArb, fc.anything({ maxDepth: 1 })).map(([v, x]) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return x;
      const keys = Object.keys(v);
      if (!keys.length) return x;
      return { ...v, [keys[0]]: x };
    }),
  );
}

describe('OpenAPI-driven fuzzing: no 5xx, documented shapes', () => {
  let app: TestApp;
  let doc: Doc;
  const tokens: Record<string, string | undefined> = { anonymous: undefined };
  const ids: string[] = [];
  const idsOf: Record<string, string[]> = {};
  const remember = (path: string, id: unknown) => {
    if (typeof id !== 'string') return;
    const resource = path.split('/')[2];
    ids.push(id);
    (idsOf[resource] ??= []).push(id);
  };

  beforeAll(async () => {
    app = await startTestApp({ env: { LOG_LEVEL: 'error' } });
    doc = (await app.request<Doc>('GET', '/api/docs-json')).body;
    tokens['admin'] = await app.adminToken();
    for (const role of ['director', 'caseworker', 'volunteer'] as const) tokens[role] = (await app.createUser(role)).accessToken;
    // A few records so that valid ids reach real rows.
    const cw = tokens['caseworker'];
    const client = await app.request<{ id: string }>('POST', '/api/clients', { token: cw, body: { firstName: 'Fuzz', lastName: 'Target' } });
    const kase = await app.request<{ id: string }>('POST', '/api/cases', { token: cw, body: { clientId: client.body.id, kind: 'affirmative' } });
    const offer = await app.request<{ id: string }>('POST', '/api/housing-offers', { token: tokens['volunteer'], body: { region: 'NY', type: 'room', capacity: 2, availableFrom: '2026-01-01', cost: 'free' } });
    remember('/api/clients', client.body?.id);
    remember('/api/cases', kase.body?.id);
    remember('/api/housing-offers', offer.body?.id);
    const milestone = await app.request<{ id: string }>('POST', '/api/milestones', { token: cw, body: { caseId: kase.body.id, type: 'ARRIVED', date: '2025-01-10' } });
    remember('/api/milestones', milestone.body?.id);
    const spare = await app.request<{ id: string }>('POST', '/api/users', { token: tokens['admin'], body: { email: 'spare@fuzz.example.org', password: 'spare-password-for-fuzz', role: 'volunteer', displayName: 'Spare' } });
    remember('/api/users', spare.body?.id);
  }, 60000);
  afterAll(() => app?.close());

  it('documents a response schema and the error responses for every operation', () => {
    const missing: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const success = Object.entries(op.responses).find(([s]) => s.startsWith('2'));
        const documented = success && (success[1].content || success[0] === '204' || path.endsWith('.csv') || path.endsWith('.xlsx') || path.includes('/calendar/feed/') || method === 'post' && path.endsWith('/logout'));
        if (!documented) missing.push(`${method.toUpperCase()} ${path}: no success schema`);
        if (!op.responses['400'] || !op.responses['503']) missing.push(`${method.toUpperCase()} ${path}: no error responses`);
        for (const p of op.parameters ?? []) if (p['in'] === 'path' && p['name'] === 'id' && (p['schema'] as Schema | undefined)?.['format'] !== 'uuid') missing.push(`${method.toUpperCase()} ${path}: path id without format uuid`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists each resource\'s filter keys and sort fields exactly as the API accepts them', async () => {
    const mismatches: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      const sortParam = methods['get']?.parameters?.find((p) => p['name'] === 'sort');
      if (!sortParam) continue;
      const content = (p: Schema | undefined) => (p?.['content'] as Record<string, { schema: Schema }>)['application/json'].schema;
      const documentedSort = ((content(sortParam)['prefixItems'] as Schema[])[0]['enum'] as string[]).join(', ');
      const documentedFilters = Object.keys(content(methods['get'].parameters?.find((p) => p['name'] === 'filter'))['properties'] as Schema).join(', ');
      for (const role of ['admin', 'caseworker', 'volunteer', 'director']) {
        const sort = await app.request<{ message: string }>('GET', `${path}?sort=${encodeURIComponent('["__nope","ASC"]')}`, { token: tokens[role] });
        if (sort.status !== 400) continue;
        const filter = await app.request<{ message: string }>('GET', `${path}?filter=${encodeURIComponent('{"__nope":1}')}`, { token: tokens[role] });
        const accepted = (message: string) => /use one of (.*)$/.exec(message)?.[1];
        if (accepted(sort.body.message) !== documentedSort) mismatches.push(`${path} sort: API ${accepted(sort.body.message)} / doc ${documentedSort}`);
        if (accepted(filter.body.message) !== documentedFilters) mismatches.push(`${path} filter: API ${accepted(filter.body.message)} / doc ${documentedFilters}`);
        break;
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('survives every operation, role and input for the time budget', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormats(ajv);
    const cache = new Map<string, ValidateFunction>();
    const validator = (key: string, schema: Schema) => {
      let v = cache.get(key);
      if (!v) {
        v = ajv.compile({ ...schema, components: doc.components });
        cache.set(key, v);
      }
      return v;
    };
    const errorShape = validator('ApiError', { $ref: '#/components/schemas/ApiError' });

    const operations: Operation[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(methods)) operations.push({ ...op, method, path });
    const roles = Object.keys(tokens);
    const combos = operations.flatMap((op) => roles.map((role) => ({ op, role })));
    const failures: string[] = [];
    const seenStatus = new Map<number, number>();
    let sent = 0;
    const rng = fc.integer({ min: 0, max: 1_000_000 });
    let seed = SEED;
    const sample = <T>(arb: fc.Arbitrary<T>): T => fc.sample(arb, { numRuns: 1, seed: seed++ })[0];

    const one = async (op: Operation, role: string) => {
      const wantValid = sample(rng) % 10 < 7;
      const own = idsOf[op.path.split('/')[2]] ?? [];
      let url = op.path.replace('{id}', () => {
        const pick = sample(rng);
        if (wantValid && own.length) return own[pick % own.length];
        return pick % 10 < 6 && ids.length ? ids[pick % ids.length] : pick % 10 < 8 ? sample(fc.uuid()) : encodeURIComponent(sample(fc.string({ maxLength: 50 })) || 'x');
      });
      const query: string[] = [];
      for (const p of op.parameters ?? []) {
        if (p['in'] !== 'query') continue;
        const jsonSchema = (p['content'] as Record<string, { schema: Schema }> | undefined)?.['application/json']?.schema;
        const schema = jsonSchema ?? (p['schema'] as Schema | undefined);
        if (!p['required'] && sample(rng) % 10 < (wantValid ? 7 : 4)) continue;
        const v = valid(doc, schema, ids);
        const value = sample(wantValid ? v : invalid(v));
        const text = jsonSchema || typeof value !== 'string' ? JSON.stringify(value) ?? 'null' : value;
        query.push(`${encodeURIComponent(String(p['name']))}=${encodeURIComponent(text)}`);
      }
      if (query.length) url += `?${query.join('&')}`;
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      let body: unknown;
      if (bodySchema) {
        const v = valid(doc, bodySchema, ids);
        body = sample(wantValid ? v : invalid(v));
      }
      const res = await app.request(op.method.toUpperCase(), url, { token: tokens[role], ...(body !== undefined ? { rawBody: JSON.stringify(body) ?? 'null' } : {}) });
      sent++;
      seenStatus.set(res.status, (seenStatus.get(res.status) ?? 0) + 1);
      const where = `${op.method.toUpperCase()} ${op.path} as ${role} (${wantValid ? 'valid' : 'invalid'} input) → ${res.status}`;
      if (res.status === 201 && op.method === 'post') remember(op.path, (res.body as { id?: unknown } | undefined)?.id);
      if (res.status >= 500) failures.push(`${where}: ${res.text.slice(0, 200)}`);
      else if (res.status >= 400) {
        if (!errorShape(res.body)) failures.push(`${where}: not the error shape: ${res.text.slice(0, 200)}`);
      } else if (res.status < 300) {
        const documented = op.responses[String(res.status)];
        const schema = documented?.content?.['application/json']?.schema;
        if (!documented) failures.push(`${where}: status not documented`);
        else if (schema) {
          const check = validator(`${op.method} ${op.path} ${res.status}`, schema);
          if (!check(res.body)) failures.push(`${where}: response does not match its schema: ${ajv.errorsText(check.errors).slice(0, 300)}`);
        }
      }
    };

    const deadline = Date.now() + BUDGET_MS;
    let next = 0;
    const worker = async () => {
      while (Date.now() < deadline && failures.length < 30) {
        const { op, role } = combos[next++ % combos.length];
        await one(op, role);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    console.log(`fuzz seed ${SEED}: ${sent} requests over ${operations.length} operations × ${roles.length} roles; statuses ${JSON.stringify(Object.fromEntries([...seenStatus].sort()))}`);
    expect(sent).toBeGreaterThanOrEqual(combos.length);
    if (failures.length) console.log(app.output().split("\n").filter((l) => /unhandled|error/i.test(l)).slice(0, 10).join("\n"));
    expect(failures.slice(0, 15)).toEqual([]);
  }, 120000);
});
