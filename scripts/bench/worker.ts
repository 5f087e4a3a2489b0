/**
 * The background worker, in Chromium: cold start (worker stopped through CDP, then the first answered hover-card
 * lookup, index load included), the first search as the popup opens, warm lookups and search per keystroke, each
 * timed from an extension page.
 */
import type { Page } from 'playwright-core';
import type { Browser } from './browser';
import { ENTITIES, QUERIES } from './queries';

export interface WorkerFigures {
  coldMs: number[];
  lookupMs: number[];
  keystrokeMs: number[];
  /** The first search right as the popup opens (its opening message asks the worker to load the full-text index). */
  firstSearchMs: number;
}

const ask = (page: Page, type: string, payload: object) =>
  page.evaluate(async ([t, p]) => {
    const t0 = performance.now();
    const reply = await (globalThis as any).chrome.runtime.sendMessage({ backstory: 1, type: t, payload: p });
    return { ms: performance.now() - t0, ok: reply?.ok === true, error: reply?.error as string | undefined };
  }, [type, payload] as const);

/**
 * `settleMs`: the pause between the cold runs and the warm ones. After its first answer the worker loads the rest of
 * the events in the background (core/library.ts `prefetchEvents`); warm lookups are timed once that is done, as a
 * reader's second hover comes seconds after the first (docs/bench.md).
 */
export async function measureWorker(b: Browser, coldRuns: number, settleMs = 2000): Promise<WorkerFigures> {
  const ext = b.ext!;
  const cdp = await b.context.newCDPSession(ext.page);
  await cdp.send('ServiceWorker.enable');
  const coldMs: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
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
  const timed = await ext.page.evaluate(async ([entities, queries]) => {
    const send = (type: string, payload: object) => (globalThis as any).chrome.runtime.sendMessage({ backstory: 1, type, payload });
    const lookupMs: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const title of entities) {
        for (const [type, payload] of [['card', { title, limit: 5, context: entities.slice(0, 8) }], ['entityEvents', { title, limit: 10 }]] as const) {
          const t0 = performance.now();
          const reply = await send(type, payload);
          lookupMs.push(performance.now() - t0);
          if (!reply?.ok) throw new Error(`${type} ${title}: ${reply?.error}`);
        }
      }
    }
    const keystrokeMs: number[] = [];
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const t0 = performance.now();
        await send('search', { query: q.slice(0, i), limit: 20 });
        keystrokeMs.push(performance.now() - t0);
      }
    }
    return { lookupMs, keystrokeMs };
  }, [ENTITIES, QUERIES] as const);
  return { coldMs, firstSearchMs: first.ms, ...timed };
}
