/**
 * The background worker, in Chromium: cold start (worker stopped through CDP, then the first answered hover-card
 * lookup, index load included), the first search as the popup opens, warm lookups and search per keystroke, each
 * timed from an extension page.
 */
import type { Page } from 'playwright-core';
import type { Browser } from './browser';
import { PORT_NAME, type WorkerRequest, type WorkerRequests } from '../../messaging/protocol';
import { ENTITIES, QUERIES } from './queries';

export interface WorkerFigures {
  coldMs: number[];
  lookupMs: number[];
  keystrokeMs: number[];
  /** The same lookups and keystrokes as one-shot messages (`runtime.sendMessage`), which the UIs used until the eighth session. */
  oneShot: { lookupMs: number[]; keystrokeMs: number[] };
  /** The first search right as the popup opens (its opening message asks the worker to load the full-text index). */
  firstSearchMs: number;
}

/**
 * Installs `__benchAsk(type, payload, oneShot?)` in an extension page: a request over one port to the worker, the
 * way the UIs ask (messaging/port-client.ts, protocol in messaging/protocol.ts: requests by id, opened again when it closes,
 * what waited on a closed port sent again), or a one-shot message. Resolves to the reply and the round trip's time;
 * rejects after 20 s without an answer, so that a broken port fails the run instead of hanging it.
 */
const installAsk = (page: Page) =>
  page.evaluate((portName) => {
    const c = (globalThis as any).chrome;
    let port: any;
    let nextId = 1;
    const waiting = new Map<number, { message: object; resolve: (reply: unknown) => void }>();
    const open = () => {
      if (port) return port;
      const p = c.runtime.connect({ name: portName });
      p.onMessage.addListener((m: { id: number; reply: unknown }) => {
        waiting.get(m.id)?.resolve(m.reply);
        waiting.delete(m.id);
      });
      p.onDisconnect.addListener(() => {
        void c.runtime.lastError;
        if (port !== p) return;
        port = undefined;
        for (const w of waiting.values()) open().postMessage(w.message);
      });
      return (port = p);
    };
    (globalThis as any).__benchAsk = async (type: string, payload: object, oneShot = false) => {
      const t0 = performance.now();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const answer = oneShot
        ? c.runtime.sendMessage({ backstory: 1, type, payload })
        : new Promise((resolve) => {
            const id = nextId++;
            const message = { backstory: 1, type, payload, id };
            waiting.set(id, { message, resolve });
            open().postMessage(message);
          });
      const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to ${type} in 20 s`)), 20_000)));
      const reply = await Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
      return { ms: performance.now() - t0, reply: reply as { ok?: boolean; error?: string } | undefined };
    };
  }, PORT_NAME);

const ask = <K extends WorkerRequest>(page: Page, type: K, payload: WorkerRequests[K]['req']) =>
  page.evaluate(async ([t, p]) => {
    const { ms, reply } = await (globalThis as any).__benchAsk(t, p);
    return { ms: ms as number, ok: reply?.ok === true, error: reply?.error as string | undefined };
  }, [type, payload] as const);

/**
 * `settleMs`: the pause between the cold runs and the warm ones. After its first answer the worker loads the rest of
 * the events in the background (core/library/library.ts `prefetchEvents`); warm lookups are timed once that is done, as a
 * reader's second hover comes seconds after the first (docs/bench.md).
 */
export async function measureWorker(b: Browser, coldRuns: number, settleMs = 2000): Promise<WorkerFigures> {
  const ext = b.ext!;
  await installAsk(ext.page);
  const cdp = await b.context.newCDPSession(ext.page);
  await cdp.send('ServiceWorker.enable');
  const coldMs: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    // Stopping the worker closes the page's port: the cold lookup opens a new one, as a UI's first request after an idle stop does.
    await cdp.send('ServiceWorker.stopAllWorkers');
    await ext.page.waitForTimeout(300);
    const r = await ask(ext.page, 'card', { title: ENTITIES[i % ENTITIES.length], limit: 5 });
    if (!r.ok) throw new Error(`cold card lookup failed: ${r.error}`);
    coldMs.push(r.ms);
  }
  await cdp.detach();
  await ext.page.waitForTimeout(settleMs);
  // The popup opens (its `categories` question starts the full-text index load) and the reader types at once:
  // the first keystroke waits for the rest of the index. The keystrokes below are timed with the index loaded.
  await ask(ext.page, 'categories', {});
  const first = await ask(ext.page, 'search', { query: QUERIES[0].slice(0, 1), limit: 20 });
  if (!first.ok) throw new Error(`first search failed: ${first.error}`);
  // Four passes over the same requests: over the port, one-shot, one-shot, over the port (so that the worker's
  // drift over the passes falls on both alike; the first pass also pays each entity's first lookup, counted against
  // the port). Asking each request twice in a row instead would answer the second from the search's cache of recent
  // queries. Each reply is checked.
  const pass = (oneShot: boolean) =>
    ext.page.evaluate(
      async ([entities, queries, once]) => {
        const ask = (globalThis as any).__benchAsk as (t: string, p: object, o: boolean) => Promise<{ ms: number; reply?: { ok?: boolean; error?: string } }>;
        const timed = async (type: string, payload: object, into: number[]) => {
          const { ms, reply } = await ask(type, payload, once);
          into.push(ms);
          if (!reply?.ok) throw new Error(`${type} ${JSON.stringify(payload)}: ${reply?.error}`);
        };
        const lookupMs: number[] = [];
        for (let round = 0; round < 5; round++) {
          for (const title of entities) {
            await timed('card', { title, limit: 5, context: entities.slice(0, 8) }, lookupMs);
            await timed('entityEvents', { title, limit: 10 }, lookupMs);
          }
        }
        const keystrokeMs: number[] = [];
        for (const q of queries) for (let i = 1; i <= q.length; i++) await timed('search', { query: q.slice(0, i), limit: 20 }, keystrokeMs);
        return { lookupMs, keystrokeMs };
      },
      [ENTITIES, QUERIES, oneShot] as const,
    );
  const port = { lookupMs: [] as number[], keystrokeMs: [] as number[] };
  const oneShot = { lookupMs: [] as number[], keystrokeMs: [] as number[] };
  for (const once of [false, true, true, false]) {
    const figures = await pass(once);
    const into = once ? oneShot : port;
    into.lookupMs.push(...figures.lookupMs);
    into.keystrokeMs.push(...figures.keystrokeMs);
  }
  return { coldMs, firstSearchMs: first.ms, ...port, oneShot };
}
