// One jest config, three tiers by file suffix:
//   *.spec.ts      pure unit tests beside the code
//   *.int.spec.ts  real PostgreSQL + Temporal (started by scripts/test.sh)
//   test/e2e/*     over HTTP through the whole stack
//   test/faults/*  fault drills: they restart a PostgreSQL cluster and kill processes, so scripts/test.sh
//                  runs them alone after the main run (KHEN_JEST_PHASE=faults); the main run skips them
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/{apps,libs,workflows,test}/**/*.spec.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    ...(process.env.KHEN_JEST_PHASE === 'faults' ? [] : ['<rootDir>/test/faults/']),
  ],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  testTimeout: 120000,
  verbose: true,
};
