/**
 * The side panel's timeline, opened as a page on a saved real news page's tab (`sidepanel.html?tab=ID`):
 * names and their events, selecting and zooming, the article's publication date, exports, keyboard.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, askTab, axeViolations, askWorker, okValue, parsedScripts, settled, sidePanelUrls, tabIdOf, useExtension, waitForMarks } from './harness';

const env = useExtension();

/** Opens a fixture page and the panel following its tab. */
async function openPanel(fixture: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await env.session.context.newPage();
  await page.goto(env.fixtures.url(fixture));
  await waitForMarks(page);
  const tabId = await tabIdOf(env.ext, page);
  await settled(env.ext, tabId);
  const panel = await env.session.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${env.session.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.locator('.row').first().waitFor();
  return { page, panel, tabId };
}

/** Every name's events, not only the main subjects' the panel opens on (the timeline's mechanics want many). */
async function showAll(panel: Page): Promise<void> {
  const before = await panel.locator('.row').first().getAttribute('aria-setsize');
  await panel.getByRole('button', { name: /^Untick all/ }).click();
  await expect.poll(() => panel.locator('.row').first().getAttribute('aria-setsize')).not.toBe(before);
}

/** The keys of the rendered rows, top to bottom. */
const rowKeys = (panel: Page) =>
  panel.locator('.vrow').evaluateAll((els) =>
    els.sort((a, b) => parseFloat((a as HTMLElement).style.top) - parseFloat((b as HTMLElement).style.top)).map((el) => el.getAttribute('data-vkey')!),
  );
const eventDates = (panel: Page) => panel.locator('.row-event time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));

/**
 * The feed's events as they are grouped: a period's events under a story heading together, every other event a group
 * of its own. Newest first, each group's events and the groups' first events are in date order.
 */
const eventGroups = (panel: Page) =>
  panel.locator('.row').evaluateAll((rows) => {
    const groups: string[][] = [];
    let story = false;
    for (const row of rows) {
      if (row.classList.contains('row-story')) {
        groups.push([]);
        story = true;
      } else if (row.classList.contains('row-event')) {
        const date = row.querySelector('time')!.getAttribute('datetime')!;
        if (story && row.classList.contains('grouped')) groups[groups.length - 1].push(date);
        else {
          story = false;
          groups.push([date]);
        }
      } else story = false;
    }
    return groups;
  });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "October 2021" → "2021-10". */
const monthKey = (label: string) => {
  const [m, y] = label.split(' ');
  return `${y}-${String(MONTHS.indexOf(m) + 1).padStart(2, '0')}`;
};
const periodTitles = (panel: Page) => panel.locator('.row-period h3').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    }
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(quoted).toBe(false);
  expect(field).toBe('');
  return rows;
}

