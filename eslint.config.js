import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'storybook-static/**', 'custom-elements.json', 'coverage/**', 'examples/*/dist/**', '.size/**', 'release/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    plugins: { lit, wc },
    settings: {
      // Without this, eslint-plugin-wc does not recognise Lit classes as custom elements.
      wc: { elementBaseClasses: ['LitElement', 'KpElement', 'KpClinicalElement'] },
    },
    languageOptions: { globals: globals.browser },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
