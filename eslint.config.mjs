// Lint configuration, at the repository root where editors and `npx eslint` find it without flags.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine stays pure: no host SDKs, no DOM, no React.
    files: ['src/core/**/*.ts'],
    rules: {
      // src/formats (HTML, MIME) is for callers: they convert before calling the engine.
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*', '@microsoft/*', 'office-*', 'htmlparser2', 'postal-mime', '**/formats/**'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'fetch', 'Office', 'navigator'],
    },
  },
  {
    // Nothing a draft, a policy or a roster holds may make a pattern backtrack for ever (issue 9):
    // eslint-plugin-regexp proves each pattern free of polynomial backtracking, and of the
    // quadratic scan an unanchored pattern makes when it re-reads a run from each of its characters.
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }],
    },
  },
  {
    // The learned weights are the product's own data, decoded once at start (not input); the lead owns this folder.
    files: ['src/core/learned/**/*.ts'],
    rules: { 'regexp/no-super-linear-move': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
