import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const modelIsPure = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/model must not import React.' },
  { group: ['zustand', 'zustand/*', 'zundo'], message: 'src/model must not import the store.' },
  { group: ['@visx/*'], message: 'src/model must not import charts.' },
  { group: ['**/state/*', '**/components/*', '**/features/*', '**/app/*'], message: 'Imports flow model -> state -> components -> features -> app.' },
];
const mathjsOnlyInFormula = { group: ['mathjs', 'mathjs/*'], message: 'Only src/model/formula.ts imports mathjs.' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // Only formula.ts may touch mathjs (its restricted instance is the security boundary).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/model/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [mathjsOnlyInFormula] }] },
  },
  {
    // The model is pure TypeScript: it runs in the browser, a Web Worker, Node and the CLI.
    files: ['src/model/**/*.ts'],
    ignores: ['src/model/formula.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...modelIsPure, mathjsOnlyInFormula] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/model/formula.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: modelIsPure }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
