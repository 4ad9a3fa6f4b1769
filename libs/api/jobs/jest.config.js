module.exports = require('../../../jest.preset')({ displayName: 'api-jobs', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] });
