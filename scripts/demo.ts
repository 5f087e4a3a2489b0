/**
 * Opens the built extension in Chromium on a real saved article (served from tests/fixtures on 127.0.0.1).
 * Headless (no display, or CI): saves one picture of each surface, the article with the hover card open on a name,
 * the toolbar popup with results and the side panel on the article, and prints their paths. With a display: opens
 * the browser on the article with a card pinned open, to try, and waits until you close the window.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionIdOf, extensionPage, loadExtension, markPoint, markedCount, openChromium, serveFixtures, startedWorker, tabIdOf, waitForMarks } from './browser-harness';

const headless = !process.env.DISPLAY || process.env.CI === 'true';
const ARTICLE = process.argv[2] ?? 'pages/sh-nypost.com-2.html';
/** The name the card opens on: the article's main subject. */
const NAME = process.argv[3] ?? 'Taliban';

/** Waits until the marks stop changing (the text under the viewport is marked first, the rest slice by slice). */
async function settledMarks(page: Page): Promise<number> {
  let marks = 0;
  for (let steady = 0; steady < 3; ) {
    await page.waitForTimeout(250);
    const now = await markedCount(page);
    steady = now === marks ? steady + 1 : 0;
    marks = now;
  }
  return marks;
}

/** Points at the first mention of `name` until its card has its events, and returns the card. */
async function openCard(page: Page, name: string) {
  const point = await page.evaluate(markPoint, name);
  if (!point) throw new Error(`demo: "${name}" is not marked on ${ARTICLE}`);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  const card = page.locator('backstory-host .card');
  await card.locator('.ev').first().waitFor({ timeout: 15_000 });
  return card;
}

const server = await serveFixtures();
const context = await openChromium(loadExtension(), { headless, viewport: { width: 1280, height: 900 } });
const extensionId = extensionIdOf(await startedWorker(context));
const page = context.pages()[0] ?? (await context.newPage());
const url = server.url(ARTICLE);
await page.goto(url);
await waitForMarks(page, 20_000);
const marks = await settledMarks(page);
const card = await openCard(page, NAME);

if (headless) {
  const dir = resolve('tests/artifacts');
  mkdirSync(dir, { recursive: true });
  const shots = { card: `${dir}/demo-card.png`, popup: `${dir}/demo-popup.png`, panel: `${dir}/demo-sidepanel.png` };
  await page.screenshot({ path: shots.card });
  // The popup and the side panel as pages of their own, at the sizes the browser gives them.
  const ext = await extensionPage(context, extensionId);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 460, height: 580 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // The popup acts on the active tab when it opens: the article, brought to the front, as when the reader clicks
  // the toolbar button on it (its switches then name the article's site).
  await page.bringToFront();
  await popup.reload();
  await popup.locator('#site-hint').filter({ hasText: 'Names are marked on' }).waitFor({ timeout: 15_000 });
  await popup.locator('#q').fill(`${NAME} Kabul`);
  await popup.locator('#results .result').first().waitFor({ timeout: 15_000 });
  await popup.keyboard.press('ArrowDown');
  await popup.screenshot({ path: shots.popup });
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${await tabIdOf(ext, page)}`);
  await panel.locator('.row-event').first().waitFor({ timeout: 30_000 });
  await panel.waitForTimeout(500); // the feed settles at the article's date
  await panel.screenshot({ path: shots.panel });
  console.log(`Backstory marked ${marks} mentions on ${url}\n${Object.values(shots).join('\n')}`);
  await context.close();
  await server.close();
} else {
  await card.locator('button', { hasText: 'Pin' }).click();
  console.log(`Backstory marked ${marks} mentions on ${url}; the card for ${NAME} is pinned open. Point at any marked name, or press Alt+Shift+J. Close the browser window to finish.`);
  context.on('close', () => void server.close());
}
