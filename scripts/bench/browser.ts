/** Chromium for the benchmark: with the bench build of the extension, or without any extension; a local page server. */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { PageStatus } from '../../messaging/protocol';
import { extensionIdOf, extensionPage, loadExtension, openChromium, settled, startedWorker, tabIdOf } from '../browser-harness';
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
  const context = await openChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc', ...(extensionDir ? loadExtension(extensionDir) : ['--disable-extensions'])]);
  await context.addInitScript(OBSERVE_LONG_TASKS);
  let ext: Browser['ext'];
  if (extensionDir) {
    const worker = await startedWorker(context);
    const id = extensionIdOf(worker);
    ext = { worker, id, page: await extensionPage(context, id) };
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

/** Waits for the content script of `page` to finish reading it, or to pause on a very long one; its status. */
export async function settledPage(extPage: Page, page: Page): Promise<PageStatus> {
  return settled(extPage, await tabIdOf(extPage, page), { timeout: 60_000, every: 50, paused: true });
}
