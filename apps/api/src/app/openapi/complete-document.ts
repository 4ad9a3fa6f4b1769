import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import contractSchemas from './contract-schemas.json';
import { LIST_QUERIES, RESPONSES, type ResponseSpec } from './operations';

/**
 * Completes the document Nest generates from decorators: OpenAPI 3.1 (JSON Schema), request bodies
 * rebuilt from the class-validator rules that actually run (types, formats, enums, limits, no unknown
 * fields), response schemas from the shared contract types the back office compiles against, list
 * parameters (filter/sort/range) with each resource's keys, and the error responses in the error shape.
 */
type Schema = Record<string, unknown>;
type Operation = { parameters?: Schema[]; requestBody?: Schema; responses: Record<string, Schema>; security?: unknown[] };

const ERROR = { $ref: '#/components/schemas/ApiError' };
const ERROR_TEXT: Record<string, string> = {
  '400': 'Bad input: the message and `field` name the first problem',
  '401': 'No valid access token',
  '403': 'The role may not do this',
  '404': 'No such record within the caller’s reach',
  '409': 'Stale version, duplicate or conflicting state',
  '413': 'Body larger than 1 MB',
  '415': 'Body is not JSON',
  '429': 'Too many attempts',
  '503': 'The database cannot be reached; retry after `Retry-After` seconds',
};

const EXTRA_SCHEMAS: Record<string, Schema> = {
  ApiError: {
    type: 'object',
    properties: { statusCode: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
    required: ['statusCode', 'code', 'message'],
  },
  DirectorClientRecord: {
    type: 'object',
    description: 'What a director sees of a client: no row-level facts.',
    properties: { id: { type: 'string', format: 'uuid' }, code: { type: 'string' }, caseworkerId: { type: ['string', 'null'], format: 'uuid' }, version: { type: 'integer' } },
    required: ['id', 'code', 'caseworkerId', 'version'],
  },
  Deleted: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] },
  Health: { type: 'object', properties: { status: { const: 'ok' } }, required: ['status'] },
  RecoveryCodes: {
    type: 'object',
    description: 'Ten single-use recovery codes, shown once (enrollment also returns tokens when it ends a sign-in).',
    properties: { recoveryCodes: { type: 'array', items: { type: 'string' }, minItems: 10, maxItems: 10 } },
    required: ['recoveryCodes'],
  },
  WebAuthnOptions: { type: 'object', description: 'WebAuthn options for the browser (SimpleWebAuthn), with the challenge to sign.' },
  WebAuthnResult: { type: 'object', description: 'An object whose fields are informational (not yet specified further).' },
  Unspecified: { description: 'JSON; its schema is not specified yet.' },
  FeedUrl: { type: 'object', properties: { url: { type: 'string', format: 'uri' } }, required: ['url'] },
  CaseworkerName: { type: 'object', properties: { id: { type: 'string', format: 'uuid' }, displayName: { type: ['string', 'null'] } }, required: ['id', 'displayName'] },
};

function rewriteRefs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replace(/#\/definitions\//g, '#/components/schemas/')) as T;
}

// ---- request bodies from class-validator metadata -------------------------------------------------

interface ValidationMeta {
  propertyName: string;
  type: string;
  name?: string;
  constraints?: unknown[];
  each?: boolean;
}

function dtoClasses(): Map<string, new () => unknown> {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<new () => unknown, unknown> };
  return new Map([...storage.validationMetadatas.keys()].map((target) => [target.name, target]));
}

function applyRule(schema: Schema, meta: ValidationMeta): void {
  const c = meta.constraints ?? [];
  switch (meta.name ?? '') {
    case 'isString':
      schema['type'] = 'string';
      break;
    case 'isEmail':
      Object.assign(schema, { type: 'string', format: 'email' });
      break;
    case 'isUuid':
      Object.assign(schema, { type: 'string', format: 'uuid' });
      break;
    case 'isIsoDay':
      Object.assign(schema, { type: 'string', format: 'date' });
      break;
    case 'isIso8601':
      Object.assign(schema, { type: 'string', format: 'date-time' });
      break;
    case 'isBoolean':
      schema['type'] = 'boolean';
      break;
    case 'isInt':
      schema['type'] = 'integer';
      break;
    case 'isNumber':
      schema['type'] = 'number';
      break;
    case 'isIn':
      schema['enum'] = c[0];
      break;
    case 'matches':
      if (c[0] instanceof RegExp) Object.assign(schema, { type: 'string', pattern: c[0].source });
      break;
    case 'minLength':
      schema['minLength'] = c[0];
      break;
    case 'maxLength':
      schema['maxLength'] = c[0];
      break;
    case 'min':
      schema['minimum'] = c[0];
      break;
    case 'max':
      schema['maximum'] = c[0];
      break;
    default:
      break;
  }
}

