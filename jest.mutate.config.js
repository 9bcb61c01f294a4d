// Mutation testing (`npm run mutate`, StrykerJS): the unit tests of libs/domain, transpiled without type
// checks (Stryker's mutants need not type-check; the type check is `npm run lint`'s job).
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/libs/domain/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '\\.int\\.spec\\.ts$'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }] },
  globalSetup: undefined,
  testTimeout: 30000,
  verbose: false,
};
