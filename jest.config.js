// Jest projects (run one tier with `npx jest --selectProjects <name>`):
//   unit     *.spec.ts beside the code in apps/ and libs/: pure logic, no servers
//   web      apps/web/**/*.spec.tsx: React components in jsdom (Testing Library, mocked Apollo link)
//   api      test/api/**/*.e2e-spec.ts: real PostgreSQL (embedded unless DATABASE_URL is set)
//   redis    test/redis/**/*.e2e-spec.ts: two API processes sharing REDIS_URL
//   browser  test/browser/**/*.e2e-spec.ts: headless Chromium journeys
// The e2e tiers share one PostgreSQL server started by test/setup/global-setup.ts; each suite
// creates its own database with createTestDatabase() from test/support/database.ts.

// ts-jest in transpile-only mode: type checking is `tsc`'s job in the build, tests only need JS.
/** @param {boolean} tsx */
const tsJest = (tsx) => [
  'ts-jest',
  {
    diagnostics: false,
    tsconfig: {
      isolatedModules: true,
      target: 'es2022',
      module: 'commonjs',
      esModuleInterop: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      ...(tsx ? { jsx: 'react-jsx' } : {}),
    },
  },
];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // .ts is not parsed as TSX: `<T>value` casts and `<T>(x) => x` generics must keep working.
  transform: {
    '^.+\\.tsx$': tsJest(true),
    '^.+\\.ts$': tsJest(false),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

const e2e = {
  ...common,
  // Node environment that can skip a suite whose prerequisite is missing (test/support/require-prereq.ts).
  testEnvironment: '<rootDir>/test/setup/e2e-environment.ts',
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/setup/e2e-timeout.ts'],
};

// The web app imports its own modules as `src/...` (see apps/web/vite.config.ts), and pictures
// (Vite turns them into URLs), which are a name in tests.
const webModules = {
  '^src/(.*)$': '<rootDir>/apps/web/src/$1',
  '^@tidings/contracts$': '<rootDir>/libs/contracts/src/index.ts',
  '\\.svg$': '<rootDir>/test/support/asset-stub.js',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
      // The web app imports its own modules as `src/...` (see apps/web/vite.config.ts).
      moduleNameMapper: webModules,
    },
    {
      ...common,
      displayName: 'web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.tsx'],
      setupFiles: ['<rootDir>/apps/web/src/test/jsdom-globals.cjs'],
      moduleNameMapper: webModules,
    },
    { ...e2e, displayName: 'api', testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'] },
    { ...e2e, displayName: 'redis', testMatch: ['<rootDir>/test/redis/**/*.e2e-spec.ts'] },
    { ...e2e, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.e2e-spec.ts'] },
  ],
};
