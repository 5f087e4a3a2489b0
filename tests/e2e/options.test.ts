import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, axeViolations, launch, type Session } from './harness';

const WAIT = { timeout: 15_000 };
const open = async (session: Session): Promise<Page> => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.locator('#dwell').waitFor();
  return page;
};
const stored = (page: Page): Promise<Record<string, unknown> | undefined> =>
  page.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings);
const store = (page: Page, settings: unknown) =>
  page.evaluate(async (value) => (globalThis as any).chrome.storage.local.set({ settings: value }), settings);
const listed = (page: Page, list: string) => page.locator(`ul[aria-label="${list}"] li > span`).allTextContents();
/** Waits in the page for the "Saved" status, so a status that is shown only briefly is not missed. */
const saved = (page: Page) => page.waitForFunction(() => document.querySelector('[role=status]')?.textContent === 'Saved', undefined, WAIT);
const radio = (page: Page, name: RegExp) => page.getByRole('radio', { name });
/** A full-page shot from the top: scrolled, the sticky header would be drawn part-way down. */
const screenshot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${ARTIFACTS}/${name}`, fullPage: true });
};

describe('options page in Chromium (light)', () => {
  let session: Session;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await launch();
  });
  afterAll(async () => session?.close());

  it('is the manifest’s options page and opens in a tab', async () => {
    const optionsUi = await session.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest().options_ui);
    expect(optionsUi).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('shows where the data comes from, its licence and the keyboard shortcuts', async () => {
    const page = await open(session);
    await expect.poll(() => page.locator('.provenance').textContent(), WAIT).toMatch(/events about/);
    const text = (await page.locator('.provenance').textContent()) ?? '';
    const [, events, names] = text.match(/^([\d,]+) events about ([\d,]+) names, from .+ to .+, built .+/) ?? [];
    expect(Number(events?.replace(/,/g, ''))).toBeGreaterThan(12_000);
    expect(Number(names?.replace(/,/g, ''))).toBeGreaterThan(1_000);
    expect(await page.locator('.credit').textContent()).toContain('CC BY-SA');
    await expect.poll(() => page.locator('.keys').allTextContents()).toEqual([
      'Alt+Shift+J / Alt+Shift+K step through the names marked on a page',
      'Alt+Shift+Y opens the timeline of the page', // the manifest's suggested key, read from the browser
    ]);
    await page.close();
  });

  it('saves every change at once, refuses names not in the index, and keeps it all across a reload', async () => {
    const page = await open(session);
    expect(await stored(page)).toMatchObject({ version: 1, dwellMs: 300, style: 'subtle' });

    await page.getByLabel('Hover delay').fill('800');
    await page.getByLabel('Hover delay').press('Enter');
    await saved(page);
    await radio(page, /^Strong/).check();
    await radio(page, /^First mention only/).check();
    await page.getByLabel('Pause everywhere').check();
    await expect.poll(() => stored(page), WAIT).toMatchObject({ dwellMs: 800, style: 'strong', density: 'first', paused: true });

    const name = page.getByLabel('Mute a name');
    await name.fill('Taliban');
    await name.press('Enter');
    await expect.poll(() => listed(page, 'Muted names'), WAIT).toEqual(['Taliban']);
    // An alias is muted under the entity's own title.
    await name.fill('isis');
    await expect.poll(() => page.locator('#muted-msg').textContent(), WAIT).toContain('Islamic State of Iraq and the Levant');
    await name.press('Enter');
    await expect.poll(() => listed(page, 'Muted names'), WAIT).toEqual(['Taliban', 'Islamic State of Iraq and the Levant']);

    const site = page.getByLabel('Turn off on a site');
    await site.fill('https://www.Example.com/path');
    await site.press('Enter');
    await expect.poll(() => listed(page, 'Sites where Backstory is off'), WAIT).toEqual(['example.com']);

    await name.fill('Xyzzy Quux');
    await name.press('Enter');
    await expect.poll(() => page.locator('#muted-msg').textContent(), WAIT).toBe('No name “Xyzzy Quux” in the index');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.inputValue()).toBe('Xyzzy Quux');
    expect(await listed(page, 'Muted names')).toEqual(['Taliban', 'Islamic State of Iraq and the Levant']);
    await screenshot(page, 'options-light.png');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect.poll(() => listed(page, 'Muted names'), WAIT).toEqual(['Taliban', 'Islamic State of Iraq and the Levant']);
    expect(await page.getByLabel('Hover delay').inputValue()).toBe('800');
    expect(await radio(page, /^Strong/).isChecked()).toBe(true);
    expect(await radio(page, /^First mention only/).isChecked()).toBe(true);
    expect(await page.getByLabel('Pause everywhere').isChecked()).toBe(true);
    expect(await listed(page, 'Sites where Backstory is off')).toEqual(['example.com']);
    expect(await stored(page)).toEqual({
      version: 1,
      dwellMs: 800,
      style: 'strong',
      density: 'first',
      muted: ['Taliban', 'Islamic State of Iraq and the Levant'],
      disabledSites: ['example.com'],
      senses: [],
      paused: true,
    });

    await page.getByRole('button', { name: 'Remove Taliban' }).click();
    await expect.poll(async () => (await stored(page))?.muted, WAIT).toEqual(['Islamic State of Iraq and the Levant']);
    expect(await listed(page, 'Muted names')).toEqual(['Islamic State of Iraq and the Levant']);
    await page.close();
  });

  it('follows changes made elsewhere, such as pausing from another page', async () => {
    const page = await open(session);
    const other = await session.context.newPage();
    await other.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await store(other, { ...(await stored(other)), paused: false, dwellMs: 1200, muted: ['NATO'] });
    await expect.poll(() => page.getByLabel('Pause everywhere').isChecked(), WAIT).toBe(false);
    expect(await page.getByLabel('Hover delay').inputValue()).toBe('1200');
    expect(await listed(page, 'Muted names')).toEqual(['NATO']);
    await store(other, { ...(await stored(other)), paused: true });
    await expect.poll(() => page.getByLabel('Pause everywhere').isChecked(), WAIT).toBe(true);
    await other.close();
    await page.close();
  });

  it('shows what it could not read, repairs it in storage and keeps unknown keys', async () => {
    const page = await open(session);
    await store(page, { version: 1, dwellMs: 'slow', style: 'neon', muted: ['NATO'], futureOption: 7 });
    await page.reload();
    await page.locator('.problems').waitFor(WAIT);
    const problems = await page.locator('.problems li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/"slow"/);
    expect(problems.join('\n')).toMatch(/"neon"/);
    expect(await page.getByLabel('Hover delay').inputValue()).toBe('300');
    await expect.poll(() => stored(page), WAIT).toMatchObject({ dwellMs: 300, style: 'subtle', muted: ['NATO'], futureOption: 7 });
    await page.getByLabel('Pause everywhere').check();
    await expect.poll(() => stored(page), WAIT).toMatchObject({ paused: true, futureOption: 7 });
    await page.close();
  });

  it('logs no errors in any console', () => {
    expect(session.errors).toEqual([]);
  });
});

describe('options page in Chromium (dark)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ colorScheme: 'dark' });
  });
  afterAll(async () => session?.close());

  it('renders in the dark scheme', async () => {
    const page = await open(session);
    const georgia = { site: 'ajc.com', name: 'Georgia', title: 'Georgia (U.S. state)' };
    await store(page, { version: 1, dwellMs: 450, style: 'strong', density: 'all', muted: ['Taliban', 'NATO'], disabledSites: ['example.com', 'bbc.co.uk'], senses: [georgia], paused: false });
    await page.reload();
    await expect.poll(() => listed(page, 'Muted names'), WAIT).toEqual(['Taliban', 'NATO']);
    // The names corrected on a card ("Not this one"), each removable.
    expect(await page.getByRole('list', { name: 'Names you corrected' }).textContent()).toContain('“Georgia” → Georgia (U.S. state) on ajc.com');
    await expect.poll(() => page.locator('.provenance').textContent(), WAIT).toMatch(/events about/);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await screenshot(page, 'options-dark.png');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remove the correction of Georgia on ajc.com' }).click();
    await expect.poll(async () => (await stored(page))?.senses, WAIT).toEqual([]);
    await page.close();
    expect(session.errors).toEqual([]);
  });
});
