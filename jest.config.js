// One jest run over every project, so the closing total covers all suites.
module.exports = {
  projects: [
    '<rootDir>/libs/domain',
    '<rootDir>/libs/api/core',
    '<rootDir>/libs/api/stats',
    '<rootDir>/libs/api/jobs',
    '<rootDir>/libs/api/deadlines',
    '<rootDir>/apps/api',
    '<rootDir>/apps/backoffice',
    '<rootDir>/database',
    '<rootDir>/apps/api-e2e',
    '<rootDir>/apps/backoffice-e2e',
  ],
  reporters: ['default', '<rootDir>/tools/jest-total-reporter.js'],
  // Global only (ignored per project): end-to-end tests start processes and browsers.
  testTimeout: 60000,
};
