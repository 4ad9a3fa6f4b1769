// Browser tests in real Chromium against the built API serving the built back office (npm run build first).
module.exports = require('../../jest.preset')({
  displayName: 'backoffice-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.spec.ts'],
  // startTestApp() clones the migrated template database that the shared test harness prepares.
  globalSetup: '<rootDir>/../../libs/testing/src/global-setup.ts',
  testTimeout: 60000,
});
