// Unit specs of the back office's plain modules (auth session, HTTP client); no DOM needed.
module.exports = require('../../jest.preset')({
  displayName: 'backoffice',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
