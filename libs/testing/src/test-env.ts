import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const API_MAIN = join(REPO_ROOT, 'dist', 'apps', 'api', 'main.js');

/** Fixed test-only secrets; real deployments take theirs from the environment. */
export const TEST_SECRETS = {
  JWT_SECRET: 'test-jwt-secret-that-is-long-enough-0123456789',
  ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

export const TEST_ADMIN = { email: 'admin@test.example.org', password: 'admin-password-for-tests' };
