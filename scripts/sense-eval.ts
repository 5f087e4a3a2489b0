/**
 * npm run sense-eval [-- --pages DIR] [--out FILE]
 * The rule `sense-in-context` on saved pages: every shown mention of a name with several senses ("Georgia",
 * "Washington"), with the sense the page chose and the one the matcher alone gives (the baseline: the data's
 * commonest use of the name), and the text around it, for judging (docs/judgements/senses.md). Opens each page in
 * Chromium with the built extension (`npm run build` first); prints how many mentions the page moved to another sense.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { senseKey, type MatcherData } from '../core/names/matcher';
import { optionValue } from './args';
import { askTab, askWorker, forEachSavedPage, okValue, openForSavedPages, serveFixtures } from './browser-harness';

/**
 * A page paused past its budget never says it is done: time enough there for its senses to be in. Any other page
 * says so only once they are (pageStatus stays 'reading' while a decision is due or asked: page/page-senses.ts).
 */
const PAUSED_SETTLE_MS = 1500;

async function main(argv: string[]): Promise<number> {
  const dir = resolve(optionValue(argv, '--pages') || '../shared/pages');
  const out = optionValue(argv, '--out') || 'sense-sample.json';
  const matcher = JSON.parse(readFileSync('.output/chrome-mv3/data/matcher.json', 'utf8')) as MatcherData;
  const names = new Set((matcher.senses ?? '').split('\n').filter(Boolean));
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const server = await serveFixtures(dir);
  const browser = await openForSavedPages();
  const found: Array<{ page: string; words: string; title: string; before: string; after: string }> = [];
  await forEachSavedPage('sense-eval', browser, pages, server.url, async (page, name, tabId, status) => {
    if (status.state === 'paused') await page.waitForTimeout(PAUSED_SETTLE_MS);
    for (const m of okValue(await askTab(browser.ext, tabId, 'pageMentions', {}))) {
      if (names.has(senseKey(m.words))) found.push({ page: name, ...m });
    }
  });
  // The matcher's sense of each name (what it gives the words alone), and all its senses.
  const sample = [];
  for (const m of found) {
    const alone = okValue(await askWorker(browser.ext, 'findNames', { texts: [m.words] }));
    const [choice] = okValue(await askWorker(browser.ext, 'senses', { names: [senseKey(m.words)], context: [] }));
    sample.push({ ...m, baseline: alone.titles[0] ?? '', senses: choice ? [choice.title, ...choice.others].sort() : [] });
  }
  await browser.context.close();
  await server.close();
  writeFileSync(out, `${JSON.stringify(sample, null, 1)}\n`);
  const moved = sample.filter((m) => m.title !== m.baseline);
  process.stdout.write(`${sample.length} mentions of names with several senses on ${new Set(sample.map((m) => m.page)).size} pages; ${moved.length} moved from the matcher's sense → ${out}\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
