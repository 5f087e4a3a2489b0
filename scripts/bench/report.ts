/** The benchmark's verdicts and its readable table (stdout). */
import { median as medianOf, type Spread } from './stats';

/** Median over the figures that exist (a failed baseline is NaN). */
const median = (values: number[]) => medianOf(values.filter(Number.isFinite));
import type { BenchBuild } from './build';
import { addedMs, FRAME_PAGES, type FrameCost } from './frame-cost';

interface Pct {
  p50: number;
  p99: number;
  n: number;
}
interface WorkerRow {
  coldMs: Spread;
  /** The first search as the popup opens, full-text index load included (older results lack it). */
  firstSearchMs?: number;
  lookup: Pct;
  keystroke: Pct;
  /** The same round trips as one-shot messages (since the eighth session; the UIs ask over a port). */
  oneShot?: { lookup: Pct; keystroke: Pct };
}
export interface PageRow {
  name: string;
  bytes: number;
  chars: number;
  state: string;
  mentions: number;
  busyMs: Spread;
  /** The start's three tasks summed (`setupMs` in results before the sixth session of 2026-12-01). */
  startMs: Spread;
  /** The longest of the start's three tasks. */
  startTaskMs: Spread;
  /**
   * The floor's main-thread time on the same page (scripts/bench/floor-extension.ts, as a module), timed as start +
   * busy are, over as many runs (real pages, since the history's first bench; older results lack it).
   */
  floorMs?: Spread;
  longestMs: Spread;
  slices: number;
  longTaskMs: number;
  ownLongTaskMs: number;
  regexp: { ms: number; matches: number; capped: boolean };
  markjs?: { ms: number; matches: number; capped: boolean; share: number };
  ratioRegexp: number;
  ratioRegexpMarking: number;
  ratioMarkjs?: number;
}
export interface Target {
  name: string;
  target: string;
  value: string;
  verdict: 'PASS' | 'MISS' | 'n/a';
}
export interface Results {
  date: string;
  quick: boolean;
  runs: number;
  machine: Record<string, string | number>;
  builds: Array<Omit<BenchBuild, 'outputDir'> & { outputDir?: undefined }>;
  pages: PageRow[];
  stressPage: { bytes: number; paragraphs: number };
  /** Script + compile time the content script adds to a tab (older results lack it). */
  frameCost?: FrameCost;
  memory: Array<{ name: string; with: { usedMb: number; afterGcMb: number }; without: { usedMb: number; afterGcMb: number }; addedMb: number; retainedMb: number }>;
  worker: Record<string, WorkerRow>;
  node: Record<string, { parseMs: number; importMs: number; searchLoadMs?: number; lookup: Pct; keystroke: Pct }>;
  targets: Target[];
  seconds: number;
}

