/**
 * The bench's saved pages: those in bench/pages/ plus the e2e tests' saved pages (tests/fixtures/pages/
 * expectations.json lists them), which are stored once, with the tests, and measured here too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a page may live, in the order looked at (the tests' three oldest pages sit in tests/fixtures itself). */
export const PAGE_DIRS = ['bench/pages', 'tests/fixtures/pages', 'tests/fixtures'];

/** Every bench page by name, with its path. */
export function benchPages(): Map<string, string> {
  const fromTests = Object.keys(JSON.parse(readFileSync('tests/fixtures/pages/expectations.json', 'utf8')) as Record<string, unknown>);
  const names = [...readdirSync('bench/pages').filter((f) => f.endsWith('.html')), ...fromTests];
  const out = new Map<string, string>();
  for (const name of [...new Set(names)].sort()) {
    const dir = PAGE_DIRS.find((d) => existsSync(join(d, name)));
    if (!dir) throw new Error(`bench page ${name} is in none of ${PAGE_DIRS.join(', ')}`);
    out.set(name, join(dir, name));
  }
  return out;
}
