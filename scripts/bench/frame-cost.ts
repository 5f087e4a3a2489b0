/**
 * What the content script costs a frame before any of its marking is counted: the main-thread script and compile
 * time Chromium reports for the tab (CDP `Performance.getMetrics`), with the extension minus without it, on a
 * one-paragraph page and on the same page holding ten small frames (ads and widgets look like this): each frame
 * gets the frame gate (entrypoints/frame-gate), which loads the full script only into frames worth reading. The
 * compile of the script happens before its first line runs, so the page's `start` figure cannot see it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../../core/stats';
import type { Browser } from './browser';

export const FRAME_PAGES = { plain: 'frames-0.html', framed: 'frames-10.html' } as const;
const FRAMES = 10;

const PARAGRAPH = '<p>Vladimir Putin and Emmanuel Macron met in Paris to talk about Ukraine and the European Union.</p>';

export function writeFramePages(dir: string): void {
  const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Frames</title></head><body>${PARAGRAPH}${body}</body></html>\n`;
  writeFileSync(join(dir, FRAME_PAGES.plain), page(''));
  const frames = Array.from({ length: FRAMES }, (_, i) => `<iframe width="300" height="250" srcdoc="<p>Advertisement ${i + 1}</p>"></iframe>`).join('');
  writeFileSync(join(dir, FRAME_PAGES.framed), page(frames));
}

export interface CostFigures {
  /** Median main-thread JavaScript execution and compile time of the tab, in ms. */
  scriptMs: number;
  compileMs: number;
}

/** Loads `url` `runs` times in fresh tabs (after one warm-up) and returns the medians. */
export async function tabScriptCost(b: Browser, url: string, runs: number): Promise<CostFigures> {
  const script: number[] = [];
  const compile: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const page = await b.context.newPage();
    try {
      const cdp = await b.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      // The same wait with and without the extension, and no questions to the tab (answering them is script too):
      // the page is marked well within it.
      await page.waitForTimeout(1000);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
      if (i > 0) {
        script.push(metric('ScriptDuration'));
        compile.push(metric('V8CompileDuration'));
      }
      await cdp.detach();
    } finally {
      await page.close();
    }
  }
  return { scriptMs: median(script), compileMs: median(compile) };
}

export interface FrameCost {
  plain: { with: CostFigures; without: CostFigures };
  framed: { with: CostFigures; without: CostFigures };
  /** Added script + compile time on the one-paragraph page: one frame read and marked, start to end. */
  pageMs: number;
  /** Added script + compile time per small frame: the frame gate looking at it and leaving it alone. */
  perFrameMs: number;
}

/** Script + compile time the extension adds to a page: with it minus without it. */
export const addedMs = (x: FrameCost['plain']): number => x.with.scriptMs + x.with.compileMs - x.without.scriptMs - x.without.compileMs;

export function frameCost(plain: FrameCost['plain'], framed: FrameCost['framed']): FrameCost {
  return { plain, framed, pageMs: addedMs(plain), perFrameMs: (addedMs(framed) - addedMs(plain)) / FRAMES };
}
