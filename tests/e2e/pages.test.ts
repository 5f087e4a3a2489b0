/**
 * A dozen saved real news pages and two pages that change under our feet, in Chromium with the built extension.
 * Each page's expected and forbidden entities live in tests/fixtures/pages/expectations.json (docs/aliases.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, askTab, domQuiet, markedTexts, okValue, pageHtml, setSettings, settled, tabIdOf, useExtension } from './harness';

interface Expectation {
  expect: string[];
  forbid: string[];
  /** Words that must be among the marks as the page writes them (a surname after the full name: docs/aliases.md). */
  marked?: string[];
  /** Whether the page is read as one article, only its body and headline (the marking policy's `article-only`). */
  article?: boolean;
}
const expectations: Record<string, Expectation> = JSON.parse(readFileSync('tests/fixtures/pages/expectations.json', 'utf8'));
/** A page's path under tests/fixtures: three of them predate the pages/ folder and live in tests/fixtures/ itself. */
const pathOf = (name: string) => (existsSync(`tests/fixtures/pages/${name}`) ? `pages/${name}` : name);
const SCREENSHOTS = new Set(['rdb-wapo-1.html', 'rdb-telegraph.html']);

const env = useExtension();

/** Scrolls to the first paragraph with two or more marks: the article, not the site's menus. */
async function scrollToArticle(page: Page) {
  await page.evaluate(() => {
    const count = new Map<Element, number>();
    for (const r of [...((CSS as any).highlights.get('backstory-mention') as Set<AbstractRange>), ...(((CSS as any).highlights.get('backstory-mention-later') as Set<AbstractRange> | undefined) ?? [])]) {
      const p = r.startContainer.parentElement?.closest('p');
      if (p) count.set(p, (count.get(p) ?? 0) + 1);
    }
    [...count].find(([, n]) => n >= 2)?.[0].scrollIntoView({ block: 'start' });
  });
}

async function entitiesOf(tabId: number): Promise<string[]> {
  return okValue(await askTab(env.ext, tabId, 'pageEntities', {})).map((e) => e.title);
}

describe('saved news pages', () => {
  for (const [name, want] of Object.entries(expectations)) {
    it(`${name}: marks the expected entities, none of the forbidden, and leaves the DOM as it was`, async () => {
      // Paused first: the page as its own scripts leave it; then on, live, without a reload.
      await setSettings(env.ext, { paused: true });
      const page = await env.session.context.newPage();
      try {
        await page.goto(env.fixtures.url(pathOf(name)));
        const tabId = await tabIdOf(env.ext, page);
        expect((await settled(env.ext, tabId)).state).toBe('off');
        await domQuiet(page);
        const before = await pageHtml(page);
        await setSettings(env.ext, { paused: false });
        await expect.poll(async () => okValue(await askTab(env.ext, tabId, 'pageStatus', {})).state).not.toBe('off');
        const status = await settled(env.ext, tabId);
        expect(status.state).toBe('done');
        if (want.article !== undefined) expect(status.article ?? false, 'read as one article').toBe(want.article);
        const titles = await entitiesOf(tabId);
        expect(titles).toEqual(expect.arrayContaining(want.expect));
        for (const t of want.forbid) expect(titles, `forbidden: ${t}`).not.toContain(t);
        const marked = await markedTexts(page);
        expect(marked.length).toBeGreaterThan(want.expect.length);
        for (const text of want.marked ?? []) expect(marked, `marked: ${text}`).toContain(text);
        await domQuiet(page);
        expect(await pageHtml(page)).toBe(before);
        if (SCREENSHOTS.has(name)) await scrollToArticle(page);
        if (SCREENSHOTS.has(name)) await page.screenshot({ path: `${ARTIFACTS}/page-${name.replace(/\.html$/, '')}.png` });
      } finally {
        await page.close();
        await setSettings(env.ext, { paused: false });
      }
    });
  }
});

