/**
 * The dashboard's GraphQL documents (app/**\/*.graphql, docs/queries/) linted as operations
 * against the schema they run on: a field, argument or fragment the schema does not have fails
 * `npm run lint` before codegen or a page ever sees it.
 */
import graphql from '@graphql-eslint/eslint-plugin';

const DOCUMENTS = ['app/**/*.graphql', 'docs/queries/*.graphql'];

export const graphqlOperations = [
  {
    files: DOCUMENTS,
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: 'graphql/schema/*.graphql', documents: DOCUMENTS } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/operations-recommended'].rules,
      // Every record has a stable dataset key beside its node id; either identifies it (the
      // screens link by key), so a selection must hold one of them.
      '@graphql-eslint/require-selections': ['error', { fieldName: ['id', 'key'] }],
    },
  },
];
