/**
 * npm run panel-eval [-- --list] [--pages DIR]
 * What the side panel opens on, on saved articles (docs/judgements/panel-articles.json: each page's main subjects,
 * judged from its headline and lead: docs/timeline.md, "What the panel opens on"). Each page is opened in Chromium
 * with the built extension (`npm run build` first), then the panel following its tab; of the first 20 events the
 * panel lists, the share that involve one of the judged subjects, as the panel opens and with every name shown (the
 * panel's default before issue 25), in the same run; and the story it names for the article. --list prints, for every page read as one article, its
 * headline, lead and names (for judging).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { optionValue } from './args';
import { askTab, forEachSavedPage, okValue, openForSavedPages, serveFixtures } from './browser-harness';

interface Judged {
  page: string;
  subjects: string[];
}

const FIRST = 20;

/** The chips (entity titles) of the first `FIRST` events the panel lists, top to bottom. */
async function firstEvents(panel: Page): Promise<string[][]> {
  await panel.locator('.row-event').first().waitFor({ timeout: 30_000 });
  // The virtual list renders rows as they come into view: scroll until enough are there.
  for (let i = 0; i < 20; i++) {
    const n = await panel.locator('.row-event').count();
    if (n >= FIRST) break;
    await panel.mouse.wheel(0, 600);
    await panel.waitForTimeout(100);
  }
  // From the top of the view: the feed opens at the article's date, with the rows above it drawn too.
  return panel.locator('.vrow').evaluateAll(
    (rows, first) =>
      rows
        .sort((a, b) => parseFloat((a as HTMLElement).style.top) - parseFloat((b as HTMLElement).style.top))
        .filter((r) => r.querySelector('.event') && parseFloat((r as HTMLElement).style.top) >= document.querySelector('.feed')!.scrollTop - 1)
        .slice(0, first)
        .map((r) => [...r.querySelectorAll('.chip')].map((c) => c.textContent ?? '')),
    FIRST,
  );
}

/** Runs in the page: its headline and the first paragraphs of prose. */
function headAndLead(): { headline: string; lead: string } {
  const headline = document.querySelector('h1')?.textContent?.trim() ?? '';
  const lead = [...document.querySelectorAll('p')].map((p) => p.textContent?.trim() ?? '').filter((t) => t.length > 80).slice(0, 2).join(' ');
  return { headline, lead: lead.slice(0, 600) };
}

async function main(argv: string[]): Promise<number> {
  const dir = resolve(optionValue(argv, '--pages') || '../shared/pages');
  const list = argv.includes('--list');
  const judged = JSON.parse(readFileSync('docs/judgements/panel-articles.json', 'utf8')) as Judged[];
  const pages = list ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : judged.map((j) => j.page);
  const server = await serveFixtures(dir);
  const browser = await openForSavedPages();
  const { context, ext: extPage, extensionId } = browser;
  const sums = { opened: 0, all: 0, n: 0 };
  await forEachSavedPage('panel-eval', browser, pages, server.url, async (page, name, tabId, status) => {
    if (list) {
      if (!status.article) return;
      const { headline, lead } = await page.evaluate(headAndLead);
      const names = okValue(await askTab(extPage, tabId, 'pageEntities', {}));
      process.stdout.write(`## ${name}\nheadline: ${headline}\nlead: ${lead}\nnames: ${names.map((e) => `${e.title} (${e.mentions}${e.headline ? ', headline' : ''})`).join('; ')}\n\n`);
      return;
    }
    const subjects = new Set(judged.find((j) => j.page === name)!.subjects);
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 420, height: 2400 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    const about = (events: string[][]) => events.filter((chips) => chips.some((c) => subjects.has(c))).length / Math.max(1, events.length);
    const opened = about(await firstEvents(panel));
    const ticked = await panel.locator('.names-line .chip-name[aria-pressed=true]').allTextContents();
    const story = (await panel.locator('.story strong').allTextContents())[0] ?? '–';
    const showAll = panel.getByRole('button', { name: /^Untick all/ });
    if (await showAll.count()) {
      await showAll.click();
      // Every name's events once the panel says so (the hint about the subjects goes).
      await panel.locator('.names-hint').waitFor({ state: 'detached' });
      await panel.waitForTimeout(300);
    }
    const all = about(await firstEvents(panel));
    process.stdout.write(`${name.padEnd(34)} opens on ${opened.toFixed(2)}  every name ${all.toFixed(2)}   ticked: ${ticked.join(', ')}; story: ${story}\n`);
    sums.opened += opened;
    sums.all += all;
    sums.n++;
    await panel.close();
  });
  await context.close();
  await server.close();
  if (!list) process.stdout.write(`\n${sums.n} articles: of the first ${FIRST} events, about the judged subjects: as the panel opens ${(sums.opened / sums.n).toFixed(2)}, every name (before) ${(sums.all / sums.n).toFixed(2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
