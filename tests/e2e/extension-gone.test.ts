/**
 * The extension updated, reloaded or removed under open pages: Chrome leaves the old content script running, cut
 * off from the extension. Its marks must not stay on the pages as dead ends (their cards could not be looked up).
 */
import { describe, expect, it } from 'vitest';
import { markedCount, markPoint, useExtension, waitForMarks } from './harness';

const env = useExtension();

describe('the extension goes away under open pages', () => {
  it('takes its marks off a page at the next change the page makes, or when the reader points at one', async () => {
    const changing = await env.session.context.newPage();
    await changing.goto(env.fixtures.url('structure.html'));
    const pointed = await env.session.context.newPage();
    await pointed.goto(env.fixtures.url('structure.html?pointed'));
    expect(await waitForMarks(changing)).toBeGreaterThan(2);
    expect(await waitForMarks(pointed)).toBeGreaterThan(2);
    // A reload stands in for an update: the extension restarts, and the scripts in these pages are orphaned.
    const closed = env.ext.waitForEvent('close', { timeout: 20_000 }); // the extension's pages close as it reloads
    await env.ext.evaluate(() => setTimeout(() => (globalThis as any).chrome.runtime.reload(), 50));
    await closed;
    // Nothing has asked the extension anything yet.
    expect(await markedCount(changing)).toBeGreaterThan(2);
    expect(await markedCount(pointed)).toBeGreaterThan(2);
    await changing.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Later: Vladimir Putin spoke about Syria and the Taliban.</p>'));
    await expect.poll(() => markedCount(changing), { timeout: 10_000 }).toBe(0);
    await pointed.bringToFront();
    const point = (await pointed.evaluate(markPoint, null))!;
    await pointed.mouse.move(point.x, point.y);
    await expect.poll(() => markedCount(pointed), { timeout: 10_000 }).toBe(0);
    expect(await pointed.locator('backstory-host .card').count()).toBe(0);
    await changing.close();
    await pointed.close();
  });
});
