module.exports = require('../../../jest.preset')({ displayName: 'api-stats', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] });
