// Import boundaries of Lotse, checked in CI (`npm run lint`). docs/ARCHITECTURE.md explains the layers.
//   composition (src/app.ts, src/worker.ts, src/cli, src/seed, src/modules/index.ts)
//     → domain modules (src/modules/<name>/), each used by others only through its index.ts
//       → platform (src/platform), shared views (src/views), plugins, jobs, db, lib, i18n, config
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle ties files together so that neither can be understood, tested or loaded without the other.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lower-layers-know-no-module',
      comment:
        'The platform, views, plugins, jobs, db, lib, i18n and config serve every module and know none: a module plugs in through its manifest (src/platform/module.ts).',
      severity: 'error',
      from: { path: '^src/(platform|views|plugins|jobs|db|lib|i18n|config)' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'modules-meet-through-public-entries',
      comment: "A module uses another only through that module's index.ts; everything else in a module's folder is its own business.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'composition-uses-public-entries',
      comment: 'The command line and the demo data use modules through their index.ts; only the module list reads the manifests.',
      severity: 'error',
      from: { path: '^src/(cli|seed)/|^src/(app|worker)\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'manifests-only-in-the-module-list',
      comment: "A module's manifest (<name>.module.ts) is read by src/modules/index.ts only.",
      severity: 'error',
      from: { pathNot: '^src/modules/index\\.ts$' },
      to: { path: '\\.module\\.tsx?$' },
    },
    {
      name: 'nobody-imports-routes',
      comment:
        "Routes are entry points: only their module's manifest registers them. Shared code lives in services, views or the platform.",
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.module\\.tsx?$' },
      to: { path: '\\.routes\\.tsx?$' },
    },
    {
      name: 'sql-only-in-repositories',
      comment:
        'Query builders and raw SQL (kysely) belong in *.repository.ts (and the db layer with its migrations); services call repositories. ' +
        'The demo data (src/seed) may write rows directly: it sets up states no use case creates, such as dates in the past.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['\\.repository\\.ts$', '^src/db/', '^src/seed/', '\\.test\\.tsx?$'] },
      to: { path: '^node_modules/kysely/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'views-get-view-models',
      comment: "A view renders what its service hands it; it never reads the database or a repository's row types.",
      severity: 'error',
      from: { path: '\\.(views|components)\\.tsx$' },
      to: { path: '\\.repository\\.ts$|^src/db/(database|open)\\.ts$' },
    },
    {
      name: 'tests-stay-out-of-production-code',
      comment: 'Production code never imports a test or a test helper.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '\\.test\\.tsx?$|^test/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/|^node_modules/kysely/',
    exclude: { path: '\\.test\\.tsx?$' },
    reporterOptions: {
      dot: { collapsePattern: '^src/(modules/[^/]+|platform|views|plugins|jobs|db|lib|i18n|cli|seed)/' },
    },
  },
};
