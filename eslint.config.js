import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureLayers = ['src/domain/**', 'src/ingest/**', 'src/geo/**'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test/bench/out', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|test|describe)$/]", message: 'No focused or skipped tests.' }],
    },
  },
  {
    // The domain, ingest and geo layers stay pure: no UI library, no store.
    files: pureLayers,
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'recharts', '@tanstack/*', 'react-i18next', 'i18next'], message: 'src/domain, src/ingest and src/geo are pure TypeScript: no React, store or chart imports.' },
        { group: ['**/store/**', '**/views/**', '**/ui/**'], message: 'Dependencies point views → store → domain, never back.' },
      ] }],
    },
  },
  {
    // The store and the shared UI never reach into a view (views import them, not the reverse);
    // storage is reached only through the store's guard (src/store/storage.ts).
    files: ['src/store/**', 'src/ui/**'],
    ignores: ['src/store/kv.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/views/**'], message: 'src/store and src/ui do not import from src/views.' },
        { group: ['idb-keyval'], message: 'Storage goes through src/store/storage.ts (the persistence guard).' },
      ] }],
    },
  },
  {
    // A view reaches another view only through that view's index.ts (its public face), never a
    // file inside it (test/unit/architecture.test.ts checks the same on the import graph).
    files: ['src/views/*/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index\\.ts$)', message: 'Import another view only through its index.ts.' },
      ] }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