const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
/** A percentile pair as the tables print it: "p50 / p99". */
const p50p99 = (p: Pct) => `${f(p.p50, 2)} / ${f(p.p99, 2)}`;
const sp = (s: Spread, d = 1) => (s.n > 1 ? `${f(s.median, d)} (${f(s.min, d)}–${f(s.max, d)})` : f(s.median, d));
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function targetsOf(r: Results): Target[] {
  const real = r.pages.filter((p) => p.name !== 'stress.html');
  const stress = r.pages.find((p) => p.name === 'stress.html');
  const t: Target[] = [];
  const add = (name: string, target: string, value: string, pass: boolean | undefined) => t.push({ name, target, value, verdict: pass === undefined ? 'n/a' : pass ? 'PASS' : 'MISS' });
  // Starting on the page (hit testing the viewport, the highlight sheet, the observer) counts too.
  const medTotal = median(real.map((p) => p.busyMs.median + p.startMs.median));
  add('Marking: median main-thread time per page', '≤ 5 ms', `${f(medTotal, 2)} ms (start ${f(median(real.map((p) => p.startMs.median)))} ms + slices ${f(median(real.map((p) => p.busyMs.median)), 2)} ms)`, medTotal <= 5);
  // Every task of ours is timed: the start's three (the gate's, the script's evaluation, the resume once storage
  // answered) and each slice.
  const worst = (p: PageRow) => Math.max(p.longestMs.max, p.startTaskMs.max);
  const worstTask = Math.max(...real.map(worst));
  const worstSlice = real.reduce((a, b) => (b.longestMs.max > a.longestMs.max ? b : a));
  const worstStart = real.reduce((a, b) => (b.startTaskMs.max > a.startTaskMs.max ? b : a));
  add('Marking: longest task on any page (start’s tasks, slices)', '≤ 16 ms', `${f(worstTask)} ms (slice: ${f(worstSlice.longestMs.max)} ms on ${worstSlice.name}; start task: ${f(worstStart.startTaskMs.max)} ms on ${worstStart.name})`, worstTask <= 16);
  if (stress) add('Stress page: finished, longest task', '≤ 16 ms', `${stress.state}, ${f(worst(stress))} ms, ${stress.mentions} mentions, ${f(stress.busyMs.median, 0)} ms busy`, stress.state === 'done' && worst(stress) <= 16);
  const floorMedian = median(real.map((p) => p.floorMs?.median ?? NaN));
  const overFloor = medTotal / floorMedian;
  add('Marking: median page ÷ the floor’s (same pages, same runs)', '≤ 1.5×', `${f(overFloor, 2)}× (${f(medTotal, 2)} ms ÷ ${f(floorMedian, 2)} ms)`, Number.isFinite(overFloor) ? overFloor <= 1.5 : undefined);
  const ratio = median(real.map((p) => p.ratioRegexp));
  add('Faster than alternation RegExp (median page)', '≥ 20×', `${f(ratio)}× (start + slices; slices alone ${f(median(real.map((p) => p.ratioRegexpMarking)))}×)`, ratio >= 20);
  const retained = median(r.memory.map((m) => m.retainedMb));
  add('Content script heap retained per tab', '≤ 2 MB', `${f(retained, 2)} MB (median of ${r.memory.length} pages)`, retained <= 2);
  const w1 = r.worker['1x'];
  add('Worker cold start to first card', '≤ 150 ms', `${f(w1.coldMs.median, 0)} ms`, w1.coldMs.median <= 150);
  const once = (w: WorkerRow, k: 'lookup' | 'keystroke') => (w.oneShot ? `; one-shot messages ${p50p99(w.oneShot[k])} ms` : '');
  add('Warm lookup p99', '≤ 5 ms', `${f(w1.lookup.p99, 2)} ms (p50 ${f(w1.lookup.p50, 2)} ms over the port${once(w1, 'lookup')})`, w1.lookup.p99 <= 5);
  add('Search p99 per keystroke', '≤ 10 ms', `${f(w1.keystroke.p99, 2)} ms (first, as the popup opens: ${f(w1.firstSearchMs ?? NaN, 0)} ms${once(w1, 'keystroke')})`, w1.keystroke.p99 <= 10);
  const compileS = r.builds[0].compileMs / 1000;
  add('Data build (1×: compile-data over all of seeds/)', '≤ 2 min', `${f(compileS, 1)} s${r.builds[1] ? ` (3×: ${f(r.builds[1].compileMs / 1000, 1)} s)` : ''}`, compileS <= 120);
  const w3 = r.worker['3x'];
  add('3×: worker cold start', '≤ 1 s', w3 ? `${f(w3.coldMs.median, 0)} ms` : 'not run (--quick)', w3 && w3.coldMs.median <= 1000);
  add('3×: search p99 per keystroke', '≤ 20 ms', w3 ? `${f(w3.keystroke.p99, 2)} ms` : 'not run (--quick)', w3 && w3.keystroke.p99 <= 20);
  const zip = r.builds[0].zipBytes / 1e6;
  add('Package zip (1×)', '≤ 20 MB', `${f(zip, 2)} MB${r.builds[1] ? ` (3×: ${f(r.builds[1].zipBytes / 1e6, 1)} MB)` : ''}`, zip <= 20);
  return t;
}

