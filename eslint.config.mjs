// Lint configuration, at the repository root where editors and `npx eslint` find it without flags.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
