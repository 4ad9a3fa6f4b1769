import { readFileSync } from 'node:fs';
import { CONTRACT_SCHEMAS_FILE, generateContractSchemas } from './generate-contract-schemas';

describe('contract schemas of the OpenAPI document', () => {
  it('are generated from the current contract types (npm run openapi:schemas)', () => {
    expect(readFileSync(CONTRACT_SCHEMAS_FILE, 'utf8')).toBe(generateContractSchemas());
  }, 60000);
});
