import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, askWorker, launch, markedCount, okValue, serveFixtures, waitForMarks, type Session } from './harness';

let session: Session;
let fixtures: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await launch();
  fixtures = await serveFixtures();
});
afterAll(async () => {
  await session?.close();
  await fixtures?.close();
});

describe('the built extension in Chromium', () => {
  it('starts its worker and answers lookups from the packaged index', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    expect(okValue(await askWorker(page, 'meta', {})).events).toBeGreaterThan(12_000);
    const events = okValue(await askWorker(page, 'entityEvents', { title: 'Taliban', limit: 3 }));
    expect(events).toHaveLength(3);
    expect(events[0].entities).toContain('Taliban');
    expect(await askWorker(page, 'related', { id: 'no-such-id' })).toEqual({ ok: true, value: [] });
    await page.close();
  });

  it('popup: typing a query lists matching events', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.locator('.credit').textContent()).toContain('CC BY-SA');
    await page.locator('#q').fill('Talbian');
    await page.locator('.event').first().waitFor();
    expect(await page.locator('.event-text').first().textContent()).toMatch(/Taliban/);
    await page.screenshot({ path: `${ARTIFACTS}/popup-search.png` });
    await page.close();
  });

  it('marks known names on a real news page without touching its DOM', async () => {
    const page = await session.context.newPage();
    await page.goto(fixtures.url('pl-abcnews.go.com.html'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await waitForMarks(page);
    // The first marks come with the first slice; the rest follow as the page is read.
    await expect.poll(() => markedCount(page), { timeout: 15_000 }).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.screenshot({ path: `${ARTIFACTS}/abcnews-marked.png` });
    await page.close();
  });

  it('side panel lists the entities of the followed tab and their events', async () => {
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=-1`);
    const tabIds = () => panel.evaluate(async () => ((await (globalThis as any).chrome.tabs.query({})) as Array<{ id: number }>).map((t) => t.id));
    const before = await tabIds();
    const page = await session.context.newPage();
    await page.goto(fixtures.url('rdb-bbc-1.html'));
    await waitForMarks(page);
    const tabId = (await tabIds()).find((id) => !before.includes(id));
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.locator('.event').first().waitFor();
    await panel.locator('.names-more').click();
    expect(await panel.locator('.names-list li').count()).toBeGreaterThan(2);
    await panel.screenshot({ path: `${ARTIFACTS}/sidepanel.png` });
    await panel.close();
    await page.close();
  });

  it('logs no errors in any console', () => {
    expect(session.errors).toEqual([]);
  });
});
