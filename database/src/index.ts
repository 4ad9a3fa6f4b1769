export * from './data-source';
export * from './embedded-postgres';
export * from './schema-diff';
export * from './seeds/synthetic-clients';
export * from './seeds/seed-writer';
export * from './key-rotation';
export * from './seeds/housing-demo';
export { RUNTIME_GROUP_ROLE } from './migrations/1795980139847-runtime-role';
