// The rooms of the code and their doors (docs/architecture.md, "Boundaries"), checked by
// dependency-cruiser in `npm run lint`. Each rule names the room it protects.
const OURS = '^(apps|libs|workflows|scripts|bench|test)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain imports nothing but its own files: no other code of ours, no package, no Node built-in.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { pathNot: '^libs/domain/' },
    },
    {
      name: 'workflows-deterministic',
      comment: 'workflows/ imports only its own files, libs/domain and @temporalio/workflow (deterministic sandbox).',
      severity: 'error',
      from: { path: '^workflows/' },
      to: { pathNot: ['^workflows/', '^libs/domain/', '^node_modules/@temporalio/(workflow|common)/'] },
    },
    {
      name: 'eventstore-below-projections',
      comment:
        'libs in a fixed order: domain < eventstore < projections < temporal. The event store knows only the domain.',
      severity: 'error',
      from: { path: '^libs/eventstore/' },
      to: { path: OURS, pathNot: ['^libs/(domain|eventstore)/'] },
    },
    {
      name: 'projections-below-temporal',
      comment: 'libs/projections knows the domain and the event store, never Temporal, workflows or apps.',
      severity: 'error',
      from: { path: '^libs/projections/' },
      to: { path: OURS, pathNot: ['^libs/(domain|eventstore|projections)/'] },
    },
    {
      name: 'temporal-lib-top',
      comment: 'libs/temporal knows the lower libs and the workflow contracts, never apps.',
      severity: 'error',
      from: { path: '^libs/temporal/' },
      to: { path: OURS, pathNot: ['^libs/', '^workflows/'] },
    },
    {
      name: 'apps-never-import-each-other',
      comment: 'An app imports libs and workflow contracts, never another app.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'web-imports-only-types',
      comment:
        'The pages run in the browser: from our code they take only types of the domain and the workflow contracts.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: ['^libs/domain/', '^workflows/[^/]+\\.contract\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-no-other-code',
      comment: 'The pages never import libs other than the domain, nor workflows beyond their contracts.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: OURS, pathNot: ['^apps/web/', '^libs/domain/', '^workflows/[^/]+\\.contract\\.ts$'] },
    },
    {
      name: 'no-test-code-in-production',
      comment: 'Code that ships never imports tests or their fixtures.',
      severity: 'error',
      from: { path: '^(apps|libs|workflows)/', pathNot: ['\\.spec\\.ts$', '/testing/'] },
      to: { path: ['^test/', '\\.spec\\.ts$', '/testing/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules', '^dist/', '^apps/web/dist/', '^\\.data/', '^\\.tools/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
