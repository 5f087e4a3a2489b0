/**
 * The extension updated, reloaded or removed under open pages: Chrome leaves the old content script running, cut
 * off from the extension. Its marks must not stay on the pages as dead ends (their cards could not be looked up).
 */
import { describe, expect, it } from 'vitest';
import { markedCount, markPoint, useExtension, waitForMarks } from './harness';

const env = useExtension();

describe('the extension goes away under open pages', () => {
  it('takes its marks off a page at the next change the page makes, when the reader points at one, or presses its key', async () => {
    const changing = await env.session.context.newPage();
    await changing.goto(env.fixtures.url('structure.html'));
    const pointed = await env.session.context.newPage();
    await pointed.goto(env.fixtures.url('structure.html?pointed'));
    const keyed = await env.session.context.newPage();
    await keyed.goto(env.fixtures.url('structure.html?keyed'));
    // Marked in full (the first slice may hold one mark only).
    for (const page of [changing, pointed, keyed]) {
      await waitForMarks(page);
      await expect.poll(() => markedCount(page)).toBeGreaterThan(2);
    }
    // A reload cuts the scripts in these pages off. An extension loaded from the command line does not come back
    // from it in this browser, so this stands in for a removal. (After an update the new copies read the pages
    // again: tests/e2e/install.test.ts.)
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
    // The key that steps to the next mention neither scrolls the page nor opens a card: the copy goes.
    await keyed.bringToFront();
    await keyed.keyboard.press('Alt+Shift+J');
    await expect.poll(() => markedCount(keyed), { timeout: 10_000 }).toBe(0);
    expect(await keyed.evaluate(() => scrollY)).toBe(0);
    expect(await keyed.locator('backstory-host').count()).toBe(0);
    await changing.close();
    await pointed.close();
    await keyed.close();
  });
});
