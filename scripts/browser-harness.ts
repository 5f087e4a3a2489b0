/**
 * Chromium with Backstory's build, as the end-to-end tests, the demo and the benchmark drive it: the launch (its
 * switches, a fresh profile, the network cut off), the extension's worker and id, and the protocol's questions asked
 * from an extension page, typed by messaging/protocol.ts as the extension's own senders are.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Message, PageRequest, PageRequests, PageStatus, Reply, WorkerRequest, WorkerRequests } from '../messaging/protocol';
import type { Result } from '../core/types';

export const OUTPUT_DIR = resolve(process.env.BACKSTORY_OUT ?? '.output');
export const EXTENSION_DIR = resolve(OUTPUT_DIR, 'chrome-mv3');
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

/** The switches that load one unpacked extension, and no other. */
export const loadExtension = (dir = EXTENSION_DIR): string[] => [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];

type ChromiumOptions = Omit<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'executablePath' | 'args'>;

/**
 * Chromium on a fresh profile with FLAGS and `args`, headless in a 1200×900 viewport unless `options` say otherwise.
 * Every request that is not to 127.0.0.1 or an extension is aborted: nothing here touches the network.
 */
export async function openChromium(args: string[], options: ChromiumOptions = {}): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', { executablePath: chromiumPath(), headless: true, viewport: { width: 1200, height: 900 }, ...options, args: [...FLAGS, ...args] });
  await context.route(/^(https?|wss?):\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  return context;
}

/** The loaded extension's background worker, once it has started. */
export async function startedWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
}

export const extensionIdOf = (worker: Worker): string => new URL(worker.url()).host;

/** An extension page to ask tabs and the worker from (it has the `chrome.tabs` API): the popup, in a tab of its own. */
export async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** The tab id of a page: the active tab right after bringing it to the front (no "tabs" permission needed). */
export async function tabIdOf(ext: Page, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.evaluate(async () => ((await (globalThis as any).chrome.tabs.query({ active: true })) as Array<{ id: number }>)[0].id);
}

/** Asks a tab's content script (top frame) one protocol question from the extension page `ext`; rejects when no script answers. */
export function askTab<K extends PageRequest>(ext: Page, tabId: number, type: K, payload: PageRequests[K]['req']): Promise<Reply<K>> {
  return ext.evaluate(([id, message]) => (globalThis as any).chrome.tabs.sendMessage(id, message, { frameId: 0 }), [tabId, { backstory: 1, type, payload } satisfies Message<K>] as const);
}

/** Asks the background worker one protocol question, as a one-shot message from the extension page `ext`. */
export function askWorker<K extends WorkerRequest>(ext: Page, type: K, payload: WorkerRequests[K]['req']): Promise<Reply<K>> {
  return ext.evaluate((message) => (globalThis as any).chrome.runtime.sendMessage(message), { backstory: 1, type, payload } satisfies Message<K>);
}

/** The value of a reply that should have succeeded; its error, thrown, when it did not. */
export function okValue<T>(reply: Result<T>): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * Waits until a tab's content script has read its whole page: state "done" or "off" (or "paused", the stop on a very
 * long page, with `paused`), asked every `every` ms for at most `timeout`. Returns its status.
 */
export async function settled(ext: Page, tabId: number, { timeout = 20_000, every = 100, paused = false } = {}): Promise<PageStatus> {
  const end = Date.now() + timeout;
  for (;;) {
    const reply = await askTab(ext, tabId, 'pageStatus', {}).catch(() => undefined);
    if (reply?.ok && (reply.value.state === 'done' || reply.value.state === 'off' || (paused && reply.value.state === 'paused'))) return reply.value;
    if (Date.now() > end) throw new Error(`tab ${tabId} not settled: ${JSON.stringify(reply)}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Chromium with the built extension in `dir`, the web beyond this machine aborted at once (saved pages load their scripts and images from it). */
export async function openForSavedPages(dir = EXTENSION_DIR): Promise<{ context: BrowserContext; ext: Page; extensionId: string }> {
  const context = await openChromium(loadExtension(dir));
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const extensionId = extensionIdOf(await startedWorker(context));
  return { context, ext: await extensionPage(context, extensionId), extensionId };
}

/**
 * Opens each page (`url(name)`) in a tab of its own, waits until the extension has read it (or paused), runs `each`
 * on it and closes it; a page that fails is said on stderr as "tool: page: reason" and the others go on.
 */
export async function forEachSavedPage(
  tool: string,
  { context, ext }: { context: BrowserContext; ext: Page },
  names: readonly string[],
  url: (name: string) => string,
  each: (page: Page, name: string, tabId: number, status: PageStatus) => Promise<void>,
): Promise<void> {
  for (const name of names) {
    const page = await context.newPage();
    try {
      await page.goto(url(name), { waitUntil: 'domcontentloaded', timeout: 30_000 });
      const tabId = await tabIdOf(ext, page);
      await each(page, name, tabId, await settled(ext, tabId, { timeout: 60_000, every: 100, paused: true }));
    } catch (e) {
      process.stderr.write(`${tool}: ${name}: ${(e as Error).message.split('\n')[0]}\n`);
    } finally {
      await page.close();
    }
  }
}

/** Size of our highlight on a page (the registry is the document's, shared with the page's world). */
export function markedCount(page: Page): Promise<number> {
  return page.evaluate(() => ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('backstory-mention')?.size ?? 0) + ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('backstory-mention-later')?.size ?? 0));
}

/** Waits until the page has a marked mention; how many it has then. */
export async function waitForMarks(page: Page, timeout = 15_000): Promise<number> {
  await page.waitForFunction(() => ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('backstory-mention')?.size ?? 0) + ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('backstory-mention-later')?.size ?? 0) > 0, undefined, { timeout });
  return markedCount(page);
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves tests/fixtures on 127.0.0.1. */
export async function serveFixtures(dir = resolve('tests/fixtures')): Promise<{ url: (name: string) => string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: (name) => `http://127.0.0.1:${port}/${name}`, close: () => new Promise((r) => server.close(() => r())) };
}

/**
 * Run in a page (`evaluate`, Playwright or Puppeteer): a point inside the first marked mention, or the first whose
 * text is `text`, scrolled into view; null when there is none.
 */
export const markPoint = (text: string | null): { x: number; y: number } | null => {
  for (const r of [...(((CSS as any).highlights.get('backstory-mention') as Set<AbstractRange> | undefined) ?? []), ...(((CSS as any).highlights.get('backstory-mention-later') as Set<AbstractRange> | undefined) ?? [])]) {
    const range = new Range();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    if (text !== null && range.toString() !== text) continue;
    (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0];
    return { x: box.left + Math.min(box.width / 2, 10), y: box.top + box.height / 2 };
  }
  return null;
};
