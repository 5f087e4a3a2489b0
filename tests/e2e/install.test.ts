/**
 * Installed, updated or switched back on while pages are open, as a reader does: Chrome runs a manifest's content
 * scripts only in pages loaded afterwards, so the worker injects them into the open tabs (worker/read-open-tabs.ts).
 * Without that, the article the reader installed Backstory for would stay unmarked until reloaded, and after an
 * update or a switch off and on every open tab would keep only the old copy's marks, gone at the first hover.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amberPixels, ARTIFACTS, launchWithoutExtension, markedCount, markedTexts, markPoint, parsedScripts, serveFixtures, settled, tabIdOf, watchWorker } from './harness';

let browser: Awaited<ReturnType<typeof launchWithoutExtension>>;
let fixtures: Awaited<ReturnType<typeof serveFixtures>>;
beforeAll(async () => {
  browser = await launchWithoutExtension();
  fixtures = await serveFixtures();
});
afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

const card = (page: Page) => page.locator('backstory-host .card');

/** Hovers the first mark reading `text` and waits for its card's events; the number of cards on the page. */
async function cardFor(page: Page, text: string): Promise<number> {
  await page.bringToFront();
  const point = await page.evaluate(markPoint, text);
  if (!point) throw new Error(`no marked mention "${text}"`);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await card(page).waitFor();
  await expect.poll(() => card(page).locator('.ev').count(), { timeout: 10_000 }).toBeGreaterThan(2);
  const cards = await card(page).count();
  await page.mouse.move(5, 5, { steps: 4 });
  await card(page).waitFor({ state: 'detached' });
  return cards;
}

/** A long article of `chars` characters, four names in each paragraph; its number of paragraphs. */
function longArticle(chars: number): { html: string; paragraphs: number } {
  const paragraph = '<p>Vladimir Putin met Recep Tayyip Erdoğan in Ankara to discuss Syria. ' + 'Officials said the talks would continue next week. '.repeat(12) + '</p>\n';
  const paragraphs = Math.ceil(chars / paragraph.length);
  return { html: `<!doctype html><meta charset="utf-8"><title>A long page</title><article>${paragraph.repeat(paragraphs)}</article>`, paragraphs };
}

/**
 * Run in a page: how many paragraphs on screen hold no mark (-1 when none is on screen), and how many mentions the
 * page shows in all, taken together so that a busy machine cannot read more of the page between the two.
 */
const viewMarks = (): { unmarked: number; mentions: number } => {
  const ranges = [...(((CSS as any).highlights.get('backstory-mention') as Set<AbstractRange> | undefined) ?? []), ...(((CSS as any).highlights.get('backstory-mention-later') as Set<AbstractRange> | undefined) ?? [])];
  const shown = [...document.querySelectorAll('p')].filter((p) => {
    const r = p.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });
  return { unmarked: shown.length ? shown.filter((p) => !ranges.some((r) => p.contains(r.startContainer))).length : -1, mentions: ranges.length };
};

/** Remembers the highlight object registered in a page, to tell a new copy's from it. */
const rememberMarks = (page: Page) => page.evaluate(() => void ((window as any).oldMarks = (CSS as any).highlights.get('backstory-mention')));

/** True once another highlight object than the remembered one is registered, with marks in it: a new copy's. */
const newMarks = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as any).highlights.get('backstory-mention');
    return h !== (window as any).oldMarks && h?.size > 2;
  });

