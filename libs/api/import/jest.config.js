module.exports = require('../../../jest.preset')({ displayName: 'api-import', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] });
