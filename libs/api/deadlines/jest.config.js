module.exports = require('../../../jest.preset')({ displayName: 'api-deadlines', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] });
