/**
 * What the content script costs a tab in all: the main-thread script time of the tab from a trace (promise
 * continuations included, which Chromium's own `ScriptDuration` leaves out: scripts/bench/trace-script.ts) and the
 * style recalculation time Chromium reports (CDP `Performance.getMetrics`), with the extension minus without it, on a one-paragraph page,
 * on the same page holding ten small frames (ads and widgets look like this: each frame gets the frame gate,
 * entrypoints/page-gate, which loads the full script only into frames worth reading), and on the largest saved
 * page. The compile happens before the script's first line runs, and the style work after its tasks end, so the
 * page's `start` and `busy` figures cannot see either.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './stats';
import type { Browser } from './browser';
import { mainThreadMs, SCRIPT_EVENTS, traced } from './trace-script';

export const FRAME_PAGES = { plain: 'frames-0.html', framed: 'frames-10.html', large: 'sh-cnbc.com-1.html' } as const;
const FRAMES = 10;

const PARAGRAPH = '<p>Vladimir Putin and Emmanuel Macron met in Paris to talk about Ukraine and the European Union.</p>';

export function writeFramePages(dir: string): void {
  const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Frames</title></head><body>${PARAGRAPH}${body}</body></html>\n`;
  writeFileSync(join(dir, FRAME_PAGES.plain), page(''));
  const frames = Array.from({ length: FRAMES }, (_, i) => `<iframe width="300" height="250" srcdoc="<p>Advertisement ${i + 1}</p>"></iframe>`).join('');
  writeFileSync(join(dir, FRAME_PAGES.framed), page(frames));
}

export interface CostFigures {
  /**
   * Median main-thread script time of the tab from a trace, in ms: evaluation, callbacks, promise continuations and
   * compile (since the seventh session of 2026-12-01; older results lack it, and their figures are `scriptMs` +
   * `compileMs`).
   */
  tracedMs?: number;
  /** Median of Chromium's `ScriptDuration` (no promise continuations) and `V8CompileDuration`, in ms. */
  scriptMs: number;
  compileMs: number;
  styleMs: number;
  /**
   * Median of all the tab's main-thread task time (`TaskDuration`): the above plus everything else the browser does
   * on that thread, for the extension too (creating the content script's isolated world, fetching its module,
   * rendering the marks). Rough: a few tens of ms of the page's own loading move with the machine.
   */
  taskMs?: number;
}

/** The number of ranges in the page's highlights once it has settled (the floor's check that it marked anything). */
export async function highlightedRanges(b: Browser, url: string): Promise<number> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(1000);
    // The registry is the document's: the main world sees what an isolated world registered.
    return await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
  } finally {
    await page.close();
  }
}

/** Loads `url` `runs` times in fresh tabs (after one warm-up, unless `warmUp` is false) and returns the medians. */
export async function tabScriptCost(b: Browser, url: string, runs: number, warmUp = true): Promise<CostFigures> {
  const traces: number[] = [];
  const script: number[] = [];
  const compile: number[] = [];
  const style: number[] = [];
  const task: number[] = [];
  for (let i = warmUp ? 0 : 1; i <= runs; i++) {
    const page = await b.context.newPage();
    try {
      const cdp = await b.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      let metrics: Array<{ name: string; value: number }> = [];
      const events = await traced(cdp, async () => {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        // The same wait with and without the extension, and no questions to the tab (answering them is script too):
        // the page is marked well within it.
        await page.waitForTimeout(1000);
        ({ metrics } = await cdp.send('Performance.getMetrics'));
      });
      const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
      if (i > 0) {
        traces.push(mainThreadMs(events, url, SCRIPT_EVENTS));
        script.push(metric('ScriptDuration'));
        compile.push(metric('V8CompileDuration'));
        style.push(metric('RecalcStyleDuration'));
        task.push(metric('TaskDuration'));
      }
      await cdp.detach();
    } finally {
      await page.close();
    }
  }
  return { tracedMs: median(traces), scriptMs: median(script), compileMs: median(compile), styleMs: median(style), taskMs: median(task) };
}

type WithWithout = { with: CostFigures; without: CostFigures };

export interface FrameCost {
  plain: WithWithout;
  framed: WithWithout;
  large: WithWithout;
  /** Added time on the one-paragraph page: one frame read and marked, start to end. */
  pageMs: number;
  /** Added time per small frame: the frame gate looking at it and leaving it alone. */
  perFrameMs: number;
  /** Added time on the largest saved page, read and marked. */
  largeMs: number;
  /**
   * Added time on the one-paragraph page when it is the first page of a browser session (the content script not
   * yet in the code cache): median over fresh browsers with the extension minus median over fresh ones without.
   */
  firstPageMs?: number;
  /** All main-thread task time added on the one-paragraph page and on the largest saved page (rough: see `taskMs`). */
  pageTaskMs?: number;
  largeTaskMs?: number;
  /**
   * Added time on the one-paragraph page of the floor (scripts/bench/floor-extension.ts): a minimal content script
   * doing the same kinds of calls, classic and loaded as a module (since the seventh session of 2026-12-01).
   */
  floorMs?: { classic: number; module: number };
}

/** Script (compile included) + style time the extension adds to a page: with it minus without it. */
export const addedMs = (x: WithWithout): number => total(x.with) - total(x.without);
const total = (c: CostFigures) => (c.tracedMs ?? c.scriptMs + c.compileMs) + (c.styleMs ?? 0);

export function frameCost(
  plain: WithWithout, framed: WithWithout, large: WithWithout, firstPage?: { with: CostFigures[]; without: CostFigures[] }, floor?: { classic: CostFigures; module: CostFigures },
): FrameCost {
  const first = firstPage?.with.length ? median(firstPage.with.map(total)) - median(firstPage.without.map(total)) : undefined;
  const addedTask = (x: WithWithout) => (x.with.taskMs ?? NaN) - (x.without.taskMs ?? NaN);
  return {
    plain, framed, large, pageMs: addedMs(plain), perFrameMs: (addedMs(framed) - addedMs(plain)) / FRAMES, largeMs: addedMs(large), firstPageMs: first,
    pageTaskMs: addedTask(plain), largeTaskMs: addedTask(large),
    floorMs: floor && { classic: addedMs({ with: floor.classic, without: plain.without }), module: addedMs({ with: floor.module, without: plain.without }) },
  };
}
