/**
 * npm run page-marks [-- DIR] [--ext DIR ...] [--limit N]
 * Where the marks fall on saved pages (default ../shared/pages): each page is opened in Chromium with the built
 * extension (`npm run build` first; several `--ext` dirs are measured in the same run, the first the baseline) and,
 * once read, each mark is placed: inside a footer, an aside, navigation or a page header (the headline's header
 * aside) by their elements or ARIA roles, inside a link, or in the page's prose. Prints per build the marks, the
 * share in those landmarks, in links outside them, and how many pages were read as one article (the marking
 * policy's `article-only`).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { optionValue, positionals } from './args';
import { EXTENSION_DIR, forEachSavedPage, openForSavedPages, serveFixtures } from './browser-harness';

interface PageMarks {
  marks: number;
  landmark: number;
  link: number;
  article: boolean;
}

/** Runs in the page: each mark's place (the highlights are the extension's, read through the CSS Highlight API). */
function placeMarks(): { marks: number; landmark: number; link: number } {
  const LANDMARK = 'footer,aside,nav,header,[role="contentinfo"],[role="complementary"],[role="navigation"],[role="banner"]';
  let marks = 0;
  let landmark = 0;
  let link = 0;
  for (const name of ['backstory-mention', 'backstory-mention-strong', 'backstory-mention-later']) {
    const set = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
    for (const r of set ?? []) {
      marks++;
      const node = r.startContainer;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      const mark = el?.closest(LANDMARK);
      // A header that holds the page's headline is the article's own.
      if (mark && !(mark.tagName === 'HEADER' && mark.querySelector('h1'))) landmark++;
      else if (el?.closest('a')) link++;
    }
  }
  return { marks, landmark, link };
}

async function main(argv: string[]): Promise<number> {
  const dir = resolve(positionals(argv, ['--ext', '--limit'])[0] ?? '../shared/pages');
  const exts = argv.flatMap((a, i) => (a === '--ext' ? [resolve(argv[i + 1])] : []));
  if (!exts.length) exts.push(EXTENSION_DIR);
  const limit = Number(optionValue(argv, '--limit') || Infinity);
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().slice(0, limit);
  const server = await serveFixtures(dir);
  for (const ext of exts) {
    const browser = await openForSavedPages(ext);
    const all: PageMarks[] = [];
    await forEachSavedPage('page-marks', browser, pages, server.url, async (page, _, __, status) => {
      all.push({ ...(await page.evaluate(placeMarks)), article: status.article === true });
    });
    await browser.context.close();
    const sum = (k: 'marks' | 'landmark' | 'link', of = all) => of.reduce((n, p) => n + p[k], 0);
    const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
    const articles = all.filter((p) => p.article);
    process.stdout.write(
      `${ext}\n  pages ${all.length}, read as one article ${articles.length}\n` +
        `  marks ${sum('marks')}: in footer/aside/nav/header ${sum('landmark')} (${pct(sum('landmark'), sum('marks'))}) on ${all.filter((p) => p.landmark > 0).length} pages; in links outside them ${sum('link')} (${pct(sum('link'), sum('marks'))})\n` +
        `  on the article pages: marks ${sum('marks', articles)}, in landmarks ${pct(sum('landmark', articles), sum('marks', articles))}, in links ${pct(sum('link', articles), sum('marks', articles))}\n`,
    );
  }
  await server.close();
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
