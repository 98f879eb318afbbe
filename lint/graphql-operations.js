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
      // Off: it asks every selection for an id so a normalised client cache can merge
      // objects. Most documents here run in-process for one server render and are never
      // cached, and the saved queries in docs/ select what their question needs.
      '@graphql-eslint/require-selections': 'off',
    },
  },
];
