// Folder boundaries are enforced here (docs/architecture in README):
// core/ is browser-, DOM- and Node-free; entrypoints never import each other.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'url', 'http', 'https', 'net', 'child_process', 'crypto', 'stream', 'util', 'worker_threads', 'buffer', 'events'];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.output-*/', '.wxt/', 'public/', 'tests/artifacts/', 'bench/out/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'webextension-polyfill', message: 'core/ is browser-free' },
          ...NODE_BUILTINS.map((name) => ({ name, message: 'core/ is Node-free' })),
        ],
        patterns: [
          { group: ['node:*'], message: 'core/ is Node-free' },
          { group: ['wxt', 'wxt/*', 'preact', 'preact/*', '**/utils/*', '**/entrypoints/*', '**/components/*'], message: 'core/ imports only core/ and pure libraries' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'chrome', 'browser', 'fetch', 'localStorage', 'process', 'require', 'Buffer', '__dirname', 'setTimeout', 'setInterval', 'requestAnimationFrame'],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(\\.\\./(?!\\.\\./)|.*/entrypoints/)', message: 'entrypoints never import each other: share code through core/, components/ or utils/' }],
      }],
    },
  },
);
