/**
 * Real Chromium with the built extension loaded and a local server for fixture pages (scripts/browser-harness.ts, shared
 * with the demo and the benchmark), and what the tests check pages with.
 * Every request that is not to 127.0.0.1 or the extension is aborted: tests never touch the network.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, extensionIdOf, extensionPage, loadExtension, openChromium, serveFixtures, startedWorker } from '../../scripts/browser-harness';

export { askTab, askWorker, markedCount, markPoint, okValue, serveFixtures, settled, tabIdOf, waitForMarks } from '../../scripts/browser-harness';

export const ARTIFACTS = resolve('tests/artifacts');

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Console errors and page errors seen in any page or the worker. */
  errors: string[];
  close(): Promise<void>;
}

type LaunchOptions = { colorScheme?: 'light' | 'dark' };

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const { context, errors } = await openBrowser(options, loadExtension());
  return { context, ...watchWorker(await startedWorker(context), errors), errors, close: () => context.close() };
}

/**
 * Chromium without the extension, to install it later as a reader does, into a running browser with pages open
 * (CDP `Extensions.loadUnpacked`, which Chromium offers with --enable-unsafe-extension-debugging). Installing it
 * again is an update: a new worker, a new script world in each page, and the old content scripts cut off.
 */
export async function launchWithoutExtension(options: LaunchOptions = {}): Promise<{
  context: BrowserContext;
  errors: string[];
  /** Installs Backstory's build (or the unpacked extension at `path`); its worker and id. */
  install(path?: string): Promise<Pick<Session, 'worker' | 'extensionId'>>;
  close(): Promise<void>;
}> {
  const { context, errors } = await openBrowser(options, ['--enable-unsafe-extension-debugging'], ['--disable-extensions']);
  const cdp = await context.browser()!.newBrowserCDPSession();
  const install = async (path = EXTENSION_DIR) => {
    const before = new Set(context.serviceWorkers());
    const file = (JSON.parse(readFileSync(join(path, 'manifest.json'), 'utf8')) as { background: { service_worker: string } }).background.service_worker;
    const started = context.waitForEvent('serviceworker', { predicate: (w) => !before.has(w) && w.url().endsWith(`/${file}`), timeout: 20_000 });
    await cdp.send('Extensions.loadUnpacked' as any, { path });
    return watchWorker(await started, errors);
  };
  return { context, errors, install, close: () => context.close() };
}

async function openBrowser(options: LaunchOptions, args: string[], ignore: string[] = []): Promise<{ context: BrowserContext; errors: string[] }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension in ${EXTENSION_DIR}: run npm run build`);
  const context = await openChromium(args, {
    colorScheme: options.colorScheme ?? 'light',
    // Playwright turns the back-forward cache off by default; a reader's browser has it.
    ignoreDefaultArgs: ['--disable-back-forward-cache', ...ignore],
  });
  const errors: string[] = [];
  // A fixture page's own scripts fail without their sites' resources; only errors from our code count.
  const ours = (page: Page, where: string) => page.url().startsWith('chrome-extension://') || where.includes('chrome-extension://');
  const watch = (page: Page) => {
    page.on('console', (m) => m.type() === 'error' && ours(page, m.location().url) && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => ours(page, e.stack ?? '') && errors.push(`${page.url()}: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return { context, errors };
}

/** Collects a worker's console errors into `errors`; its extension's id. */
export function watchWorker(worker: Worker, errors: string[]): Pick<Session, 'worker' | 'extensionId'> {
  worker.on('console', (m) => m.type() === 'error' && errors.push(`worker: ${m.text()}`));
  return { worker, extensionId: extensionIdOf(worker) };
}

/**
 * Run in a page or frame (`evaluate`, Playwright or Puppeteer): the resources its timeline shows that are not the
 * web's, such as an extension's scripts. The page should never see ours load.
 */
export const nonWebResources = (): string[] => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith('http'));

/**
 * The addresses of the scripts a page has parsed, in every frame and script world (content scripts and the modules
 * they import included), as the debugger lists them: those parsed before it starts, then each new one as it comes.
 */
export async function parsedScripts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', (e) => urls.push(e.url));
  await cdp.send('Debugger.enable');
  return urls;
}

