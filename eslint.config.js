import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Imports flow one way: model -> workers -> state -> components -> features -> app (the CLI reads
// the model only). A layer imports only the layers before it, and no feature imports another.
const FLOW = 'Imports flow model -> workers -> state -> components -> features -> app';
/** A relative import that reaches into one of these top-level folders of src/. */
const into = (folders) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message: `${FLOW}: this layer must not import ${folders.join(', ')}.` });
const LATER = {
  model: ['workers', 'state', 'components', 'features', 'app', 'cli'],
  workers: ['state', 'components', 'features', 'app', 'cli'],
  state: ['components', 'features', 'app', 'cli'],
  components: ['features', 'app', 'cli'],
  features: ['app', 'cli'],
  app: ['cli'],
  cli: ['workers', 'state', 'components', 'features', 'app'],
};
// From src/features/<one>/, `../<other>/...` is another feature (features are one folder deep).
const noOtherFeature = { regex: '^(\\.\\./(?!\\.\\./)[^/]+/|(\\.\\./){2,}features/)', message: 'No imports between features: move what both need to components/ or state/.' };

const modelIsPure = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/model must not import React.' },
  { group: ['zustand', 'zustand/*', 'zundo'], message: 'src/model must not import the store.' },
  { group: ['@visx/*'], message: 'src/model must not import charts.' },
  into(LATER.model),
];
const mathjsOnlyInFormula = { group: ['mathjs', 'mathjs/*'], message: 'Only src/model/formula.ts imports mathjs.' };
/** The import rules of one layer (a folder of src/ other than model). */
const layerRules = (layer, extra = []) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: { 'no-restricted-imports': ['error', { patterns: [into(LATER[layer]), ...extra, mathjsOnlyInFormula] }] },
});

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
  layerRules('workers'),
  layerRules('state'),
  layerRules('components'),
  layerRules('features', [noOtherFeature]),
  layerRules('app'),
  layerRules('cli'),
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
