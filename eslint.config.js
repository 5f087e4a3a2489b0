// Lint zones: which folder may import what (docs/architecture.md). Each zone is checked against a file that breaks
// it in tests/unit/lint-zones.test.ts.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'url', 'http', 'https', 'net', 'child_process', 'crypto', 'stream', 'util', 'worker_threads', 'buffer', 'events'];

/** The polyfill wraps the whole API in every frame: code that runs in pages uses messaging/web-ext.ts instead (types are free). */
const NO_POLYFILL = [
  { name: 'webextension-polyfill', allowTypeImports: true, message: 'page code uses messaging/web-ext.ts, not the polyfill' },
];
const NO_BUILD = { group: ['**/core/build', '**/core/build/*', './build/*', '../build/*'], message: 'runtime code never imports core/build/ (build time only)' };
const NO_WORKER = { group: ['**/worker/*', '**/utils/browser'], message: 'page code never imports worker code or the polyfill' };
const NO_PAGE = { group: ['**/page/*', '**/page/card/*'], message: 'worker code never imports page code' };
const NO_ENTRYPOINTS = { group: ['**/entrypoints/*'], message: 'only the manifest loads an entrypoint' };
/** For files one folder down in entrypoints/, where "../x" is another entrypoint. */
const NO_OTHER_ENTRYPOINT = { regex: '^(\\.\\./(?!\\.\\./)|.*/entrypoints/)', message: 'entrypoints never import each other: share code through core/, components/, page/, worker/ or messaging/' };
const NO_UI = ['wxt', 'wxt/*', 'preact', 'preact/*', '**/utils/*', '**/entrypoints/*', '**/components/*', '**/page/*', '**/worker/*', '**/messaging/*'];

const restrict = (patterns, paths = []) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.output-*/', '.wxt/', 'public/', 'tests/artifacts/', 'bench/out/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // core/: browser-, DOM- and Node-free; it imports only core/ and pure libraries.
  {
    files: ['core/**/*.ts'],
    rules: {
      ...restrict(
        [{ group: ['node:*'], message: 'core/ is Node-free' }, { group: NO_UI, message: 'core/ imports only core/ and pure libraries' }],
        [{ name: 'webextension-polyfill', message: 'core/ is browser-free' }, ...NODE_BUILTINS.map((name) => ({ name, message: 'core/ is Node-free' }))],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'chrome', 'browser', 'fetch', 'localStorage', 'process', 'require', 'Buffer', '__dirname', 'setTimeout', 'setInterval', 'requestAnimationFrame'],
    },
  },
  // Runtime core (everything but core/build/) never imports build-time code.
  {
    files: ['core/**/*.ts'],
    ignores: ['core/build/**'],
    rules: restrict(
      [{ group: ['node:*'], message: 'core/ is Node-free' }, { group: NO_UI, message: 'core/ imports only core/ and pure libraries' }, NO_BUILD],
      [{ name: 'webextension-polyfill', message: 'core/ is browser-free' }, ...NODE_BUILTINS.map((name) => ({ name, message: 'core/ is Node-free' }))],
    ),
  },
  // messaging/: shared by both sides, so it imports neither side.
  {
    files: ['messaging/**/*.ts'],
    rules: restrict([NO_BUILD, NO_PAGE, NO_WORKER, { group: ['**/components/*', '**/entrypoints/*'], message: 'messaging/ imports only core/' }], NO_POLYFILL),
  },
  // page/ and the content-script entrypoints: no worker code, no polyfill, no build code.
  {
    files: ['page/**/*.{ts,tsx}'],
    rules: restrict([NO_BUILD, NO_WORKER, NO_ENTRYPOINTS, { group: ['**/components/*'], message: 'the page bundles only page/ code: the card lives in page/card/' }], NO_POLYFILL),
  },
  {
    files: ['entrypoints/page/**', 'entrypoints/page-*/**'],
    rules: restrict([NO_BUILD, NO_WORKER, NO_OTHER_ENTRYPOINT, { group: ['**/components/*'], message: 'the page bundles only page/ code: the card lives in page/card/' }], NO_POLYFILL),
  },
  // worker/: background-only; never page code.
  {
    files: ['worker/**/*.ts'],
    rules: restrict([NO_BUILD, NO_PAGE, { group: ['**/components/*', '**/entrypoints/*'], message: 'worker/ imports only core/, messaging/ and utils/' }]),
  },
  // The other entrypoints and the shared UI parts: no build code, no page code, no entrypoint of another.
  {
    files: ['entrypoints/**/*.{ts,tsx}'],
    ignores: ['entrypoints/page/**', 'entrypoints/page-*/**'],
    rules: restrict([NO_BUILD, NO_PAGE, NO_OTHER_ENTRYPOINT]),
  },
  {
    files: ['components/**/*.{ts,tsx}', 'utils/**/*.ts'],
    rules: restrict([NO_BUILD, NO_PAGE, NO_ENTRYPOINTS]),
  },
);
