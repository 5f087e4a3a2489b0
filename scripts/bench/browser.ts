/** Chromium for the benchmark: with the bench build of the extension, or without any extension; a local page server. */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromiumPath, FLAGS } from '../../tests/e2e/harness';
import { PAGE_DIRS } from './pages';

export interface Browser {
  context: BrowserContext;
  /** With the extension: its worker, its id and one extension page to ask tabs and the worker from. */
  ext?: { worker: Worker; id: string; page: Page };
  close(): Promise<void>;
}

/** Every page gets a long-task observer (and tsx's __name helper) in its main world before its own scripts run. */
const OBSERVE_LONG_TASKS = `(() => {
  const w = window; w.__benchLongTasks = [];
  w.__name = (f) => f; // tsx's keep-names helper, referenced by the functions the bench evaluates in pages
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__benchLongTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
})();`;

export async function launch(extensionDir?: string): Promise<Browser> {
  const args = [...FLAGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  else args.push('--disable-extensions');
  const context = await chromium.launchPersistentContext('', { executablePath: chromiumPath(), headless: true, viewport: { width: 1200, height: 900 }, args });
  await context.route(/^(https?|wss?):\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  await context.addInitScript(OBSERVE_LONG_TASKS);
  let ext: Browser['ext'];
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    ext = { worker, id, page };
  }
  return { context, ext, close: () => context.close() };
}

/** Serves the saved pages (scripts/bench/pages.ts) and bench/out (the generated stress page) on 127.0.0.1. */
export async function servePages(): Promise<{ url(name: string): string; close(): Promise<void> }> {
  const roots = [...PAGE_DIRS, 'bench/out'].map((d) => resolve(d));
  const server = createServer(async (req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    if (name.includes('..')) return void res.writeHead(403).end();
    for (const root of roots) {
      try {
        const body = await readFile(join(root, name));
        return void res.writeHead(200, { 'content-type': name.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' }).end(body);
      } catch {
        // next root
      }
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: (name) => `http://127.0.0.1:${port}/${name}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** The tab id of a page: the active tab right after bringing it to the front (no "tabs" permission needed). */
export async function tabIdOf(extPage: Page, page: Page): Promise<number> {
  await page.bringToFront();
  return extPage.evaluate(async () => ((await (globalThis as any).chrome.tabs.query({ active: true })) as Array<{ id: number }>)[0].id);
}

/** Asks a tab's content script (top frame) one protocol question. */
export async function askTab<T>(extPage: Page, tabId: number, type: string): Promise<{ ok: boolean; value: T; error?: string } | undefined> {
  return extPage.evaluate(
    ([id, t]) => (globalThis as any).chrome.tabs.sendMessage(id, { backstory: 1, type: t, payload: {} }, { frameId: 0 }).catch(() => undefined),
    [tabId, type] as const,
  );
}

/** Waits for the content script of `page` to finish reading it; its pageStatus. */
export async function settled<T extends { state: string }>(extPage: Page, page: Page, timeoutMs = 60_000): Promise<T> {
  const tabId = await tabIdOf(extPage, page);
  const end = Date.now() + timeoutMs;
  for (;;) {
    const reply = await askTab<T>(extPage, tabId, 'pageStatus');
    if (reply?.ok && (reply.value.state === 'done' || reply.value.state === 'off' || reply.value.state === 'paused')) return reply.value;
    if (Date.now() > end) throw new Error(`${page.url()} not settled: ${JSON.stringify(reply)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
