// Plain types and constants shared by the API and the back office. No decorators, no framework.
export * from './roles';
export * from './auth';
export * from './casework';
export * from './housing';
export * from './stats';
export * from './imports';
export * from './caseload-overview';
export * from './audit-chain';
export * from './audit-events';
export * from './lifecycle';
export * from './deadlines';