/** The addresses of the side panels open in the browser (asked from an extension page). */
export function sidePanelUrls(ext: Page): Promise<string[]> {
  return ext.evaluate(async () => ((await (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })) as Array<{ documentUrl: string }>).map((c) => c.documentUrl));
}

/**
 * Waits until the page's own scripts have stopped changing its DOM (no mutation outside our host element for
 * `quietMs`, at most `timeout`): saved pages run lazy loaders that flip attributes as images fail or load.
 */
export function domQuiet(page: Page, quietMs = 1_000, timeout = 10_000): Promise<void> {
  return page.evaluate(
    ([quiet, limit]) =>
      new Promise<void>((done) => {
        const ours = (n: Node | null) => !!n && (n.nodeName === 'BACKSTORY-HOST' || !!(n as Element).closest?.('backstory-host'));
        let timer = setTimeout(finish, quiet);
        const cap = setTimeout(finish, limit);
        const observer = new MutationObserver((records) => {
          if (records.every((r) => ours(r.target) || [...r.addedNodes, ...r.removedNodes].some(ours))) return;
          clearTimeout(timer);
          timer = setTimeout(finish, quiet);
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        function finish() {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(cap);
          done();
        }
      }),
    [quietMs, timeout] as const,
  );
}

/** The page's HTML without Backstory's host element (the one thing it may add). */
export function pageHtml(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('backstory-host').forEach((h) => h.remove());
    return clone.outerHTML;
  });
}

/** The text of every range in one of our highlights (by default the mentions, in either style), in the page's top document. */
export function markedTexts(page: Page, name?: string): Promise<string[]> {
  return page.evaluate((n) => {
    const names = n ? [n] : ['backstory-mention', 'backstory-mention-strong', 'backstory-mention-later'];
    return names.flatMap((name) =>
      [...(((CSS as any).highlights.get(name) as Set<AbstractRange> | undefined) ?? [])].map((r) => {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }),
    );
  }, name);
}

/**
 * How many pixels of a PNG (base64) are amber, the colour of Backstory's marks (text and links on the test pages
 * are black, grey or blue). Runs in a page, which decodes the image: pass it to Playwright's or Puppeteer's evaluate.
 */
export async function countAmber(b64: string): Promise<number> {
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('2d')!;
  g.drawImage(bitmap, 0, 0);
  const { data } = g.getImageData(0, 0, bitmap.width, bitmap.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] - data[i + 2] > 60 && data[i] - data[i + 1] > 15) n++;
  return n;
}

/** countAmber on a screenshot, decoded in `page`. */
export function amberPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(countAmber, png.toString('base64'));
}

/**
 * One browser with the extension, the fixture server and an extension page for a test file, opened before its
 * tests and closed after them. Read the fields inside tests (they are set in beforeAll).
 */
export function useExtension(options: LaunchOptions = {}) {
  const env = {} as { session: Session; fixtures: Awaited<ReturnType<typeof serveFixtures>>; ext: Page };
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    env.session = await launch(options);
    env.fixtures = await serveFixtures();
    env.ext = await extensionPage(env.session.context, env.session.extensionId);
  });
  afterAll(async () => {
    await env.session?.close();
    await env.fixtures?.close();
  });
  return env;
}

/** Merges `patch` into the stored settings, as the options page would; open tabs follow at once. */
export async function setSettings(ext: Page, patch: Record<string, unknown>): Promise<void> {
  await ext.evaluate(async (p) => {
    const api = (globalThis as any).chrome.storage.local;
    const { settings } = await api.get('settings');
    await api.set({ settings: { ...settings, ...p } });
  }, patch);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on a page (or inside `within`, a path of selectors into shadow roots: the card), as "rule: targets".
 * An extension page's CSP forbids inline scripts (addScriptTag), so the source is evaluated over the DevTools
 * protocol, which the CSP does not govern; on a web page it is the same. Nothing is fetched.
 */
export async function axeViolations(page: Page, within?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (path) => {
    const axe = (globalThis as any).axe;
    // The card lives in a shadow root: axe reaches it through the host, as a [host, inside] path.
    return axe.run(path ? { include: [path] } : document, { resultTypes: ['violations'] });
  }, within);
  return (result.violations as Array<{ id: string; nodes: Array<{ target: string[] }> }>).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
