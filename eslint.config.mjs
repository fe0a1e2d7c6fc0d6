// Lint rules. The one that matters most: src/core stays free of the editor API,
// so the model, parsers and citations run in plain Node (tests, the CLI, benchmarks).
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// The extension also runs in VS Code for the Web (a web worker, no Node): src/core and src/extension
// import no Node built-in, except in a `*.node.ts` module, which the web bundle swaps for its `*.web.ts`
// sibling (scripts/build.js). The CLI and the tests run in Node only.
const NODE_BUILTINS = {
  paths: builtinModules.filter(name => !name.startsWith('_')).map(name => ({
    name, message: 'The web bundle has no Node built-ins: put Node-only code in a *.node.ts module with a *.web.ts sibling.',
  })),
  patterns: [{ group: ['node:*'], message: 'The web bundle has no Node built-ins: put Node-only code in a *.node.ts module with a *.web.ts sibling.' }],
};

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
        paths: [{ name: 'vscode', message: 'src/core runs in plain Node: convert to VS Code types in src/extension instead.' },
          ...NODE_BUILTINS.paths],
        patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'src/core must not depend on the editor or CLI layers.' },
          ...NODE_BUILTINS.patterns],
      }],
      'no-restricted-globals': ['error', { name: 'require', message: 'src/core uses imports only.' }],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    ignores: ['**/*.node.ts'],
    rules: { 'no-restricted-imports': ['error', NODE_BUILTINS] },
  },
  {
    files: ['src/core/**/*.node.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core runs in plain Node: convert to VS Code types in src/extension instead.' }],
        patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'src/core must not depend on the editor or CLI layers.' }],
      }],
    },
  },
);
