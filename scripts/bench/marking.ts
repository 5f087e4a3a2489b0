/** Marking a page: Backstory (the built extension) and the two baselines, on the same pages and dictionary. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { PageStatus } from '../../messaging/protocol';
import { markjsBaseline, regexpBaseline, type BaselineRun } from './baselines';
import { settledPage, type Browser } from './browser';
import { FLOOR_MS_ATTRIBUTE } from './floor-extension';

export interface BackstoryRun extends PageStatus {
  /** Long tasks (≥ 50 ms, PerformanceObserver in the page) from DOMContentLoaded to settled: the longest, in ms. */
  longTaskMs: number;
}

async function longTasksAfterDcl(page: Page): Promise<number> {
  return page.evaluate(() => {
    const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? 0;
    const tasks = ((window as any).__benchLongTasks ?? []) as Array<[number, number]>;
    return Math.max(0, ...tasks.filter(([start]) => start >= dcl).map(([, d]) => d));
  });
}

/** Loads `url` in a fresh tab of the extension's browser and waits until every mention is marked. */
export async function markWithBackstory(b: Browser, url: string): Promise<BackstoryRun> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const status = await settledPage(b.ext!.page, page);
    return { ...status, longTaskMs: await longTasksAfterDcl(page) };
  } finally {
    await page.close();
  }
}

/** Loads `url` in a fresh tab of a floor extension's browser (scripts/bench/floor-extension.ts): its main-thread ms. */
export async function markWithFloor(b: Browser, url: string): Promise<number> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const done = await page.waitForFunction((name) => document.documentElement.getAttribute(name), FLOOR_MS_ATTRIBUTE, { timeout: 60_000, polling: 50 });
    return Number(await done.jsonValue());
  } finally {
    await page.close();
  }
}

/** mark.js as a CommonJS module in its own scope, so a page's own AMD loader or `Mark` global cannot take it. */
const MARKJS = `(function () { var module = { exports: {} }; var exports = module.exports;\n${readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8')}\nwindow.__BenchMark = module.exports; })();`;

/** The RegExp baseline; also the page's own longest task after DOMContentLoaded, read before it runs. */
export async function markWithRegexp(b: Browser, url: string, names: string[], capMs: number): Promise<BaselineRun & { ownLongTaskMs: number }> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(300);
    const ownLongTaskMs = await longTasksAfterDcl(page);
    return { ...(await page.evaluate(regexpBaseline, { names, capMs })), ownLongTaskMs };
  } finally {
    await page.close();
  }
}

export async function markWithMarkjs(b: Browser, url: string, names: string[], chunk: number, capMs: number): Promise<BaselineRun> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.addScriptTag({ content: MARKJS });
    return await page.evaluate(markjsBaseline, { names, chunk, capMs });
  } finally {
    await page.close();
  }
}
