import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { layers } from './lint/layers.js';
import { graphqlOperations } from './lint/graphql-operations.js';

export default defineConfig(
  globalIgnores([
    '.next/',
    'node_modules/',
    'graphql/__generated__/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    'next-env.d.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layers,
  ...graphqlOperations,
);