describe('installed while pages are open', () => {
  /** Backstory's id, once installed. */
  let backstoryId: string | undefined;
  const installed = async () => (backstoryId ??= (await browser.install()).extensionId);

  /** A saved news page, opened, marked, and its highlight remembered. */
  async function markedNewsPage(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(fixtures.url('pl-abcnews.go.com.html'));
    await expect.poll(() => markedCount(page), { timeout: 10_000 }).toBeGreaterThan(2);
    await rememberMarks(page);
    return page;
  }

  it('reads the pages already open (what is in view first; frames and shadow roots too), and reads them again after an update', async () => {
    const { context } = browser;
    const structure = await context.newPage();
    await structure.goto(fixtures.url('structure.html'));
    const news = await context.newPage();
    await news.goto(fixtures.url('pl-abcnews.go.com.html'));
    const long = longArticle(2_000_000);
    const scrolled = await context.newPage();
    await scrolled.route('**/scrolled.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: long.html }));
    await scrolled.goto(fixtures.url('scrolled.html'));
    await scrolled.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    expect(await markedCount(news)).toBe(0);

    const extensionId = await installed();
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/popup.html`);
    // The reader is half-way down the long page: every paragraph on screen is marked before a quarter of the page is
    // read (from the top, they would come after half of it).
    let inView = { unmarked: -1, mentions: 0 };
    await expect.poll(async () => (inView = await scrolled.evaluate(viewMarks)).unmarked, { timeout: 20_000, interval: 50 }).toBe(0);
    expect(inView.mentions).toBeLessThan(long.paragraphs);
    mkdirSync(ARTIFACTS, { recursive: true });
    await scrolled.screenshot({ path: `${ARTIFACTS}/installed-scrolled.png` });
    await scrolled.close();
    expect((await settled(ext, await tabIdOf(ext, news))).mentions).toBeGreaterThan(2);
    expect(await markedCount(news)).toBeGreaterThan(2);
    expect(await cardFor(news, 'Putin')).toBe(1);
    // The styles came along: the marks are painted, in the document, in a shadow root and in a frame.
    await structure.bringToFront();
    for (const shot of [structure.locator('#split'), structure.locator('#inshadow'), structure.frameLocator('#frame').locator('#inframe')]) {
      await expect.poll(async () => amberPixels(structure, await shot.screenshot()), { timeout: 10_000 }).toBeGreaterThan(20);
    }

    // An update: the old copies are cut off, and new ones read the pages in a fresh script world.
    await rememberMarks(news);
    await browser.install();
    // (The extension's own pages close as it reloads.)
    const ext2 = await context.newPage();
    await ext2.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await tabIdOf(ext2, news);
    expect((await settled(ext2, tabId)).mentions).toBeGreaterThan(2);
    await expect.poll(() => newMarks(news), { timeout: 10_000 }).toBe(true);
    expect(await markedCount(news)).toBeGreaterThan(2);
    // The page changes: the old copy, which reads it too, finds itself cut off and goes, without taking the new
    // copy's marks along.
    await news.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="later">Later: the Taliban spoke about Syria.</p>'));
    await expect.poll(() => markedTexts(news), { timeout: 10_000 }).toContain('Syria');
    await news.waitForTimeout(500);
    expect(await newMarks(news)).toBe(true);
    expect(await markedCount(news)).toBeGreaterThan(2);
    // One card, the new copy's.
    expect(await cardFor(news, 'Putin')).toBe(1);
    expect(await news.locator('backstory-host').count()).toBe(1);
    expect(browser.errors).toEqual([]);
  });

  it('reads them again when the reader switches Backstory off and on', async () => {
    const { context } = browser;
    const id = await installed();
    const news = await markedNewsPage();
    // A second extension, with the management permission, plays the reader's switch on the extensions page.
    const { worker: switcher } = await browser.install(resolve('tests/fixtures/switcher-extension'));
    // Switched off, and seen to be off (its worker gone), before it is switched on again, as by a reader's two
    // clicks: a switch back on while Chrome still unloads the old copy is another case (Chrome's, not ours).
    const running = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${id}/`));
    const stopped = Promise.all(running.map((w) => new Promise((done) => w.once('close', done))));
    await switcher.evaluate((x) => (globalThis as any).chrome.management.setEnabled(x, false), id);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([stopped, new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`Backstory's worker (${running.map((w) => w.url()).join(', ')}) still runs 20 s after it was switched off`)), 20_000)))]);
    clearTimeout(timer);
    expect(await switcher.evaluate(async (x) => (await (globalThis as any).chrome.management.get(x)).enabled, id)).toBe(false);
    const restarted = context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${id}/`), timeout: 20_000 });
    await switcher.evaluate((x) => (globalThis as any).chrome.management.setEnabled(x, true), id);
    watchWorker(await restarted, browser.errors);
    try {
      await expect.poll(() => newMarks(news), { timeout: 20_000 }).toBe(true);
    } catch (failure) {
      // What the browser says of Backstory, for whoever reads a failed run.
      const info = await switcher.evaluate(async (x) => { const i = await (globalThis as any).chrome.management.get(x); return { enabled: i.enabled, disabledReason: i.disabledReason }; }, id).catch((e: Error) => e.message);
      const workers = context.serviceWorkers().map((w) => w.url());
      const marks = await news.evaluate(() => [...(CSS as any).highlights.keys()].map((k: string) => `${k}: ${(CSS as any).highlights.get(k).size}`)).catch((e: Error) => [e.message]);
      throw new Error(`${(failure as Error).message}\nBackstory: ${JSON.stringify(info)}\nworkers: ${workers.join(', ')}\nhighlights: ${marks.join(', ')}\nerrors: ${browser.errors.join(' | ')}`);
    }
    expect(await cardFor(news, 'Putin')).toBe(1);
    expect(await news.locator('backstory-host').count()).toBe(1);
    expect(browser.errors).toEqual([]);
  });

  it('leaves a page that has its content script alone when the worker reads the open tabs again (a browser start)', async () => {
    const { context } = browser;
    const id = await installed();
    const page = await markedNewsPage();
    const parsed = await parsedScripts(page);
    const gates = () => parsed.filter((u) => u.endsWith('/page-gate.js')).length;
    const before = gates();
    expect(before).toBeGreaterThan(0); // the manifest's gate, reported as the debugger starts
    // A new session of the extension, as at a browser start: its session storage empty, its worker started afresh
    // (by the popup's first request).
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${id}/options.html`);
    const readTabs = () => ext.evaluate(async () => (await (globalThis as any).chrome.storage.session.get('openTabsRead')).openTabsRead ?? false);
    expect(await readTabs()).toBe(true);
    await ext.evaluate(() => (globalThis as any).chrome.storage.session.clear());
    const extCdp = await context.newCDPSession(ext);
    await extCdp.send('ServiceWorker.enable');
    await extCdp.send('ServiceWorker.stopAllWorkers');
    await ext.goto(`chrome-extension://${id}/popup.html`);
    await expect.poll(readTabs, { timeout: 20_000 }).toBe(true);
    expect(gates()).toBe(before);
    expect(await newMarks(page)).toBe(false);
    expect(browser.errors).toEqual([]);
  });
});