describe('the site’s own name', () => {
  it('is left unmarked on the site’s pages, and marked on others', async () => {
    // The same saved BBC page, at its own address (answered from the fixture, nothing leaves the machine) and at ours.
    const html = readFileSync('tests/fixtures/rdb-bbc-1.html');
    await env.session.context.route('https://www.bbc.co.uk/news/world-africa-33646134', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    const marksOf = async (url: string) => {
      const page = await env.session.context.newPage();
      try {
        await page.goto(url);
        expect((await settled(env.ext, await tabIdOf(env.ext, page))).state).toBe('done');
        return await markedTexts(page);
      } finally {
        await page.close();
      }
    };
    const own = await marksOf('https://www.bbc.co.uk/news/world-africa-33646134');
    const elsewhere = await marksOf(env.fixtures.url('rdb-bbc-1.html'));
    expect(elsewhere).toContain('BBC');
    expect(own).not.toContain('BBC');
    expect(own).toEqual(expect.arrayContaining(['Barack Obama', 'Kenya', 'Nairobi']));
    // Everything else marked elsewhere is marked at home too (and a name that fills a link to the BBC's own pages,
    // off the site at 127.0.0.1, is a link within it there: page/link-labels.ts).
    expect(own).toEqual(expect.arrayContaining(elsewhere.filter((t) => t !== 'BBC')));
  });
});

describe('pages that change', () => {
  it('keeps a page script’s text nodes intact while it rewrites them, and marks the new text', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.fixtures.url('dynamic/text-refs.html?start=300&every=200&count=5'));
    const tabId = await tabIdOf(env.ext, page);
    await page.waitForSelector('body[data-done="yes"]', { timeout: 15_000 });
    await settled(env.ext, tabId);
    expect(await page.getAttribute('body', 'data-intact')).toBe('yes');
    expect(await page.getAttribute('body', 'data-checks')).toBe(await page.getAttribute('body', 'data-attached'));
    const live = () => page.evaluate(() => {
      const el = document.getElementById('live')!;
      return [...((CSS as any).highlights.get('backstory-mention') as Set<AbstractRange>), ...(((CSS as any).highlights.get('backstory-mention-later') as Set<AbstractRange> | undefined) ?? [])]
        .filter((r) => el.contains(r.startContainer))
        .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
    });
    await expect.poll(live, { timeout: 10_000 }).toEqual(expect.arrayContaining(['Vladimir Putin', 'Recep Tayyip Erdoğan', 'Ankara']));
    await page.close();
  });

  it('never marks stale offsets when the words change while the worker is answering', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.fixtures.url('dynamic/churn.html?every=3&count=60'));
    const tabId = await tabIdOf(env.ext, page);
    await page.waitForSelector('body[data-done="yes"]', { timeout: 15_000 });
    const marks = () => page.evaluate(() => {
      const el = document.getElementById('churn')!;
      return [...((CSS as any).highlights.get('backstory-mention') as Set<AbstractRange>), ...(((CSS as any).highlights.get('backstory-mention-later') as Set<AbstractRange> | undefined) ?? [])]
        .filter((r) => el.contains(r.startContainer))
        .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
    });
    await expect.poll(marks, { timeout: 10_000 }).toEqual(['Angela Merkel', 'Moscow', 'Vladimir Putin']);
    await settled(env.ext, tabId);
    expect(await marks()).toEqual(['Angela Merkel', 'Moscow', 'Vladimir Putin']);
    await page.close();
  });

  it('marks the entries a live blog appends and the text it edits in place', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.fixtures.url('dynamic/live-blog.html?every=150&count=12&edit=600'));
    const tabId = await tabIdOf(env.ext, page);
    await page.waitForSelector('body[data-done="yes"]', { timeout: 15_000 });
    const marksIn = (selector: string) =>
      page.evaluate((sel) => {
        const els = [...document.querySelectorAll(sel)];
        const ranges = [...((CSS as any).highlights.get('backstory-mention') as Set<AbstractRange>), ...(((CSS as any).highlights.get('backstory-mention-later') as Set<AbstractRange> | undefined) ?? [])];
        return els.map((el) => ranges.filter((r) => el.contains(r.startContainer)).map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)));
      }, selector);
    // Every appended entry gets its names marked.
    await expect.poll(async () => (await marksIn('article.entry')).filter((m) => m.length > 0).length, { timeout: 10_000 }).toBe(12);
    const named = await page.$$eval('article.entry', (els) => els.flatMap((e) => (e.getAttribute('data-names') ?? '').split('|').filter(Boolean)));
    await settled(env.ext, tabId);
    expect(await entitiesOf(tabId)).toEqual(expect.arrayContaining([...new Set(named)]));
    // The in-place edit: the old name goes, the new ones come.
    await expect.poll(async () => (await marksIn('#edited'))[0], { timeout: 10_000 }).toEqual(['Antony Blinken', 'Kyiv']);
    await page.screenshot({ path: `${ARTIFACTS}/live-blog.png`, fullPage: true });
    await page.close();
  });
});
