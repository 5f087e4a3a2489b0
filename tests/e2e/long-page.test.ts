/**
 * A page of several megabytes: Backstory reads it in slices, keeps the page responsive, pauses past its budget and
 * says so, and goes on when the reader asks.
 */
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, askTab, okValue, tabIdOf, useExtension } from './harness';

const env = useExtension();

const FILLER = 'Officials said the talks would continue next week, and that several questions were still open on both sides. ';
const NAMED = 'Vladimir Putin met Recep Tayyip Erdoğan in Ankara to discuss Syria. ';

/** About `chars` characters of article text in paragraphs, a few names in each. */
function longArticle(chars: number): string {
  const paragraph = `<p>${NAMED}${FILLER.repeat(8)}</p>\n`;
  return `<!doctype html><meta charset="utf-8"><title>A very long page</title><article>${paragraph.repeat(Math.ceil(chars / paragraph.length))}</article>`;
}

describe('a page of several megabytes', () => {
  it('pauses past its budget with a notice, stays responsive, and keeps going on request', async () => {
    const page = await env.session.context.newPage();
    const html = longArticle(7_000_000);
    await page.route('**/long-page.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(env.fixtures.url('long-page.html'));
    const tabId = await tabIdOf(env.ext, page);
    const status = async () => okValue(await askTab(env.ext, tabId, 'pageStatus', {}));
    // The page answers its own script while Backstory reads.
    await expect.poll(async () => (await status()).state, { timeout: 60_000 }).toBe('reading');
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await expect.poll(async () => (await status()).state, { timeout: 120_000, interval: 500 }).toBe('paused');
    expect((await status()).chars).toBeGreaterThan(5_000_000);
    // What was read before the pause is still being marked as the worker's answers come in (reading can run ahead
    // of them on a busy machine); then nothing more is read.
    await expect.poll(async () => (await status()).mentions, { timeout: 60_000, interval: 500 }).toBeGreaterThan(1000);
    const paused = await status();
    expect(paused.state).toBe('paused');
    expect(paused.chars).toBeLessThan(6_600_000);
    expect(paused.slices).toBeGreaterThan(10);
    const notice = page.locator('backstory-host .notice');
    await expect.poll(() => notice.textContent()).toMatch(/paused on this very long page/);
    // What was read first (the top of the page, in view) is marked.
    const firstMarked = await page.evaluate(() => {
      const first = document.querySelector('article p')!;
      return [...((CSS as any).highlights.get('backstory-mention') as Set<AbstractRange>), ...(((CSS as any).highlights.get('backstory-mention-later') as Set<AbstractRange> | undefined) ?? [])].some((r) => first.contains(r.startContainer));
    });
    expect(firstMarked).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/long-page-paused.png` });
    await notice.getByRole('button', { name: 'Keep going' }).click();
    await expect.poll(async () => (await status()).state, { timeout: 120_000, interval: 500 }).toBe('done');
    const done = await status();
    expect(done.chars).toBeGreaterThan(6_900_000);
    expect(done.mentions).toBeGreaterThan(paused.mentions);
    expect(await notice.count()).toBe(0);
    await page.close();
  }, 300_000);
});
