/**
 * The built Firefox extension (.output/firefox-mv2) in real Firefox ESR, driven by puppeteer-core over WebDriver BiDi
 * and installed as a temporary add-on. Nothing reaches the network: the page's requests to anywhere but 127.0.0.1 are aborted
 * (as in the Chromium harness; an iframe that failed to resolve its host would make Firefox reject the whole navigation),
 * and all other traffic from the browser goes to a dead proxy.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAmber, markPoint, nonWebResources, serveFixtures } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const HAVE_FIREFOX = existsSync(FIREFOX);
const EXTENSION_DIR = resolve(process.env.BACKSTORY_OUT ?? '.output', 'firefox-mv2');

const DEAD_PROXY = { host: '127.0.0.1', port: 9 };
const OFFLINE_PREFS: Record<string, unknown> = {
  // All traffic except to the fixture server goes to a closed port and fails at once; DNS is left to the (dead) proxy.
  'network.proxy.type': 1,
  'network.proxy.http': DEAD_PROXY.host,
  'network.proxy.http_port': DEAD_PROXY.port,
  'network.proxy.ssl': DEAD_PROXY.host,
  'network.proxy.ssl_port': DEAD_PROXY.port,
  'network.proxy.socks': DEAD_PROXY.host,
  'network.proxy.socks_port': DEAD_PROXY.port,
  'network.proxy.socks_remote_dns': true,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.captive-portal-service.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
};

let browser: Browser | undefined;
let fixtures: Awaited<ReturnType<typeof serveFixtures>> | undefined;

beforeAll(async () => {
  if (!HAVE_FIREFOX) return;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension in ${EXTENSION_DIR}: run npm run build:firefox`);
  fixtures = await serveFixtures();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--no-remote'],
    extraPrefsFirefox: OFFLINE_PREFS,
    timeout: 30_000,
  });
});
afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

describe('the built extension in Firefox', () => {
  const name = HAVE_FIREFOX ? 'marks known names on a news page open before the install, on a page opened after, and in a frame; opens the hover card; updated, one card' : `marks known names on a news page open before the install, on a page opened after, and in a frame; opens the hover card; updated, one card (skipped: no Firefox at ${FIREFOX}; set FIREFOX_PATH)`;
  it.skipIf(!HAVE_FIREFOX)(name, async () => {
    const offlinePage = async () => {
      const page = await browser!.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => void (/^https?:\/\/127\.0\.0\.1[:/]/.test(request.url()) ? request.continue() : request.abort()));
      return page;
    };
    const marked = (page: Page) => page.evaluate(() => ((CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get('backstory-mention')?.size ?? 0) + ((CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get('backstory-mention-later')?.size ?? 0));
    // A page open before the install: Firefox injects a manifest's content scripts into open tabs itself (Chrome's
    // worker does it, worker/read-open-tabs.ts).
    const early = await offlinePage();
    await early.goto(fixtures!.url('pl-abcnews.go.com.html'), { waitUntil: 'load' });
    const id = await browser!.installExtension(EXTENSION_DIR);
    expect(id).toBe('backstory@example.org');
    await expect.poll(() => marked(early), { timeout: 20_000, interval: 250 }).toBeGreaterThan(2);
    await early.close();
    const page = await offlinePage();
    await page.goto(fixtures!.url('rdb-bbc-1.html'), { waitUntil: 'load' });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await expect.poll(() => marked(page), { timeout: 20_000, interval: 250 }).toBeGreaterThan(0);
    // The content script marks text with the Custom Highlight API and leaves the page's DOM alone.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    // Resting the pointer on a mention opens the hover card, whose renderer loads on demand (page/late-parts.ts).
    const point = (await page.evaluate(markPoint, null))!;
    await page.mouse.move(point.x, point.y);
    // Its events come from the worker over the content script's port (messaging/port-client.ts).
    const cardEvents = () => page.evaluate(() => document.querySelector('backstory-host')?.shadowRoot?.querySelectorAll('.card .events .ev').length ?? 0);
    await expect.poll(cardEvents, { timeout: 10_000, interval: 100 }).toBeGreaterThan(0);
    expect(await page.evaluate(nonWebResources)).toEqual([]);
    // A frame worth reading loads the full script on demand (entrypoints/page-gate) and is marked too.
    await page.goto(fixtures!.url('structure.html'), { waitUntil: 'load' });
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    const markedInFrame = () => frame!.evaluate(() => ((CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get('backstory-mention')?.size ?? 0) + ((CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get('backstory-mention-later')?.size ?? 0));
    await expect.poll(markedInFrame, { timeout: 20_000, interval: 250 }).toBeGreaterThan(1);
    // The page cannot see that load, nor the extension's per-install address.
    expect(await frame!.evaluate(nonWebResources)).toEqual([]);
    // The marks are painted (the manifest's stylesheet; a shadow root adopts its own copy), in the page and the frame.
    for (const [where, element] of [['document', await page.$('#split')], ['shadow root', await page.$('pierce/#inshadow')], ['frame', await frame!.$('#inframe')]] as const) {
      const png = await element!.screenshot({ encoding: 'base64' });
      expect(await page.evaluate(countAmber, png), where).toBeGreaterThan(20);
    }
    // An update with a card open: Firefox ends the old copy's script, which leaves its card on the page, and
    // injects the new copy, which removes that card as it starts; the next card is the new copy's alone.
    const cardsShown = () => page.evaluate(() => [...document.querySelectorAll('backstory-host')].map((h) => h.shadowRoot?.querySelectorAll('.card .ev').length ?? 0));
    const hover = async () => {
      const at = (await page.evaluate(markPoint, null))!;
      await page.mouse.move(at.x, at.y);
    };
    await hover();
    await expect.poll(async () => (await cardsShown()).filter((n) => n > 0).length, { timeout: 10_000, interval: 100 }).toBe(1);
    await page.evaluate(() => {
      (window as any).oldMarks = (CSS as any).highlights.get('backstory-mention');
      document.querySelector('backstory-host')!.setAttribute('data-old', '');
    });
    await browser!.installExtension(EXTENSION_DIR);
    await expect.poll(() => page.evaluate(() => { const h = (CSS as any).highlights.get('backstory-mention'); return h !== (window as any).oldMarks && h?.size > 0; }), { timeout: 20_000, interval: 250 }).toBe(true);
    await page.mouse.move(5, 5);
    await hover();
    // The new copy's card, and nothing left of the old copy's.
    const newCard = async () => {
      const shown = await cardsShown();
      const old = await page.evaluate(() => document.querySelectorAll('backstory-host[data-old]').length);
      return old === 0 && shown.length === 1 && shown[0] > 0;
    };
    await expect.poll(newCard, { timeout: 10_000, interval: 100 }).toBe(true);
    await page.close();
  });
});
