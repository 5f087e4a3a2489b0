/**
 * Main-thread script time of one tab from a Chromium trace, promise continuations included.
 *
 * Chromium's own counter (`Performance.getMetrics` `ScriptDuration`) counts a script's evaluation and the callbacks
 * the browser calls (timers, events, `scheduler.postTask`), but not the microtasks that run after them: the code
 * after an `await` of an extension API (storage, messaging) or of a resolved promise. Measured on a one-paragraph
 * page with test extensions whose content script spins for 5 ms: 5.1–5.6 ms counted when it spins in the script
 * itself or in a timer, 0.4–0.7 ms after `await chrome.storage.local.get()`, 0.05 ms in a `then` callback. The
 * trace sees all three (5.6–6.1 ms), so the fixed-cost figure is taken from it (docs/bench.md).
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; processId?: number } };
}

/** Enough for script, microtask and style events and the frame's process, and light enough not to slow the page much. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** Script on the main thread: evaluation, module evaluation, callbacks, microtasks, compile, a script world's context created. */
export const SCRIPT_EVENTS = new Set([
  'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'v8.callFunction', 'RunMicrotasks', 'TimerFire', 'v8.compile', 'v8.compileModule',
  'v8.run', 'LocalWindowProxy::Initialize',
]);

/**
 * Total time, in ms, covered by complete events named in `names` on the main thread of the renderer that committed
 * `url` (nested and overlapping events counted once). Throws when the trace holds no such frame.
 */
export function mainThreadMs(events: readonly TraceEvent[], url: string, names: ReadonlySet<string>): number {
  const pid = events.find((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === url)?.args?.data?.processId;
  if (pid === undefined) throw new Error(`the trace holds no frame committed for ${url}`);
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain').map((e) => e.tid));
  const spans = events
    .filter((e) => e.ph === 'X' && e.pid === pid && main.has(e.tid) && names.has(e.name))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total / 1000;
}

/** The trace events of everything `run` makes the browser do (the session's target and the processes it uses). */
export async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}
