module.exports = require('../../../jest.preset')({ displayName: 'api-core', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] });
