// Test harness shared by the API and browser end-to-end suites: a real PostgreSQL per test file and the built app.
export * from './postgres';
export * from './test-env';
export * from './test-app';
export * from './throwaway-cluster';
