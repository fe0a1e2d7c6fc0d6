// Lint rules. The one that matters most: src/core stays free of the editor API,
// so the model, parsers and citations run in plain Node (tests, the CLI, benchmarks).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'tools/**', '.vscode-test/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core runs in plain Node: convert to VS Code types in src/extension instead.' }],
        patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'src/core must not depend on the editor or CLI layers.' }],
      }],
      'no-restricted-globals': ['error', { name: 'require', message: 'src/core uses imports only.' }],
    },
  },
);
