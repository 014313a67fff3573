// `npm run lint`: typescript-eslint's type-checked recommended rules on every TypeScript part of the
// product (api, web, libs, tests), ESLint's recommended rules on the JavaScript bench. `npm run lint`
// then runs the module boundaries (tools/check-boundaries.mjs) and table owners (tools/check-table-owners.mjs).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const typeChecked = tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.{ts,tsx}'] }));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', '.data/**', 'bench/results/**', 'docs/**', 'apps/web/src/gql/**'] },
  { files: ['**/*.{js,cjs,mjs}'], ...js.configs.recommended, languageOptions: { globals: { ...globals.node } } },
  { files: ['**/*.{ts,tsx}'], ...js.configs.recommended },
  ...typeChecked,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // The web app's specs and their harness are checked by tsconfig.spec.json (with Jest's globals).
    files: ['apps/web/src/**/*.spec.{ts,tsx}', 'apps/web/src/test/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false, project: ['apps/web/tsconfig.spec.json'], tsconfigRootDir: import.meta.dirname } },
  },
  { files: ['apps/web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
);
