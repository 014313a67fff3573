// Module boundaries of the API (apps/api/src/modules/<module>/), checked by `npm run lint`
// (tools/check-boundaries.mjs, which also refuses import cycles between modules). The rule and how
// to follow it: docs/architecture.md, "Boundaries".
const MODULES = '^apps/api/src/modules/';

/** The files of a module that other modules may import. */
const PUBLIC_FILES = [
  `${MODULES}[^/]+/[^/]+\\.module\\.ts$`, // its Nest module
  `${MODULES}[^/]+/.*\\.(service|publisher)\\.ts$`, // its providers (those its module exports)
  `${MODULES}[^/]+/[^/]+\\.loaders\\.ts$`, // its per-request DataLoaders (common/graphql/request-loaders.ts)
  `${MODULES}[^/]+/[^/]+\\.enums\\.ts$`, // its GraphQL enums (registered with registerEnum)
  `${MODULES}[^/]+/.*\\.types?\\.ts$`, // its GraphQL types and plain types
  `${MODULES}[^/]+/entities/[^/]+\\.entity\\.ts$`, // its entities, as types (their tables stay its own)
  `${MODULES}[^/]+/[^/]+\\.sql\\.ts$`, // SQL fragments it offers (access/can-see.sql.ts)
  `${MODULES}[^/]+/index\\.ts$`, // anything else it chooses to offer
];

module.exports = {
  forbidden: [
    {
      name: 'module-internals',
      comment:
        "A module imports another module only through that module's public files: *.module.ts, its " +
        'services (*.service.ts, *.publisher.ts), loaders (*.loaders.ts), enums (*.enums.ts), types (*.types.ts, *.type.ts), entities/*.entity.ts, ' +
        '*.sql.ts fragments and index.ts. To use something else, have the owner export it from its index.ts.',
      severity: 'error',
      from: { path: `${MODULES}([^/]+)/` },
      to: { path: MODULES, pathNot: [`${MODULES}$1/`, ...PUBLIC_FILES] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
  },
};
