import { defineConfig } from 'vitest/config';
import { flexsearchAlias } from './flexsearch-build';

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias: [flexsearchAlias] }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], hookTimeout: 60_000, testTimeout: 20_000 } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
