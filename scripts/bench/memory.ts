/**
 * The JS heap a tab's content script adds: the page's isolate heap (content scripts run in an isolated world of
 * the same isolate) with the extension minus without it, before and after a forced garbage collection.
 */
import type { Browser } from './browser';
import { settledPage } from './browser';

export interface HeapFigures {
  usedMb: number;
  afterGcMb: number;
}

export async function tabHeap(b: Browser, url: string): Promise<HeapFigures> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (b.ext) await settledPage(b.ext.page, page);
    else await page.waitForTimeout(1500);
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const used = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1e6;
    const usedMb = await used();
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const afterGcMb = await used();
    await cdp.detach();
    return { usedMb, afterGcMb };
  } finally {
    await page.close();
  }
}
