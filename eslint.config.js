import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'example/', 'coverage/', 'test/fixtures/', 'test/golden/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': 'off',
    },
  },
  {
    // The engine stays free of React, fs and the terminal. Which folder of src/ may import which (and no
    // import cycles) is checked by dependency-cruiser: .dependency-cruiser.cjs, also run by `npm run lint`.
    files: ['src/engine/**/*.ts', 'src/catalogue/schema.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['ink', 'ink/*', 'react', 'react/*', 'node:fs', 'node:fs/*', 'fs'] }],
    },
  },
);