describe('side panel timeline', () => {
  it('lists the page’s names with mention counts and the merged timeline of their events', async () => {
    const { page, panel, tabId } = await openPanel('rdb-bbc-1.html');
    const onPage = okValue(await askTab(env.ext, tabId, 'pageEntities', {}));
    expect(onPage.length).toBeGreaterThan(2);
    // Folded to one line of names, the ticked ones first; the whole list a click away.
    await expect.poll(() => panel.locator('.names-line .chip-name').count()).toBeGreaterThan(0);
    expect(await panel.locator('.names-line').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(40);
    await panel.locator('.names-more').click();
    const names = panel.locator('.names-list li');
    await expect.poll(() => names.count()).toBe(onPage.length);
    const first = names.first();
    expect(await first.locator('.name').textContent()).toBe(onPage[0].title);
    expect(await first.locator('.counts').textContent()).toContain(`${onPage[0].mentions} mention`);
    // Every event shown involves a name on the page; newest first by default.
    const titles = new Set(onPage.map((e) => e.title));
    const eventEntities = await panel.locator('.row-event .event').evaluateAll((els) =>
      els.map((el) => [...el.querySelectorAll('.chip')].map((c) => c.textContent)),
    );
    expect(eventEntities.length).toBeGreaterThan(0);
    const status = await panel.locator('.status').textContent();
    expect(status).toMatch(/\d[\d,]* events · \d+ names on this page/);
    const groups = await eventGroups(panel);
    expect(groups.length).toBeGreaterThan(1);
    for (const dates of groups) expect(dates).toEqual([...dates].sort().reverse());
    const firsts = groups.map((g) => g[0]);
    expect(firsts).toEqual([...firsts].sort().reverse());
    expect(titles.size).toBe(onPage.length);
    await panel.screenshot({ path: `${ARTIFACTS}/sidepanel-light.png` });
    expect(await axeViolations(panel)).toEqual([]);
    // Dark theme from prefers-color-scheme: a dark background, light text.
    const background = () => panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await panel.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    const [r, g, b] = (await background()).match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(150);
    await panel.screenshot({ path: `${ARTIFACTS}/sidepanel-dark.png` });
    expect(await axeViolations(panel)).toEqual([]);
    // At the panel's usual width the controls are one row; at 320 px nothing is wider than the panel.
    await panel.setViewportSize({ width: 400, height: 900 });
    const middles = await panel.locator('.controls > button, .controls .segmented button, .save-menu summary').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; }));
    expect(Math.max(...middles) - Math.min(...middles), JSON.stringify(middles)).toBeLessThan(4);
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.setViewportSize({ width: 320, height: 720 });
    await panel.locator('.names-more').click();
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The folded line shows whole chips only, and the keyboard reaches just those: Tab never lands out of sight.
    const lineChips = () =>
      panel.locator('.names-line').evaluate((line) => {
        const end = line.getBoundingClientRect().right;
        return [...line.querySelectorAll('li')].map((li) => ({ reachable: !li.closest('[inert]') && getComputedStyle(li).visibility === 'visible', whole: li.getBoundingClientRect().right <= end }));
      });
    await expect.poll(async () => (await lineChips()).filter((c) => c.reachable && !c.whole).length).toBe(0);
    const narrow = await lineChips();
    expect(narrow.filter((c) => c.reachable).length).toBeGreaterThan(0);
    expect(narrow.filter((c) => !c.reachable).length, 'the fixture has more names than fit in 320 px').toBeGreaterThan(0);
    // Chips that change size (ticked, bold; a font loading) while the line keeps its width: counted again.
    const smaller = await panel.addStyleTag({ content: '.chip-name { padding: 0 2px; font-size: 8px; }' });
    await expect.poll(async () => (await lineChips()).filter((c) => c.reachable).length).toBeGreaterThan(narrow.filter((c) => c.reachable).length);
    expect((await lineChips()).filter((c) => c.reachable && !c.whole).length).toBe(0);
    await smaller.evaluate((style) => (style as Element).remove());
    await expect.poll(async () => (await lineChips()).filter((c) => c.reachable).length).toBe(narrow.filter((c) => c.reachable).length);
    // Beside the line, how many names it leaves out, and how many of those are ticked; a click lists them all.
    const reachable = narrow.filter((c) => c.reachable).length;
    const shownTicked = await panel.locator('.names-line li:not(.beyond) .chip-name[aria-pressed=true]').count();
    const allTicked = await panel.locator('.names-line .chip-name[aria-pressed=true]').count();
    expect(await panel.locator('.names-rest').textContent()).toBe(`+${onPage.length - reachable}${allTicked > shownTicked ? ` · ${allTicked - shownTicked} ticked` : ''}`);
    await panel.locator('.names-rest').click();
    await expect.poll(() => panel.locator('.names-list li').count()).toBe(onPage.length);
    await panel.locator('.names-more').click();
    for (const b of await panel.locator('.controls > button, .controls .segmented button, .save-menu summary').all()) {
      const box = (await b.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    // The axis keeps the tick labels that fit: at 320 px none runs into the next or past the edge.
    const tickBoxes = await panel.locator('.chart-tick').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right }; }));
    expect(tickBoxes.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < tickBoxes.length; i++) expect(tickBoxes[i].left, JSON.stringify(tickBoxes)).toBeGreaterThan(tickBoxes[i - 1].right);
    expect(Math.max(...tickBoxes.map((b) => b.right))).toBeLessThanOrEqual(320);
    await panel.screenshot({ path: `${ARTIFACTS}/sidepanel-320.png` });
    await panel.close();
    await page.close();
  });

  it('marks the events after the article’s stated publication date, with a split row', async () => {
    const { page, panel, tabId } = await openPanel('rdb-bbc-1.html');
    const date = await askTab(env.ext, tabId, 'pageDate', {});
    expect(date).toEqual({ ok: true, value: { date: '2015-07-24', source: 'JSON-LD datePublished' } });
    await expect.poll(() => panel.locator('.panel-head .published').textContent()).toBe('Article published 24 July 2015; events after it are marked.');
    expect(await panel.locator('.panel-head .published').getAttribute('title')).toBe('Read from the page’s JSON-LD datePublished');
    // The page loaded the 2 KB date reader for that, not the card's renderer (no name was pointed at).
    const parsed = await parsedScripts(page);
    expect(parsed.filter((u) => u.endsWith('/page-date.js'))).toHaveLength(1);
    expect(parsed.filter((u) => u.endsWith('/page-card.js'))).toHaveLength(0);
    // Year zoom, oldest first: the split sits between the events before and after 24 July 2015.
    await panel.locator('.segmented button', { hasText: 'Year' }).click();
    await panel.locator('button', { hasText: 'Newest first' }).click();
    const split = panel.locator('.row-published');
    // Decades of events: the list draws only the rows near the view, so it is scrolled down to the split.
    const feed = panel.locator('.feed');
    for (let i = 0; i < 400 && !(await split.count()); i++) await feed.evaluate((el) => el.scrollBy(0, el.clientHeight));
    await split.waitFor();
    await split.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await panel.waitForTimeout(300); // the list draws the rows now around the split
    expect(await split.textContent()).toContain('24 July 2015');
    const rows = await panel.locator('.vrow').evaluateAll((els) =>
      els
        .sort((a, b) => parseFloat((a as HTMLElement).style.top) - parseFloat((b as HTMLElement).style.top))
        .map((el) => ({
          split: !!el.querySelector('.row-published'),
          date: el.querySelector('.row-event time')?.getAttribute('datetime'),
          period: !!el.querySelector('.row-period'),
          after: !!el.querySelector('.is-after'),
        })),
    );
    const at = rows.findIndex((r) => r.split);
    // Either side: events, or (a dense year folds into its stories) the year's row; only those after it are marked.
    const before = rows.slice(0, at).filter((r) => r.date || r.period);
    const after = rows.slice(at + 1).filter((r) => r.date || r.period);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(before.every((r) => !r.after && (!r.date || r.date <= '2015-07-24'))).toBe(true);
    expect(after.every((r) => r.after && (!r.date || r.date > '2015-07-24'))).toBe(true);
    // The period says it once, not every event under it.
    expect(await panel.locator('.row-period.is-after .badge').first().textContent()).toBe('after this article');
    expect(await panel.locator('.row-event .badge').count()).toBe(0);
    await split.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${ARTIFACTS}/sidepanel-split.png` });
    await panel.close();
    await page.close();
  });

  it('opens on the article’s main subjects: not a hub its headline names in passing, not a news agency', async () => {
    // A New York Post article of 19 November 2019: "Taliban say they freed US, Australian hostages…".
    const { page, panel } = await openPanel('pages/sh-nypost.com-2.html');
    await panel.setViewportSize({ width: 420, height: 2400 });
    const ticked = () => panel.locator('.names-line .chip-name[aria-pressed=true]').allTextContents();
    await expect.poll(ticked).toContain('Taliban');
    expect(await ticked()).not.toContain('United States');
    // The timeline opens at the article's date (19 Nov 2019), on the period before it, open: the events that led to it.
    await expect.poll(() => panel.locator('.row-event').count()).toBeGreaterThanOrEqual(8);
    const top = await panel.locator('.vrow').evaluateAll((rows) => {
      const from = document.querySelector('.feed')!.scrollTop - 1;
      return rows
        .sort((a, b) => parseFloat((a as HTMLElement).style.top) - parseFloat((b as HTMLElement).style.top))
        .filter((r) => parseFloat((r as HTMLElement).style.top) >= from)
        .map((r) => ({ split: !!r.querySelector('.row-published'), date: r.querySelector('.row-event time')?.getAttribute('datetime'), chips: [...r.querySelectorAll('.chip')].map((c) => c.textContent) }));
    });
    expect(top[0].split).toBe(true);
    const chips = top.filter((r) => r.date).slice(0, 20).map((r) => r.chips);
    expect(top.filter((r) => r.date).slice(0, 20).every((r) => r.date! <= '2019-11-19')).toBe(true);
    const about = chips.filter((c) => c.some((t) => ['Taliban', 'Afghanistan', 'Kabul'].includes(t!))).length;
    expect(about / chips.length).toBeGreaterThanOrEqual(0.7);
    await panel.screenshot({ path: `${ARTIFACTS}/sidepanel-subjects.png` });
    // Lanes: one per ticked name under the chart, when each was in the news.
    await panel.getByRole('button', { name: 'Lanes' }).click();
    await expect.poll(() => panel.locator('.lane-name').allTextContents()).toEqual(await ticked());
    // Each lane marks the article's day where the chart does.
    const markX = (sel: string) => panel.locator(sel).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    const [chartMark] = await markX('.chart-svg .chart-published');
    const laneMarks = await markX('.lane-svg .chart-published');
    expect(laneMarks.length).toBe((await ticked()).length);
    for (const x of laneMarks) expect(Math.abs(x - chartMark)).toBeLessThanOrEqual(2);
    await panel.locator('.chart').screenshot({ path: `${ARTIFACTS}/sidepanel-lanes.png` });
    await panel.getByRole('button', { name: 'Lanes' }).click();
    expect(await panel.locator('.lane').count()).toBe(0);
    // The heaviest name is listed first in the whole list.
    await panel.locator('.names-more').click();
    expect(await panel.locator('.names-list li .name').first().textContent()).toBe((await panel.locator('.names-list li.on .name').allTextContents())[0]);
    // The article's story, named at the top; its events alone a click away.
    const story = (await panel.locator('.story strong').textContent())!;
    expect(story).toMatch(/Afghan|Taliban/);
    await panel.locator('.story button', { hasText: 'Show its events' }).click();
    await expect.poll(() => panel.locator('.row-event .event-story').allTextContents()).not.toEqual([]);
    // The whole chain (a long one shows its ends, the middle in its tooltip).
    const chains = await panel.locator('.row-event .event-story').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? e.textContent ?? ''));
    for (const path of chains) expect(path).toContain(story);
    await panel.locator('.story button', { hasText: 'Back to the names' }).click();
    // Other names are a new feed, opened at the article's date too (not at the old feed's scroll offset, years away).
    await panel.locator('.feed').evaluate((el) => el.scrollBy(0, 3000));
    await panel.getByRole('button', { name: /^Untick all/ }).click();
    const topRow = () =>
      panel.locator('.vrow').evaluateAll((rows) => {
        const from = document.querySelector('.feed')!.scrollTop - 1;
        const top = rows.sort((a, b) => parseFloat((a as HTMLElement).style.top) - parseFloat((b as HTMLElement).style.top)).find((r) => parseFloat((r as HTMLElement).style.top) >= from);
        return top?.querySelector('.row-published') ? 'article' : (top?.textContent ?? '').slice(0, 40);
      });
    await expect.poll(topRow).toBe('article');
    await panel.close();
    await page.close();
  });

  it('ticking names narrows the timeline; a name\'s row ticks it', async () => {
    const { page, panel } = await openPanel('rdb-bbc-1.html');
    const status = () => panel.locator('.status').textContent();
    const eventCount = async () => Number((await status())!.match(/^([\d,]+) events/)![1].replace(/,/g, ''));
    // It opens on the article's main subjects; "Untick all" brings every name's events.
    await expect.poll(() => panel.locator('.names-hint').count()).toBe(1);
    const opened = await eventCount();
    await panel.getByRole('button', { name: /^Untick all/ }).click();
    await expect.poll(eventCount).toBeGreaterThan(opened);
    expect(await panel.locator('.names-hint').count()).toBe(0);
    const total = await eventCount();
    await panel.locator('.names-more').click();
    // The name with the fewest events, alone: fewer events, each about it.
    const counts = await panel.locator('.names-list li').evaluateAll((els) =>
      els.map((el) => ({ title: el.querySelector('.name')!.textContent!, events: Number(el.querySelector('.counts')!.textContent!.match(/([\d,]+) events?$/)![1].replace(/,/g, '')) })),
    );
    const small = counts.filter((c) => c.events > 0).sort((a, b) => a.events - b.events)[0];
    expect(small.events).toBeLessThan(total);
    await panel.locator('.names-list .name', { hasText: small.title }).first().click();
    await expect.poll(status).toMatch(new RegExp(`^${small.events} events?`));
    await panel.locator('.segmented button', { hasText: 'Day' }).click();
    for (const chips of await panel.locator('.row-event .event').evaluateAll((els) => els.map((el) => [...el.querySelectorAll('.chip')].map((c) => c.textContent)))) {
      expect(chips.length === 6 || chips.includes(small.title)).toBe(true);
    }
    // Ticking a second name adds its events.
    const other = counts.find((c) => c.title !== small.title && c.events > small.events)!;
    await panel.getByLabel(`Include ${other.title}`).check();
    await expect.poll(async () => Number((await status())!.match(/^([\d,]+) events/)![1].replace(/,/g, ''))).toBeGreaterThan(small.events);
    // "Untick all" brings every event back.
    await panel.getByRole('button', { name: /^Untick all/ }).click();
    await expect.poll(status).toMatch(new RegExp(`^${total.toLocaleString('en')} events`));
    await panel.close();
    await page.close();
  });

  it('zoom changes the periods; brushing the density chart picks one; dense periods fold', async () => {
    const { page, panel } = await openPanel('rdb-bbc-1.html');
    await showAll(panel);
    await panel.locator('.segmented button', { hasText: 'Year' }).click();
    await expect.poll(async () => (await periodTitles(panel)).every((t) => /^\d{4}$/.test(t))).toBe(true);
    // The year the feed opens on (the one just before the article's date) is open; hiding it folds it into its biggest stories.
    expect(await panel.locator('.row-event').count()).toBeGreaterThan(0);
    const openKey = await panel.locator('.row-period', { has: panel.locator('button', { hasText: 'Hide' }) }).first().evaluate((el) => el.closest('.vrow')!.getAttribute('data-vkey'));
    const header = panel.locator(`.vrow[data-vkey="${openKey}"] .row-period`);
    expect(await header.locator('.period-stories').count()).toBe(0);
    await header.locator('button', { hasText: 'Hide' }).click();
    await expect.poll(() => header.locator('.period-stories').count()).toBe(1);
    expect(await header.locator('.period-stories').textContent()).toMatch(/\(\d+\)/);
    await header.locator('button', { hasText: 'Show' }).click();
    await expect.poll(() => header.locator('.period-stories').count()).toBe(0);
    const yearBars = await panel.locator('.chart-plot').getAttribute('aria-valuemax');
    await panel.keyboard.press('m');
    await expect.poll(async () => (await periodTitles(panel)).every((t) => /^[A-Z][a-z]+ \d{4}$/.test(t))).toBe(true);
    const monthBars = await panel.locator('.chart-plot').getAttribute('aria-valuemax');
    expect(Number(monthBars)).toBeGreaterThan(Number(yearBars));
    // An axis with ticks at every zoom: years across decades, each at the place its year starts.
    for (const key of ['y', 'd', 'm']) {
      await panel.keyboard.press(key);
      await expect.poll(() => panel.locator('.chart-tick').count()).toBeGreaterThanOrEqual(3);
      const labels = await panel.locator('.chart-tick').allTextContents();
      expect(labels.every((l) => /^\d{4}$/.test(l)), key).toBe(true);
      expect(labels.map(Number)).toEqual([...labels.map(Number)].sort((a, b) => a - b));
    }
    // Drag across the last part of the chart: only that period is shown.
    const box = (await panel.locator('.chart-plot').boundingBox())!;
    await panel.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
    await panel.mouse.down();
    await panel.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 4 });
    await panel.mouse.up();
    const picked = (await panel.locator('.picked').textContent())!.match(/^Showing ([A-Z][a-z]+ \d{4})(?: – ([A-Z][a-z]+ \d{4}))?/)!;
    expect(picked).toBeTruthy();
    const [from, to] = [monthKey(picked[1]), monthKey(picked[2] ?? picked[1])];
    expect(to).toBe('2026-03');
    expect(from > '2020-01' && from <= to).toBe(true);
    const shownPeriods = (await periodTitles(panel)).map(monthKey);
    expect(shownPeriods.length).toBeGreaterThan(0);
    for (const p of shownPeriods) expect(p >= from && p <= to).toBe(true);
    for (const date of await eventDates(panel)) expect(date.slice(0, 7) >= from && date.slice(0, 7) <= to).toBe(true);
    // Keyboard brushing: Escape clears, Enter picks the period under the cursor.
    await panel.locator('.chart-plot').focus();
    await panel.keyboard.press('Escape');
    await expect(panel.locator('.picked').count()).resolves.toBe(0);
    await panel.keyboard.press('Home');
    // The period under the cursor, as the chart's readout names it ("July 2002: 12 events").
    const firstPeriod = ((await panel.locator('.chart-now').textContent()) ?? '').split(':')[0];
    expect(firstPeriod).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    await panel.keyboard.press('Enter');
    expect(await panel.locator('.picked').textContent()).toContain(`Showing ${firstPeriod}`);
    expect(await periodTitles(panel)).toEqual(expect.arrayContaining([firstPeriod]));
    await panel.close();
    await page.close();
  });

  it('says what span the data covers, and draws no gap where every month has events', async () => {
    const { page, panel } = await openPanel('rdb-bbc-1.html');
    await expect.poll(() => panel.locator('.credit').textContent()).toMatch(/Events from 1 Jul 2002 to 28 Mar 2026 \([\d,]+ in all\)/);
    await panel.keyboard.press('m');
    await expect.poll(async () => (await periodTitles(panel)).every((t) => /^[A-Z][a-z]+ \d{4}$/.test(t))).toBe(true);
    // Every month from July 2002 to March 2026 has events: no striped band, no "No data" row. (How a gap is drawn is
    // unit-tested on data that has them: tests/unit/coverage.test.ts.)
    expect(await panel.locator('.chart-gap').count()).toBe(0);
    expect(await panel.locator('.row-gap').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('keyboard: arrows move through the rows, Enter opens a folded period, keys change the zoom', async () => {
    const { page, panel } = await openPanel('rdb-bbc-1.html');
    await showAll(panel);
    await panel.keyboard.press('y');
    await expect.poll(async () => (await periodTitles(panel)).every((t) => /^\d{4}$/.test(t))).toBe(true);
    // The year the feed opens on is open (the one just before the article's date).
    await panel.locator('.row-period', { has: panel.locator('button', { hasText: 'Hide' }) }).first().focus();
    const focused = () => panel.evaluate(() => document.activeElement?.closest('.vrow')?.getAttribute('data-vkey'));
    const start = await focused();
    // A period's first row is an event, or a story its events are grouped under (keyed under the period).
    const CHILD_ROW = /^(?:e:|p:[^:]+(?::after)?:s:)/;
    expect(start).toMatch(/^p:/);
    await panel.keyboard.press('ArrowDown');
    await expect.poll(focused).toMatch(CHILD_ROW);
    await panel.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe(start);
    // Enter folds the open year; the next row is then the next (folded) year, and Enter opens it.
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator(`.vrow[data-vkey="${start}"] .period-stories`).count()).toBe(1);
    const keys = await rowKeys(panel);
    expect(keys[keys.indexOf(start!) + 1]).toMatch(/^p:/);
    await panel.keyboard.press('ArrowDown');
    await expect.poll(focused).toMatch(/^p:/);
    expect(await focused()).not.toBe(start);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.row-event').count()).toBeGreaterThan(0);
    // Hundreds of rows in the list, only those near the view in the DOM.
    const setSize = Number(await panel.locator('.row').first().getAttribute('aria-setsize'));
    expect(setSize).toBeGreaterThan(300);
    expect(await panel.locator('.vrow').count()).toBeLessThan(60);
    await panel.keyboard.press('ArrowDown');
    await expect.poll(focused).toMatch(CHILD_ROW);
    // End reaches the last row even though the list is windowed.
    await panel.keyboard.press('End');
    await expect.poll(() => panel.locator('.feed').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expect.poll(() => panel.evaluate(() => Number(document.activeElement?.getAttribute('aria-posinset')) === Number(document.activeElement?.getAttribute('aria-setsize')))).toBe(true);
    await panel.keyboard.press('d');
    await expect.poll(async () => (await periodTitles(panel)).every((t) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(t))).toBe(true);
    await panel.close();
    await page.close();
  });

  it('exports the timeline shown as CSV and JSON', async () => {
    const { page, panel } = await openPanel('rdb-bbc-1.html');
    const shown = Number((await panel.locator('.status').textContent())!.match(/^([\d,]+) events/)![1].replace(/,/g, ''));
    // Saved from the Save menu, one button's width in the controls.
    await panel.locator('.save-menu summary').click();
    const [csvDownload] = await Promise.all([panel.waitForEvent('download'), panel.locator('button', { hasText: 'CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^backstory-timeline-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = parseCsv(await readFile((await csvDownload.path())!, 'utf8'));
    expect(csv[0]).toEqual(['date', 'after_article', 'story', 'text', 'entities', 'sources', 'id']);
    expect(csv.length - 1).toBe(shown);
    for (const row of csv.slice(1)) {
      expect(row).toHaveLength(7);
      expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row[1]).toBe(row[0] > '2015-07-24' ? 'yes' : 'no');
    }
    expect(csv.slice(1).some((r) => /[",]/.test(r[3]))).toBe(true);
    await panel.locator('.save-menu summary').click();
    const [jsonDownload] = await Promise.all([panel.waitForEvent('download'), panel.locator('button', { hasText: 'JSON' }).click()]);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
    expect(json.credit).toContain('CC BY-SA');
    expect(json.page.published).toBe('2015-07-24');
    expect(json.events).toHaveLength(shown);
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(csv.slice(1).map((r) => r[6]));
    expect(json.events[0]).toMatchObject({ id: expect.any(String), date: expect.any(String), text: expect.any(String), afterArticle: expect.any(Boolean) });
    await panel.close();
    await page.close();
  });

  it('opens on a looked-up name (the hover card’s and the context menu’s link)', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.fixtures.url('rdb-bbc-1.html'));
    await waitForMarks(page);
    const tabId = await tabIdOf(env.ext, page);
    const panel = await env.session.context.newPage();
    await panel.goto(`chrome-extension://${env.session.extensionId}/sidepanel.html?tab=${tabId}&entity=ISIS`);
    const pressed = panel.locator('.name[aria-pressed=true]');
    await pressed.waitFor();
    expect(await pressed.textContent()).toBe('Islamic State of Iraq and the Levant');
    await panel.goto(`chrome-extension://${env.session.extensionId}/sidepanel.html?tab=${tabId}&entity=${encodeURIComponent('no such thing at all')}`);
    await expect.poll(() => panel.locator('.note').textContent()).toContain('no events about “no such thing at all”');
    await panel.close();
    await page.close();
  });

  it('the openTimeline message from an extension page (the popup) opens the timeline on the window’s active tab', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.fixtures.url('rdb-bbc-1.html'));
    await waitForMarks(page);
    const tabId = await tabIdOf(env.ext, page);
    const windowId = await env.ext.evaluate(async () => ((await (globalThis as any).chrome.windows.getCurrent()) as { id: number }).id);
    const { opened } = okValue(await askWorker(env.ext, 'openTimeline', { entity: 'ISIS', windowId }));
    if (opened === 'panel') {
      // Chrome's side panel (the test's evaluate counts as the reader's gesture): it follows the window's active tab.
      await expect.poll(() => sidePanelUrls(env.ext)).toEqual([`chrome-extension://${env.session.extensionId}/sidepanel.html?entity=ISIS`]);
    } else {
      // No gesture left: a tab beside the page, following that page's tab.
      const panel = env.session.context.pages().find((p) => p.url().includes('sidepanel.html'))!;
      expect(new URL(panel.url()).search).toBe(`?tab=${tabId}&entity=ISIS`);
      await panel.close();
    }
    await page.close();
  });

  it('logs no errors in any console', () => {
    expect(env.session.errors).toEqual([]);
  });
});
