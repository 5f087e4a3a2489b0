import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SearchOptions } from '../../core/library/library';
import type { WorkerRequests } from '../../messaging/protocol';
import { ARTIFACTS, askWorker, axeViolations, markedCount, okValue, settled, tabIdOf, useExtension, waitForMarks, type Session } from './harness';

const WAIT = { timeout: 15_000 };

/** The popup as a page of its own, at the size Chrome gives the popup. */
async function openPopup(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 460, height: 580 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.locator('#q').waitFor();
  return page;
}

async function countOf(page: Page): Promise<number> {
  const text = (await page.locator('#count').textContent()) ?? '';
  const m = /^([\d,]+) events? match|closest matches: ([\d,]+)/.exec(text);
  if (!m) throw new Error(`no count in "${text}"`);
  return Number((m[1] ?? m[2]).replace(/,/g, ''));
}

/** Waits until the list answers `query`: the count settles to the value the background gives for it. */
async function searchExactly(page: Page, query: string, expected: (page: Page) => Promise<number>): Promise<number> {
  await page.locator('#q').fill(query);
  const want = await expected(page);
  await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(want);
  return want;
}

/** The background's own answer to a search, asked directly (what the popup's list must show). */
const ask = async (page: Page, payload: WorkerRequests['search']['req']) => okValue(await askWorker(page, 'search', { limit: 30, ...payload }));

/** What the background counts for a query (with options): the count the popup's list must show. */
const total = (q: string, extra: SearchOptions = {}) => async (p: Page) => (await ask(p, { query: q, ...extra })).total;

