// The pure tier alone (`npm run test:unit`): unit tests beside the code and the architecture check.
// No PostgreSQL, no Temporal, no global setup; `npm test` stays the full gate.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [
    '<rootDir>/{apps,libs,workflows}/**/*.spec.ts',
    '<rootDir>/test/architecture/**/*.spec.ts',
    '<rootDir>/test/bench/**/*.spec.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '\\.int\\.spec\\.ts$'],
  globalSetup: undefined,
  testTimeout: 30000,
};
