// `npm run codegen`: the web client's GraphQL types, generated from the committed API schema and the
// documents in src/**/graphql/*.documents.ts (and any other `graphql(...)` call) into src/gql/.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.spec.{ts,tsx}', '!src/test/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Components read fragment fields straight from query results, as they did before codegen.
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        // A nullable field is always in the result (as null), so it is typed `T | null`, not optional.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        // Apollo Client adds __typename to every selection, so results always carry it.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
  hooks: {},
};

export default config;
