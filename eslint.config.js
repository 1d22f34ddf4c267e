import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'site/**', 'storybook-static/**', '.reports/**', 'src/generated/**', 'node_modules/**', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/browser/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      ...litA11y.configs.recommended.rules,
      'wc/guard-super-call': 'off',
      // Safari drops list semantics from a <ul> with list-style: none; role="list" restores them.
      'lit-a11y/no-redundant-role': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The command line runs in Node.
    files: ['src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The contract is read by the widgets, the tools and Node alike: no UI library, its messages
    // through the translator its caller puts in scope (src/i18n/msg.ts).
    files: ['src/contract/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['lit', 'lit/*', '@lit/*', '../core/*', '../data/*'], message: 'src/contract depends on no UI library.' }] },
      ],
    },
  },
  {
    // data/ is below core/ (docs/ARCHITECTURE.md, Layers; tests/node/layers.test.mjs checks every folder).
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../core/*'], message: 'src/data is below src/core: core imports data, never the reverse.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'vite.config.ts', '.storybook/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node tests also hold functions that run in the page (puppeteer's evaluate).
    files: ['tests/node/**', 'tests/dist/**', 'scripts/storybook-smoke.mjs', 'bench/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