function rebuildBody(name: string, existing: Schema, target: new () => unknown): Schema {
  const metas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false) as unknown as ValidationMeta[];
  const oldProps = (existing['properties'] ?? {}) as Record<string, Schema>;
  const byProp = new Map<string, ValidationMeta[]>();
  for (const m of metas) byProp.set(m.propertyName, [...(byProp.get(m.propertyName) ?? []), m]);
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [prop, rules] of byProp) {
    const old = oldProps[prop] ?? {};
    if (typeof old['$ref'] === 'string' || (old['items'] as Schema | undefined)?.['$ref']) {
      properties[prop] = old; // nested DTO: Nest's schema (itself rebuilt under its own name)
    } else {
      const schema: Schema = old['description'] ? { description: old['description'] } : {};
      const isArray = rules.some((r) => r.name === 'isArray');
      const items: Schema = {};
      for (const rule of rules) {
        if (rule.each) applyRule(items, rule);
        else if (rule.name === 'arrayMaxSize') schema['maxItems'] = rule.constraints?.[0];
        else if (rule.name === 'arrayMinSize') schema['minItems'] = rule.constraints?.[0];
        else if (!isArray) applyRule(schema, rule);
      }
      if (isArray) Object.assign(schema, { type: 'array', items });
      properties[prop] = schema;
    }
    const optional = rules.some((r) => r.type === 'conditionalValidation');
    const writableRule = rules.some((r) => r.type !== 'whitelistValidation');
    if (!optional && writableRule) required.push(prop);
    else if (optional && typeof properties[prop]['type'] === 'string') {
      // IsOptional lets null through: a PUT clears a field with null.
      properties[prop] = { ...properties[prop], type: [properties[prop]['type'], 'null'] };
    } else if (optional && Array.isArray(properties[prop]['enum'])) {
      properties[prop] = { ...properties[prop], enum: [...(properties[prop]['enum'] as unknown[]), null] };
    }
  }
  return { type: 'object', ...(existing['description'] ? { description: existing['description'] } : {}), properties, ...(required.length ? { required } : {}), additionalProperties: false, 'x-dto': name };
}

// ---- operations -------------------------------------------------------------------------------------

function successSchema(spec: ResponseSpec): Schema | undefined {
  if (spec === 'none') return undefined;
  if (typeof spec === 'string') return { $ref: `#/components/schemas/${spec}` };
  if ('list' in spec) return { type: 'array', items: successSchema(spec.list) };
  return { anyOf: spec.anyOf.map((s) => successSchema(s)) };
}

function listParameters(resource: string): Schema[] {
  const list = LIST_QUERIES[resource];
  const filterProps = Object.fromEntries(list.filters.map((key) => [key, key === 'id' ? { type: 'array', items: { type: 'string', format: 'uuid' } } : key === 'q' ? { type: 'string', maxLength: 200 } : {}]));
  return [
    {
      name: 'filter',
      in: 'query',
      required: false,
      description: `JSON object; keys: ${list.filters.join(', ')}. Any other key → 400.`,
      content: { 'application/json': { schema: { type: 'object', properties: filterProps, additionalProperties: false } } },
    },
    {
      name: 'sort',
      in: 'query',
      required: false,
      description: `JSON ["field","ASC"|"DESC"]; fields: ${list.sortable.join(', ')}.`,
      content: { 'application/json': { schema: { type: 'array', prefixItems: [{ enum: list.sortable }, { enum: ['ASC', 'DESC'] }], minItems: 2, maxItems: 2, items: false } } },
    },
    {
      name: 'range',
      in: 'query',
      required: false,
      description: 'JSON [first, last], zero-based and inclusive (at most 500 rows).',
      content: { 'application/json': { schema: { type: 'array', prefixItems: [{ type: 'integer', minimum: 0 }, { type: 'integer', minimum: 0 }], minItems: 2, maxItems: 2, items: false } } },
    },
  ];
}

export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  const doc = document as unknown as { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  doc.openapi = '3.1.0';
  const schemas = doc.components.schemas;
  const classes = dtoClasses();
  for (const [name, schema] of Object.entries(schemas)) {
    const target = classes.get(name);
    if (target) schemas[name] = rebuildBody(name, schema, target);
  }
  Object.assign(schemas, rewriteRefs(contractSchemas as Record<string, Schema>), EXTRA_SCHEMAS);

  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path}`;
      const secured = Array.isArray(op.security) && op.security.length > 0;
      op.parameters = (op.parameters ?? []).map((p) => (p['in'] === 'path' && p['name'] === 'id' ? { ...p, schema: { type: 'string', format: 'uuid' } } : p));
      const resource = path.replace(/^\/api\//, '');
      if (method === 'get' && LIST_QUERIES[resource]) {
        op.parameters = [...op.parameters.filter((p) => !['filter', 'sort', 'range'].includes(String(p['name']))), ...listParameters(resource)];
      }
      const spec = RESPONSES[key];
      if (spec !== undefined) {
        const [status] = Object.keys(op.responses).filter((s) => s.startsWith('2'));
        const schema = successSchema(spec);
        const success: Schema = { description: (op.responses[status]?.['description'] as string) || 'OK' };
        if (schema) success['content'] = { 'application/json': { schema } };
        else if (key.endsWith('.csv')) success['content'] = { 'text/csv': { schema: { type: 'string' } } };
        else if (key.includes('/calendar/feed/')) success['content'] = { 'text/calendar': { schema: { type: 'string' } } };
        else if (key.endsWith('.xlsx')) success['content'] = { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentEncoding: 'binary' } } };
        if (method === 'get' && LIST_QUERIES[resource]) success['headers'] = { 'Content-Range': { schema: { type: 'string', pattern: '^[a-z-]+ \\d+-\\d+/\\d+$' }, description: '`<resource> <first>-<last>/<total>`' } };
        op.responses[status ?? (method === 'post' ? '201' : '200')] = success;
      }
      const errors = ['400', '503'];
      if (secured) errors.push('401', '403');
      if (path.includes('{id}')) errors.push('404');
      if (method === 'post' || method === 'put') errors.push('409', '413', '415');
      if (path === '/api/auth/login') errors.push('401', '429');
      for (const status of [...new Set(errors)].sort()) {
        const error: Schema = { description: ERROR_TEXT[status], content: { 'application/json': { schema: ERROR } } };
        if (status === '503') error['headers'] = { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds' } };
        op.responses[status] = error;
      }
    }
  }
  return document;
}
