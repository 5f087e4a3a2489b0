/**
 * npm run mark-sample [-- --per-page N] [--pages DIR] [--out FILE]
 * A sample of the marks a reader sees on saved pages the tests do not use (../shared/pages less
 * tests/fixtures/pages), for judging whether each is the right entity (docs/judgements/marks-judged.md): each page
 * is opened in Chromium with the built extension (`npm run build` first), and up to N of its shown mentions (5 by
 * default), drawn at random with a fixed seed, are written with the text around them, as JSON.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ShownMention } from '../messaging/protocol';
import { optionValue } from './args';
import { askTab, forEachSavedPage, okValue, openForSavedPages, serveFixtures } from './browser-harness';

/** A small seeded generator (mulberry32): the same sample on each run of the same build. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(argv: string[]): Promise<number> {
  const dir = resolve(optionValue(argv, '--pages') || '../shared/pages');
  const perPage = Number(optionValue(argv, '--per-page') || 5);
  const out = optionValue(argv, '--out') || 'mark-sample.json';
  const used = new Set(readdirSync('tests/fixtures/pages'));
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html') && !used.has(f)).sort();
  const server = await serveFixtures(dir);
  const browser = await openForSavedPages();
  const next = random(25);
  const sample: Array<ShownMention & { page: string }> = [];
  await forEachSavedPage('mark-sample', browser, pages, server.url, async (_, name, tabId) => {
    const all = okValue(await askTab(browser.ext, tabId, 'pageMentions', {}));
    const picked = all.map((m) => [next(), m] as const).sort((a, b) => a[0] - b[0]).slice(0, perPage).map(([, m]) => m);
    for (const m of picked) sample.push({ page: name, ...m });
  });
  await browser.context.close();
  await server.close();
  writeFileSync(out, `${JSON.stringify(sample, null, 1)}\n`);
  process.stdout.write(`${sample.length} marks from ${new Set(sample.map((m) => m.page)).size} pages → ${out}\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
