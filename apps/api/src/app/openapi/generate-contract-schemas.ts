/**
 * Generates JSON schemas of the response types in libs/shared/contracts (the same types the back office
 * is compiled against) into contract-schemas.json beside this file, which the OpenAPI document
 * uses for its response schemas. `npm run openapi:schemas` after changing a contract type; a test fails
 * when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
export const CONTRACT_SCHEMAS_FILE = join(ROOT, 'apps', 'api', 'src', 'app', 'openapi', 'contract-schemas.json');

export function generateContractSchemas(): string {
  const schema = createGenerator({
    path: join(ROOT, 'libs', 'shared', 'contracts', 'src', 'index.ts'),
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: true,
  }).createSchema('*');
  const definitions = (schema.definitions ?? {}) as Record<string, Schema>;
  for (const definition of Object.values(definitions)) addFormats(definition);
  return `${JSON.stringify(definitions, null, 1)}\n`;
}

type Schema = { type?: string | string[]; format?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[] };

/**
 * The contracts' naming conventions carry the formats TypeScript cannot: ids are UUIDs, `…On`/`…From`/
 * `…Until`/`…Deadline` and `date` are calendar days (YYYY-MM-DD), `…At` are instants.
 */
function formatOf(name: string): string | undefined {
  if (name === 'id' || /[a-z]Id$/.test(name)) return 'uuid';
  if (/(On|From|Until|Deadline)$/.test(name) || ['date', 'endDate', 'dateOfBirth'].includes(name)) return 'date';
  if (/[a-z]At$/.test(name)) return 'date-time';
  return undefined;
}

function isString(schema: Schema): boolean {
  return schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
}

function addFormats(schema: Schema): void {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const format = formatOf(name);
    if (format && isString(property) && !property.format) property.format = format;
    if (format && property.type === 'array' && property.items && isString(property.items)) property.items.format ??= format;
    addFormats(property);
  }
  if (schema.items) addFormats(schema.items);
  for (const option of schema.anyOf ?? []) addFormats(option);
}

if (require.main === module) {
  writeFileSync(CONTRACT_SCHEMAS_FILE, generateContractSchemas());
  console.log(`wrote ${CONTRACT_SCHEMAS_FILE}`);
}
