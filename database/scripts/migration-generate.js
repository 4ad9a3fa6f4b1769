// Entry for `npm run migration:generate`: runs the TypeScript script with path aliases.
require('@swc-node/register');
require('./migration-generate.ts');