export function printReport(r: Results): void {
  r.targets = targetsOf(r);
  const out: string[] = [];
  out.push(`Backstory bench — ${r.date} — ${r.machine.cpus} CPUs, ${r.machine.chromium}, Node ${r.machine.node}${r.quick ? ' — QUICK' : ''}`);
  out.push(`Backstory figures: median (min–max) of ${r.runs} run(s). Baselines: one run each; mark.js fed 50 terms a call (one call with all terms overflows the stack) and stopped at its time cap, then extrapolated (marked *).`);
  out.push('');
  out.push(table(
    ['page', 'KB', 'chars', 'mentions', 'busy ms', 'start ms', 'start task ms', 'longest slice ms', 'floor ms', 'longtask ms (own)', 'RegExp ms', 'ratio', 'mark.js ms', 'ratio'],
    r.pages.map((p) => [
      p.name, f(p.bytes / 1024, 0), String(p.chars), String(p.mentions), sp(p.busyMs, 2), sp(p.startMs), sp(p.startTaskMs), sp(p.longestMs, 2), p.floorMs ? sp(p.floorMs, 2) : '–',
      `${f(p.longTaskMs, 0)} (${f(p.ownLongTaskMs, 0)})`, `${f(p.regexp.ms, 0)}${p.regexp.capped ? '*' : ''}`, `${f(p.ratioRegexp)}×`,
      p.markjs ? `${f(p.markjs.ms, 0)}${p.markjs.capped ? '*' : ''}` : '–', p.ratioMarkjs ? `${f(p.ratioMarkjs, 0)}×` : '–',
    ]),
  ));
  const real = r.pages.filter((p) => p.name !== 'stress.html');
  out.push(`median of ${real.length} real pages: busy ${f(median(real.map((p) => p.busyMs.median)), 2)} ms, start + busy ${f(median(real.map((p) => p.busyMs.median + p.startMs.median)), 2)} ms, the floor ${f(median(real.map((p) => p.floorMs?.median ?? NaN)), 2)} ms, RegExp ${f(median(real.map((p) => p.regexp.ms)), 0)} ms (ratio ${f(median(real.map((p) => p.ratioRegexp)))}×), mark.js ${f(median(real.map((p) => p.markjs?.ms ?? NaN)), 0)} ms (ratio ${f(median(real.map((p) => p.ratioMarkjs ?? NaN)), 0)}×)`);
  out.push('');
  const fc = r.frameCost;
  if (fc) {
    const trio = (c: FrameCost['plain']['with']) => `${c.tracedMs === undefined ? '–' : f(c.tracedMs, 2)} (${f(c.scriptMs, 2)} / ${f(c.compileMs, 2)}) / ${c.styleMs === undefined ? '–' : f(c.styleMs, 2)}`;
    const task = (x: FrameCost['plain']) => (x.with.taskMs === undefined ? '–' : `${f(x.with.taskMs, 1)} / ${f(x.without.taskMs ?? NaN, 1)}`);
    const row = (name: string, x: FrameCost['plain']) => [name, trio(x.with), trio(x.without), f(addedMs(x), 2), task(x)];
    const rows = [row('one paragraph', fc.plain), row('same + 10 small frames', fc.framed), ...(fc.large ? [row(`largest saved page (${FRAME_PAGES.large})`, fc.large)] : [])];
    out.push(table(['fixed cost (tab, median ms)', 'with: script (counters: script / compile) / style', 'without: script (counters: script / compile) / style', 'added', 'all tasks: with / without'], rows));
    out.push('script: from a trace, promise continuations and compile included; in brackets Chromium\'s ScriptDuration (which leaves promise continuations out) and V8CompileDuration');
    out.push(`the content script adds ${f(fc.pageMs, 2)} ms of script, compile and style to a one-paragraph page (all of it: its compile, evaluation, start and marking), ${f(fc.perFrameMs, 2)} ms to each small frame (the frame gate looks at it and leaves it alone)${fc.largeMs === undefined ? '' : ` and ${f(fc.largeMs, 2)} ms to the largest saved page`}`);
    if (fc.floorMs) {
      out.push(`the floor, a minimal content script making the same kinds of calls (the extension API's first use, a storage read, one walk over the text, one message, a highlight: scripts/bench/floor-extension.ts), adds ${f(fc.floorMs.classic, 2)} ms to the one-paragraph page as a classic script and ${f(fc.floorMs.module, 2)} ms loaded as a module, as Backstory's is: Backstory is ${f(fc.pageMs - fc.floorMs.module, 2)} ms above it there, its own code run cold in the page's fresh script world`);
    }
    if (fc.pageTaskMs !== undefined && Number.isFinite(fc.pageTaskMs)) out.push(`all the tab's main-thread tasks (TaskDuration: also the isolated world created, the module fetched, the marks rendered; rough) take ${f(fc.pageTaskMs, 1)} ms more on the one-paragraph page and ${f(fc.largeTaskMs ?? NaN, 1)} ms more on the largest saved page`);
    if (fc.firstPageMs !== undefined) out.push(`on the first page of a browser session (the content script not yet in the code cache), the one-paragraph page costs ${f(fc.firstPageMs, 2)} ms`);
    out.push('');
  }
  out.push(table(['memory (JS heap, MB)', 'with', 'without', 'added', 'with after GC', 'without after GC', 'retained'], r.memory.map((m) => [m.name, f(m.with.usedMb, 2), f(m.without.usedMb, 2), f(m.addedMb, 2), f(m.with.afterGcMb, 2), f(m.without.afterGcMb, 2), f(m.retainedMb, 2)])));
  out.push('');
  const pair = (w: WorkerRow, k: 'lookup' | 'keystroke') =>
    `${p50p99(w[k])}${w.oneShot ? ` (${p50p99(w.oneShot[k])})` : ''}`;
  out.push(table(
    ['worker', 'events', 'compile s', 'package MB', 'matcher MB', 'zip MB', 'cold ms', 'first search ms', 'lookup p50/p99 ms (one-shot)', 'keystroke p50/p99 ms (one-shot)', 'Node head + 1st card / index ms', 'Node lookup p99', 'Node keystroke p50/p99'],
    r.builds.map((b) => {
      const key = `${b.times}x`;
      const w = r.worker[key];
      const n = r.node[key];
      return [
        key, String(b.events), f(b.compileMs / 1000), f(b.dataBytes.package / 1e6), f(b.dataBytes.matcher / 1e6, 2), f(b.zipBytes / 1e6, 2),
        w ? sp(w.coldMs, 0) : '–', w ? f(w.firstSearchMs ?? NaN, 0) : '–', w ? pair(w, 'lookup') : '–', w ? pair(w, 'keystroke') : '–',
        n ? `${f(n.parseMs, 0)} + ${f(n.importMs, 0)} / ${f(n.searchLoadMs ?? NaN, 0)}` : '–', n ? f(n.lookup.p99, 2) : '–', n ? p50p99(n.keystroke) : '–',
      ];
    }),
  ));
  out.push('');
  out.push(table(['target', 'goal', 'measured', 'verdict'], r.targets.map((t) => [t.name, t.target, t.value, t.verdict])));
  out.push(`\n${r.seconds.toFixed(0)} s`);
  console.log(out.join('\n'));
}
