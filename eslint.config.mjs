// Lint rules; the one that matters most keeps src/core free of editor and Node APIs so it runs anywhere.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'util', 'url', 'stream', 'events', 'http', 'https', 'worker_threads', 'process'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', '.vscode-test/**', 'out/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core is pure: it must not import vscode.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'src/core runs in the browser too: no Node built-ins.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'src/core runs in the browser too: no Node built-ins.' },
            { group: ['**/editor/**', '**/cli/**', '**/extension'], message: 'src/core must not depend on outer layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core receives plain config objects instead.' }, { name: 'require', message: 'Use imports.' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
