/**
 * Main-thread script time of one tab from a Chromium trace, promise continuations included.
 *
 * Chromium's own counter (`Performance.getMetrics` `ScriptDuration`) counts a script's evaluation and the callbacks
 * the browser calls (timers, events, `scheduler.postTask`), but not the microtasks that run after them: the code
 * after an `await` of an extension API (storage, messaging) or of a resolved promise. Measured on a one-paragraph
 * page with test extensions whose content script spins for 5 ms: 5.1–5.6 ms counted when it spins in the script
 * itself or in a timer, 0.4–0.7 ms after `await chrome.storage.local.get()`, 0.05 ms in a `then` callback. The
 * trace sees every case (5.6–6.1 ms), so the fixed-cost figure is taken from it (docs/bench-history.md).
 * Not in it: creating a script world's context (`LocalWindowProxy::Initialize` is logged under the `v8` category,
 * which roughly doubled the traced times when enabled); only the all-tasks figure sees that.
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

/** Script on the main thread, as these categories log it: evaluation, module evaluation, callbacks, microtasks, compile. */
export const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'v8.compile', 'v8.compileModule']);

/** How long the browser may take to hand over a trace once it is ended. */
const TRACE_END_MS = 30_000;

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

/**
 * The trace events of everything `run` makes the browser do (the session's target and the processes it uses).
 * Rejects when the browser says it lost events (a figure from a partial trace would be too low) or does not hand the
 * trace over.
 */
export async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  let finish: (lost: boolean) => void = () => {};
  const complete = new Promise<boolean>((resolve) => (finish = resolve));
  const done = (e: { dataLossOccurred: boolean }) => finish(e.dataLossOccurred);
  let timer: ReturnType<typeof setTimeout> | undefined;
  cdp.on('Tracing.dataCollected', collect);
  cdp.on('Tracing.tracingComplete', done);
  try {
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
    try {
      await run();
    } finally {
      await cdp.send('Tracing.end');
    }
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no trace within ${TRACE_END_MS} ms of its end`)), TRACE_END_MS)));
    if (await Promise.race([complete, timeout])) throw new Error('the trace lost events (its buffer was full)');
  } finally {
    clearTimeout(timer);
    cdp.off('Tracing.dataCollected', collect);
    cdp.off('Tracing.tracingComplete', done);
  }
  return events;
}
