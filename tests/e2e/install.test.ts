/**
 * Installed or updated while pages are open, as a reader does: Chrome runs a manifest's content scripts only in
 * pages loaded afterwards, so the worker injects them into the open tabs (utils/read-open-tabs.ts). Without that,
 * the article the reader installed Backstory for would stay unmarked until reloaded, and an update would leave
 * every open tab unmarked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amberPixels, askTab, launchWithoutExtension, markedCount, markedTexts, markPoint, serveFixtures, settled, tabIdOf, waitForMarks } from './harness';

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
  await expect.poll(() => card(page).locator('.ev').count()).toBeGreaterThan(2);
  const cards = await card(page).count();
  await page.mouse.move(5, 5, { steps: 4 });
  await card(page).waitFor({ state: 'detached' });
  return cards;
}

describe('installed while pages are open', () => {
  it('reads the pages already open, frames and shadow roots too, and reads them again after an update', async () => {
    const { context } = browser;
    const structure = await context.newPage();
    await structure.goto(fixtures.url('structure.html'));
    const news = await context.newPage();
    await news.goto(fixtures.url('pl-abcnews.go.com.html'));
    expect(await markedCount(news)).toBe(0);

    const { extensionId } = await browser.install();
    expect(await waitForMarks(news)).toBeGreaterThan(2);
    expect(await cardFor(news, 'Putin')).toBe(1);
    // The styles came along: the marks are painted, in the document, in a shadow root and in a frame.
    await structure.bringToFront();
    const frame = structure.frames().find((f) => f !== structure.mainFrame())!;
    await expect.poll(() => frame.evaluate(() => (CSS as any).highlights.get('backstory-mention')?.size ?? 0), { timeout: 10_000 }).toBeGreaterThan(1);
    for (const shot of [structure.locator('#split'), structure.locator('#inshadow'), structure.frameLocator('#frame').locator('#inframe')]) {
      expect(await amberPixels(structure, await shot.screenshot())).toBeGreaterThan(20);
    }

    // An update: the old copies are cut off, and new ones read the pages in a fresh script world.
    await browser.install();
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await tabIdOf(ext, news);
    expect((await settled(ext, tabId)).mentions).toBeGreaterThan(2);
    expect(await markedCount(news)).toBeGreaterThan(2);
    expect(await cardFor(news, 'Putin')).toBe(1);
    // The page changes: the old copy notices it is cut off and goes, without taking the new copy's marks along.
    await news.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="later">Later: the Taliban spoke about Syria.</p>'));
    await expect.poll(() => markedTexts(news), { timeout: 10_000 }).toContain('Syria');
    await news.waitForTimeout(500);
    expect(await markedCount(news)).toBeGreaterThan(2);
    expect((await askTab(ext, tabId, 'pageStatus')).ok).toBe(true);
    expect(browser.errors).toEqual([]);
  });

  it('reads first the part of a page the reader has scrolled to', async () => {
    const { context } = browser;
    const paragraph = '<p>Vladimir Putin met Recep Tayyip Erdoğan in Ankara to discuss Syria. ' + 'Officials said the talks would continue next week. '.repeat(12) + '</p>\n';
    const paragraphs = Math.ceil(2_000_000 / paragraph.length);
    const html = `<!doctype html><meta charset="utf-8"><title>A long page</title><article>${paragraph.repeat(paragraphs)}</article>`;
    const page = await context.newPage();
    await page.route('**/scrolled.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(fixtures.url('scrolled.html'));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    // An update while the reader is half-way down: the new copy starts where the reader is, not at the top.
    const { extensionId } = await browser.install();
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await tabIdOf(ext, page);
    // Every paragraph on screen is marked, before most of the page is read (from the top, they would come after half of it).
    const unmarkedInView = () =>
      page.evaluate(() => {
        const ranges = [...(((CSS as any).highlights.get('backstory-mention') as Set<AbstractRange> | undefined) ?? [])];
        const shown = [...document.querySelectorAll('p')].filter((p) => {
          const r = p.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        });
        return shown.length ? shown.filter((p) => !ranges.some((r) => p.contains(r.startContainer))).length : -1;
      });
    await expect.poll(unmarkedInView, { timeout: 20_000, interval: 50 }).toBe(0);
    expect((await askTab(ext, tabId, 'pageStatus')).value.mentions).toBeLessThan(paragraphs);
    expect(browser.errors).toEqual([]);
  });
});