const texts = (page: Page) => page.locator('#results .event-text').allTextContents();
const dates = (page: Page) => page.locator('#results time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
const activeId = (page: Page) => page.locator('#q').getAttribute('aria-activedescendant');

describe('toolbar popup (light)', () => {
  const env = useExtension();

  it('opens with focus in the box and says what span of time the index covers (not when it was built), with the credit', async () => {
    const page = await openPopup(env.session);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await expect.poll(() => page.locator('.about').textContent(), WAIT).toMatch(/names\.$/);
    const about = (await page.locator('.about').textContent()) ?? '';
    const [, first, last, events] = /^Events from (.+) to (.+): ([\d,]+) about [\d,]+ names\.$/.exec(about) ?? [];
    expect(Number(events?.replace(/,/g, ''))).toBeGreaterThan(12_000);
    expect(first).toBe('1 Jul 2002');
    expect(last).toBe('28 Mar 2026');
    expect(about).not.toMatch(/built/i);
    expect(await page.locator('.credit').textContent()).toContain('CC BY-SA');
    expect(await page.locator('#results').isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/popup-empty-light.png` });
    // An example to try says what it shows off (the misspelling is on purpose), and searches for it.
    await page.getByRole('button', { name: 'Talbian (a typo)' }).click();
    expect(await page.locator('#q').inputValue()).toBe('Talbian');
    await expect.poll(() => page.locator('#results .result').count(), WAIT).toBeGreaterThan(0);
    await page.close();
  });

  it('says where the events end or begin when a search runs past them, and that dates outside the data have none', async () => {
    const page = await openPopup(env.session);
    // allTextContents does not wait for the note to appear: no note reads as [].
    const edge = () => page.locator('.edge-note').allTextContents();
    // A year the data stops in: the results, and where they end.
    await searchExactly(page, 'Kabul year:2026', total('Kabul', { from: '2026', to: '2026' }));
    await expect.poll(edge, WAIT).toEqual(['Backstory’s events end on 28 Mar 2026.']);
    // Inside the data, or no dates in the order of relevance: no note; newest first reaches the end again.
    await searchExactly(page, 'Kabul year:2021', total('Kabul', { from: '2021', to: '2021' }));
    await expect.poll(edge, WAIT).toEqual([]);
    await searchExactly(page, 'Kabul', total('Kabul'));
    expect(await edge()).toEqual([]);
    await page.getByLabel('Order').selectOption('date');
    await expect.poll(edge, WAIT).toEqual(['Backstory’s events end on 28 Mar 2026.']);
    await page.getByLabel('Order').selectOption('relevance');
    await searchExactly(page, 'Kabul to:2003-06', total('Kabul', { to: '2003-06' }));
    await expect.poll(edge, WAIT).toEqual(['Backstory’s events begin on 1 Jul 2002.']);
    // Wholly past the end: the count says so, not a bare "0 events". (The data has no month without events; a gap's
    // wording is unit-tested: tests/unit/coverage.test.ts.)
    await page.locator('#q').fill('Kabul year:2027');
    await expect.poll(() => page.locator('#count').textContent(), WAIT).toBe('Backstory’s events end on 28 Mar 2026: there are none in 2027.');
    expect(await edge()).toEqual([]);
    expect(await page.locator('.nothing').textContent()).toBe('Change the dates to search the events Backstory has.');
    await page.locator('#q').fill('Kabul year:2026');
    await expect.poll(edge, WAIT).toEqual(['Backstory’s events end on 28 Mar 2026.']);
    await page.screenshot({ path: `${ARTIFACTS}/popup-data-end.png` });
    await page.close();
  });

  it('finds events by words, prefixes, typos, aliases, diacritics and any case', async () => {
    const page = await openPopup(env.session);

    expect(await searchExactly(page, 'Taliban Kabul', total('Taliban Kabul'))).toBeGreaterThan(10);
    // Each of the best results names both, in its story path or its sentence.
    const top = await page.locator('#results .event').evaluateAll((els) => els.slice(0, 5).map((e) => e.textContent ?? ''));
    expect(top).toHaveLength(5);
    for (const t of top) expect(t).toMatch(/Taliban[\s\S]*Kabul|Kabul[\s\S]*Taliban/);

    // Words no event holds together: the closest matches, said so.
    await searchExactly(page, 'Taliban Kabul zzzzqqq', total('Taliban Kabul zzzzqqq'));
    expect(await page.locator('#count').textContent()).toMatch(/^No event has all of your words; closest matches: [\d,]+/);
    expect((await texts(page))[0]).toMatch(/Taliban|Kabul/);

    // A typo: "Talbian" finds and emphasises the Taliban.
    await searchExactly(page, 'Talbian', total('Talbian'));
    expect((await texts(page))[0]).toMatch(/Taliban/);
    expect(await page.locator('#results .event-text mark').first().textContent()).toBe('Taliban');

    // A prefix.
    await searchExactly(page, 'Baghd', total('Baghd'));
    expect((await texts(page)).some((t) => /Baghdad/.test(t))).toBe(true);

    // An alias: ISIS finds events tagged Islamic State of Iraq and the Levant, including ones that say "ISIL".
    expect(await searchExactly(page, 'ISIS', total('ISIS'))).toBeGreaterThan(5);
    const isis = (await ask(page, { query: 'ISIS' })).events;
    expect(isis.filter((e) => e.entities.includes('Islamic State of Iraq and the Levant')).length).toBeGreaterThan(5);
    expect((await texts(page)).some((t) => /ISIL|Islamic State/.test(t))).toBe(true);

    // Diacritics and case: "erdogan" finds and emphasises "Erdoğan" (and "Erdogan", as some events spell him);
    // "BOLSONARO" is "bolsonaro".
    await searchExactly(page, 'erdogan', total('erdogan'));
    expect(await page.locator('#results .event-text mark').allTextContents()).toContain('Erdoğan');
    const upper = await searchExactly(page, 'BOLSONARO', total('BOLSONARO'));
    expect(upper).toBeGreaterThan(5);
    expect(await searchExactly(page, 'bolsonaro', total('bolsonaro'))).toBe(upper);
    await page.close();
  });

  it('renders text from the index as text, with only <mark>s added', async () => {
    const page = await openPopup(env.session);
    // "A&E cancels Live PD…": an ampersand that HTML parsing would have to guess about.
    await searchExactly(page, 'A&E Live PD', async (p) => (await ask(p, { query: 'A&E Live PD' })).total);
    const expected = (await ask(page, { query: 'A&E Live PD' })).events.map((e) => e.text);
    expect(expected[0]).toMatch(/^A&E cancels Live PD/);
    const shown = await page.locator('#results .event-text').evaluateAll((els) =>
      els.map((e) => ({ text: e.textContent, tags: [...e.querySelectorAll('*')].map((c) => c.tagName + c.childElementCount) })),
    );
    expect(shown.map((s) => s.text)).toEqual(expected);
    for (const s of shown) for (const tag of s.tags) expect(tag).toBe('MARK0');
    expect(shown[0].tags.length).toBeGreaterThan(0);
    await page.close();
  });

  it('narrows by dates typed in the query, by category and by name, and sorts by date', async () => {
    const page = await openPopup(env.session);
    const all = await searchExactly(page, 'Taliban', total('Taliban'));

    const ranged = await searchExactly(page, 'Taliban from:2021-03 to:2021', total('Taliban', { from: '2021-03', to: '2021' }));
    expect(ranged).toBeGreaterThan(0);
    expect(ranged).toBeLessThan(all);
    for (const d of await dates(page)) expect(d >= '2021-03-01' && d <= '2021-12-31').toBe(true);
    expect(await page.getByRole('button', { name: 'Remove filter: from March 2021 to 2021' }).isVisible()).toBe(true);

    const year = await searchExactly(page, 'Taliban year:2020', total('Taliban', { from: '2020', to: '2020' }));
    expect(year).toBeLessThan(all);
    for (const d of await dates(page)) expect(d.startsWith('2020-')).toBe(true);

    // Every match is filtered, not the best few hundred: "covid" matches thousands of events, hundreds in 2022.
    expect(await searchExactly(page, 'covid', total('covid'))).toBeGreaterThan(1000);
    expect(await searchExactly(page, 'covid year:2022', total('covid', { from: '2022', to: '2022' }))).toBeGreaterThan(50);
    for (const d of await dates(page)) expect(d.startsWith('2022-')).toBe(true);

    // A date that is not one is said so, and not searched as words.
    await page.locator('#q').fill('Taliban from:March');
    await expect.poll(() => page.locator('.problems').textContent(), WAIT).toMatch(/from:March.*is not a date/);
    await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(all);

    // Removing the date filter keeps the words.
    await page.locator('#q').fill('Taliban year:2020');
    await page.getByRole('button', { name: 'Remove filter: in 2020' }).click();
    expect(await page.locator('#q').inputValue()).toBe('Taliban');
    await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(all);

    // The year menu offers the years that have events, newest first: the data has gaps between its seed pages and its corpus.
    const offered = await page.getByLabel('Year').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => /^\d{4}$/.test(v)));
    const counted = okValue(await askWorker(page, 'counts', { by: 'year' }));
    expect(offered).toEqual(counted.map((c) => c.period).reverse());
    for (const y of offered) expect(await total('', { from: y, to: y })(page), y).toBeGreaterThan(0);

    // The year menu writes year:YYYY into the query (the query stays the one place dates live) and shows a typed year.
    await page.getByLabel('Year').selectOption('2021');
    expect(await page.locator('#q').inputValue()).toBe('Taliban year:2021');
    const in2021 = (await ask(page, { query: 'Taliban', from: '2021', to: '2021' })).total;
    expect(in2021).toBeLessThan(all);
    await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(in2021);
    for (const d of await dates(page)) expect(d.startsWith('2021-')).toBe(true);
    await page.locator('#q').fill('Taliban year:2020');
    await expect.poll(() => page.getByLabel('Year').inputValue(), WAIT).toBe('2020');
    await page.locator('#q').fill('Taliban from:2021-03');
    await expect.poll(() => page.getByLabel('Year').inputValue(), WAIT).toBe('typed');
    await page.getByLabel('Year').selectOption('');
    expect(await page.locator('#q').inputValue()).toBe('Taliban');
    await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(all);

    // Category.
    await page.getByLabel('Category').selectOption('Armed conflicts and attacks');
    const armed = (await ask(page, { query: 'Taliban', category: 'Armed conflicts and attacks' })).total;
    await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(armed);
    expect(armed).toBeGreaterThan(0);
    expect(armed).toBeLessThan(all);
    await page.getByLabel('Category').selectOption('');
    await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(all);

    // Newest first.
    await page.getByLabel('Order').selectOption('date');
    await expect.poll(async () => { const d = await dates(page); return d.length > 5 && d.join() === [...d].sort().reverse().join(); }, WAIT).toBe(true);
    await page.getByLabel('Order').selectOption('relevance');

    // A name, by autocomplete: typing "isis" offers Islamic State of Iraq and the Levant; choosing it lists its events.
    await page.locator('#q').fill('isis');
    const chip = page.getByRole('button', { name: /^Islamic State of Iraq and the Levant [\d,]+$/ });
    await chip.waitFor(WAIT);
    await chip.click();
    expect(await page.locator('#q').inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    const isil = okValue(await askWorker(page, 'entity', { title: 'Islamic State of Iraq and the Levant' }))!.count;
    await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(isil);
    await page.locator('#q').fill('attack');
    const narrowed = (await ask(page, { query: 'attack', entity: 'Islamic State of Iraq and the Levant' })).total;
    await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(narrowed);
    expect(narrowed).toBeLessThan((await ask(page, { query: 'attack' })).total);
    // Backspace in an empty box removes the name.
    await page.locator('#q').fill('');
    await page.locator('#q').press('Backspace');
    await expect(page.getByRole('button', { name: /^Remove filter: about/ }).count()).resolves.toBe(0);
    await page.close();
  });

  /**
   * Presses Enter in the popup: the browser tries to open `url` in a new tab (the harness aborts every request off
   * 127.0.0.1, so the attempt is what shows it), which is closed, the popup brought back to the front.
   */
  async function enterOpens(page: Page, url: string): Promise<void> {
    const attempted = env.session.context.waitForEvent('request', { predicate: (r) => r.url() === url, timeout: 15_000 });
    const opened = env.session.context.waitForEvent('page', { timeout: 15_000 });
    await page.keyboard.press('Enter');
    expect((await attempted).url()).toBe(url);
    await (await opened).close();
    await page.bringToFront();
  }

  it('moves through results with the arrow keys and opens the active result’s source with Enter', async () => {
    const page = await openPopup(env.session);
    const linked = { query: 'Taliban Kabul' };
    await searchExactly(page, 'Taliban Kabul', async (p) => (await ask(p, linked)).total);
    expect(await activeId(page)).toBeNull();
    await page.keyboard.press('ArrowDown');
    expect(await activeId(page)).toBe('result-0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await activeId(page)).toBe('result-1');
    expect(await page.locator('#result-1').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[role=option][aria-selected=true]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    expect(await axeViolations(page)).toEqual([]);

    // Enter opens the first source with an address (the day files name theirs without one): down to such a result.
    const shown = (await ask(page, linked)).events;
    const withUrl = shown.findIndex((e, i) => i >= 1 && e.sources.some((src) => src.url.startsWith('http')));
    expect(withUrl).toBeGreaterThan(0);
    for (let i = 1; i < withUrl; i++) await page.keyboard.press('ArrowDown');
    expect(await activeId(page)).toBe(`result-${withUrl}`);
    const id = await page.locator(`#result-${withUrl}`).getAttribute('data-id');
    const event = shown.find((e) => e.id === id)!;
    const url = new URL(event.sources.find((src) => src.url.startsWith('http'))!.url).href;
    await enterOpens(page, url);
    // A long story chain shows its broadest and narrowest stories, the whole in its tooltip.
    const chained = shown.find((e) => e.topics.length > 2)!;
    expect(chained, 'a result in a story chain of three or more').toBeDefined();
    const story = page.locator(`[data-id="${chained.id}"] .event-story`);
    expect(await story.textContent()).toBe(`${chained.topics[0]} › … › ${chained.topics.at(-1)}`);
    expect(await story.getAttribute('title')).toBe(chained.topics.join(' › '));
    // Tab goes through the active result's sources (the status names the one picked) and Enter opens it; past the
    // last, Tab leaves the box as usual.
    const several = shown.findIndex((e) => e.sources.filter((src) => src.url.startsWith('http')).length >= 2);
    expect(several, 'a result with two sources or more').toBeGreaterThanOrEqual(0);
    await page.locator('#q').focus();
    for (let i = withUrl; i !== several; i += several > i ? 1 : -1) await page.keyboard.press(several > i ? 'ArrowDown' : 'ArrowUp');
    expect(await activeId(page)).toBe(`result-${several}`);
    const severalId = await page.locator(`#result-${several}`).getAttribute('data-id');
    const severalEvent = shown.find((e) => e.id === severalId)!;
    const urls = severalEvent.sources.filter((src) => src.url.startsWith('http'));
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#count').textContent()).toBe(`Source 1 of ${urls.length}: ${urls[0].name}. Enter opens it.`);
    await page.keyboard.press('Tab');
    expect(await page.locator('#count').textContent()).toBe(`Source 2 of ${urls.length}: ${urls[1].name}. Enter opens it.`);
    expect(await page.locator(`#result-${several} .source-link.picked`).textContent()).toBe(urls[1].name);
    await page.screenshot({ path: `${ARTIFACTS}/popup-source-picked.png` });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await enterOpens(page, new URL(urls[1].url).href);
    const focused = () => page.evaluate(() => document.activeElement?.id);
    // Shift+Tab steps back to the first source, then to none, the box keeping the focus; then it leaves as usual.
    await page.keyboard.press('Shift+Tab');
    expect(await page.locator('#count').textContent()).toBe(`Source 1 of ${urls.length}: ${urls[0].name}. Enter opens it.`);
    await page.keyboard.press('Shift+Tab');
    expect(await page.locator('.source-link.picked').count()).toBe(0);
    expect(await page.locator('#count').textContent()).not.toMatch(/^Source /);
    expect(await focused()).toBe('q');
    // Every source is reached before Tab leaves the box.
    for (let i = 0; i < urls.length; i++) await page.keyboard.press('Tab');
    expect(await page.locator('#count').textContent()).toBe(`Source ${urls.length} of ${urls.length}: ${urls.at(-1)!.name}. Enter opens it.`);
    expect(await focused()).toBe('q');
    await page.keyboard.press('Tab');
    expect(await focused()).not.toBe('q');
    expect(await page.locator('.source-link.picked').count()).toBe(0);
    // A pick goes with its result: the next result's Enter opens that one's first source.
    await page.locator('#q').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press(several > 0 ? 'ArrowUp' : 'ArrowDown');
    expect(await page.locator('.source-link.picked').count()).toBe(0);
    expect(await page.locator('#count').textContent()).not.toMatch(/^Source /);
    const nextId = await page.locator(`#${(await activeId(page))!}`).getAttribute('data-id');
    const nextUrl = shown.find((e) => e.id === nextId)!.sources.find((src) => src.url.startsWith('http'));
    expect(nextUrl, 'the next result has a source with an address').toBeDefined();
    if (nextUrl) await enterOpens(page, new URL(nextUrl.url).href);
    await page.locator('#q').focus();
    const now = Number((await activeId(page))!.replace('result-', ''));
    for (let i = now; i > 1; i--) await page.keyboard.press('ArrowUp');
    for (let i = now; i < 1; i++) await page.keyboard.press('ArrowDown');
    expect(await activeId(page)).toBe('result-1');

    // Going down past the first thirty brings the next ones; Escape clears the search.
    for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('#count').textContent(), WAIT).toMatch(/showing 60$/);
    expect(await activeId(page)).toBe('result-29');
    await page.keyboard.press('PageDown');
    expect(await activeId(page)).toBe('result-34');
    await page.keyboard.press('Escape');
    expect(await page.locator('#q').inputValue()).toBe('');
    await page.locator('.about').waitFor(WAIT);
    await page.close();
  });

  it('opens the timeline on the active result’s main name with Shift+Enter', async () => {
    const page = await openPopup(env.session);
    await searchExactly(page, 'Taliban', async (p) => (await ask(p, { query: 'Taliban' })).total);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#result-0 .to-timeline').textContent()).toBe('Timeline: Taliban');
    const opened = env.session.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html'), timeout: 15_000 });
    await page.keyboard.press('Shift+Enter');
    const panel = await opened;
    expect(new URL(panel.url()).searchParams.get('entity')).toBe('Taliban');
    await panel.close();
    await page.close();
  });

  it('turns Backstory off on the active tab’s site, and pauses everywhere', async () => {
    const article = await env.session.context.newPage();
    await article.goto(env.fixtures.url('rdb-bbc-1.html'));
    expect(await waitForMarks(article)).toBeGreaterThan(0);
    const tabId = await tabIdOf(env.ext, article);
    await settled(env.ext, tabId);
    // The popup looks at the active tab when it opens: the article, brought to the front just before.
    const page = await openPopup(env.session);
    await article.bringToFront();
    await page.reload();
    const site = page.locator('#site-off');
    await expect.poll(() => page.locator('#site-hint').textContent(), WAIT).toBe('Names are marked on 127.0.0.1');
    expect(await site.isChecked()).toBe(false);

    await site.check();
    await expect.poll(() => markedCount(article), WAIT).toBe(0);
    const stored = () => page.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings);
    expect((await stored()).disabledSites).toEqual(['127.0.0.1']);
    expect(await page.locator('#site-hint').textContent()).toBe('No names are marked on 127.0.0.1');

    await site.uncheck();
    await expect.poll(() => markedCount(article), WAIT).toBeGreaterThan(0);
    expect((await stored()).disabledSites).toEqual([]);

    await page.getByLabel('Pause everywhere').check();
    await expect.poll(() => markedCount(article), WAIT).toBe(0);
    await page.getByLabel('Pause everywhere').uncheck();
    await expect.poll(() => markedCount(article), WAIT).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/popup-site-light.png` });
    await page.close();
    await article.close();
  });

  it('says so where Backstory does not run, and links to the settings', async () => {
    const page = await openPopup(env.session);
    // The popup's own tab is the active one now and is never its target; the page behind it is the harness's
    // extension page, where no content script runs.
    await env.ext.bringToFront();
    await page.reload();
    await expect.poll(() => page.locator('#site-hint').textContent(), WAIT).toBe('Backstory does not run on this page');
    expect(await page.locator('#site-off').isDisabled()).toBe(true);
    const opened = env.session.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html'), timeout: 15_000 });
    await page.getByRole('button', { name: 'Settings' }).click();
    await (await opened).close();
    await page.close();
  });

  it('looks right with results (screenshot)', async () => {
    const page = await openPopup(env.session);
    await searchExactly(page, 'Talbian kabul year:2021', async (p) => (await ask(p, { query: 'Talbian kabul', from: '2021', to: '2021' })).total);
    await page.keyboard.press('ArrowDown');
    // Wikipedia's licence stays beside its text.
    expect(await page.locator('.text-credit').isVisible()).toBe(true);
    expect(await page.locator('.text-credit').textContent()).toContain('CC BY-SA');
    await page.screenshot({ path: `${ARTIFACTS}/popup-light.png` });
    await page.locator('#q').fill('tali');
    await page.getByRole('button', { name: /^Taliban [\d,]+$/ }).waitFor(WAIT);
    await page.screenshot({ path: `${ARTIFACTS}/popup-suggest-light.png` });
    await page.close();
  });

  it('fits from 320 to 800 px: one row of names (the rest behind +N), nothing cut off', async () => {
    const page = await openPopup(env.session);
    for (const width of [320, 375, 460, 800]) {
      await page.setViewportSize({ width, height: 640 });
      await searchExactly(page, 'george floyd', total('george floyd'));
      await page.locator('.suggestions').waitFor(WAIT);
      // Nothing wider than the window, and what the reader needs within it.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      for (const what of [page.getByLabel('Category'), page.locator('.text-credit'), page.locator('#results .source').first()]) {
        const box = (await what.boundingBox())!;
        expect(box.x + box.width, `${width}px`).toBeLessThanOrEqual(width);
      }
      // The names are one row: the chips and "+N" share a line, the others are in its menu.
      // Two chips when there is room for them, one in a narrow window: followed as the window is resized.
      await expect.poll(() => page.locator('.suggestions .chips li').count(), WAIT).toBe(width >= 420 ? 2 : 1);
      const middles = await page.locator('.suggestions .pill').evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; }));
      expect(Math.max(...middles) - Math.min(...middles), `${width}px`).toBeLessThan(4);
      // Beside other names, the likeliest, first, is shown whole: the chips after it give way first.
      if (width >= 420) {
        const first = await page.locator('.suggestions .chips li:first-child .name-text').evaluate((el) => ({ text: el.textContent, whole: el.scrollWidth <= el.clientWidth }));
        expect(first.whole, `${width}px: ${first.text}`).toBe(true);
      }
      await page.screenshot({ path: `${ARTIFACTS}/popup-${width}.png` });
    }
    const more = page.locator('.more-names summary');
    if (await more.count()) {
      await more.click();
      const inMenu = page.locator('.more-names .menu .pill').first();
      const name = ((await inMenu.locator('.name-text').textContent()) ?? '').trim();
      await inMenu.click();
      await expect.poll(() => page.getByRole('button', { name: `Remove filter: about ${name}` }).count(), WAIT).toBe(1);
    }
    await page.close();
  });

  it('keeps a picked name with its words, offers every event when it leaves none, counts categories for the query', async () => {
    const page = await openPopup(env.session);
    await page.locator('#q').fill('isis');
    await page.getByRole('button', { name: /^Islamic State of Iraq and the Levant [\d,]+$/ }).click();
    const about = page.getByRole('button', { name: /^Remove filter: about/ });
    expect(await about.count()).toBe(1);
    // Words that find nothing about the name: said so, with the way out.
    await page.locator('#q').fill('zzzz');
    await page.locator('#q').fill('vaccine rollout');
    await expect.poll(() => page.locator('.nothing').textContent(), WAIT).toMatch(/^No events about Islamic State of Iraq and the Levant match/);
    await page.getByRole('button', { name: 'Search all events' }).click();
    expect(await about.count()).toBe(0);
    await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(await total('vaccine rollout')(page));
    // A name picked from a result's chip belongs to the words it was picked with: new words drop it.
    await page.locator('#results .chip').first().click();
    expect(await about.count()).toBe(1);
    await page.locator('#q').fill('brexit');
    await expect.poll(() => about.count(), WAIT).toBe(0);
    await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(await total('brexit')(page));
    // The category menu counts the query's matches.
    const armed = (await ask(page, { query: 'brexit', category: 'Politics and elections' })).total;
    await expect.poll(() => page.getByLabel('Category').locator('option[value="Politics and elections"]').textContent(), WAIT).toBe(`Politics and elections (${armed.toLocaleString('en')})`);
    await page.close();
  });

  it('shows more results with the mouse, and opens a result in place with its sources a click away', async () => {
    const page = await openPopup(env.session);
    const all = await searchExactly(page, 'Taliban', total('Taliban'));
    expect(all).toBeGreaterThan(90);
    await expect.poll(() => page.locator('#results .result').count(), WAIT).toBe(30);
    await page.getByRole('button', { name: /^Show more/ }).click();
    await expect.poll(() => page.locator('#results .result').count(), WAIT).toBe(60);
    // Scrolling to the end brings the next page.
    await page.locator('.results').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => page.locator('#results .result').count(), WAIT).toBe(90);
    await page.locator('.results').evaluate((el) => el.scrollTo({ top: 0 }));
    // A click opens the result in full with its sources; the source opens on a second click.
    const first = page.locator('#result-0');
    await first.locator('.event-text').click();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await first.locator('.sources').textContent()).toMatch(/^Sources: /);
    const link = first.locator('.source-link').first();
    if (await link.count()) {
      const url = (await link.getAttribute('title'))!;
      const attempted = env.session.context.waitForEvent('request', { predicate: (r) => r.url() === url, timeout: 15_000 });
      const opened = env.session.context.waitForEvent('page', { timeout: 15_000 });
      await link.click();
      expect((await attempted).url()).toBe(url);
      await (await opened).close();
    }
    await first.locator('.event-text').click();
    expect(await first.getAttribute('aria-selected')).toBe('false');
    await page.close();
  });

  it('keeps answering when the worker stops while it is open (the browser stops an idle worker)', async () => {
    const page = await openPopup(env.session);
    expect(await searchExactly(page, 'Taliban', total('Taliban'))).toBeGreaterThan(10);
    // The popup's requests go over one port to the worker (messaging/port-client.ts); stopping the worker closes it.
    const cdp = await env.session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.locator('#q').fill('Kabul airport');
    // A failed search would say "Search failed: …" where the count is.
    await expect.poll(() => countOf(page).catch(() => -1), WAIT).toBe(await total('Kabul airport')(page));
    await page.close();
  });

  it('logs no errors', () => {
    expect(env.session.errors).toEqual([]);
  });
});

describe('toolbar popup (dark)', () => {
  const env = useExtension({ colorScheme: 'dark' });

  it('follows the dark theme and passes the accessibility check', async () => {
    const page = await openPopup(env.session);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(22, 24, 29)');
    await expect.poll(() => page.locator('.about').textContent(), WAIT).toMatch(/names\.$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/popup-empty-dark.png` });
    await searchExactly(page, 'Talbian kabul year:2021', async (p) => (await ask(p, { query: 'Talbian kabul', from: '2021', to: '2021' })).total);
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/popup-dark.png` });
    await page.close();
  });

  it('logs no errors', () => {
    expect(env.session.errors).toEqual([]);
  });
});
