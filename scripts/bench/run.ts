/**
 * npm run bench [-- --quick]: Backstory's speed, memory and size, measured in real Chromium against the
 * alternatives in the same run. Prints a table and writes bench/results.json (docs/bench.md explains the figures).
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { matcherNames } from '../../core/names/matcher';
import { percentile, spread } from './stats';
import { launch, servePages } from './browser';
import { buildBench, OUT } from './build';
import { markWithBackstory, markWithMarkjs, markWithRegexp, type BackstoryRun } from './marking';
import { tabHeap, type HeapFigures } from './memory';
import { frameCost, FRAME_PAGES, highlightedRanges, tabScriptCost, writeFramePages, type CostFigures } from './frame-cost';
import { writeFloorExtensions } from './floor-extension';
import { measureIndexInNode } from './node-index';
import { printReport, type Results } from './report';
import { writeStressPage } from './stress-page';
import { benchPages } from './pages';
import { measureWorker, type WorkerFigures } from './worker';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
const STRESS = 'stress.html';
/** mark.js terms per call: one call with the whole dictionary overflows the stack (past about 2,000 terms). */
export const MARKJS_CHUNK = 50;
const MEMORY_PAGES = ['rdb-bbc-1.html', 'rdb-wapo-1.html', 'sh-nypost.com-2.html'];
const started = performance.now();
const log = (msg: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${msg}`);

log('building the extension with the full corpus');
const builds = [buildBench(1)];
if (!quick) {
  log('building the 10× corpus');
  builds.push(buildBench(10));
}
const [one] = builds;
const names = matcherNames(JSON.parse(readFileSync(join(OUT, 'public-1x/data/matcher.json'), 'utf8')));
const stress = writeStressPage('../shared/pages', join(OUT, STRESS));
writeFramePages(OUT);
const FRAME_RUNS = quick ? 6 : 15;
/** Script, compile and style time of a tab on the fixed-cost pages, in the browser given (scripts/bench/frame-cost.ts). */
const frameFigures = async (b: Awaited<ReturnType<typeof launch>>) => ({
  plain: await tabScriptCost(b, server.url(FRAME_PAGES.plain), FRAME_RUNS),
  framed: await tabScriptCost(b, server.url(FRAME_PAGES.framed), FRAME_RUNS),
  large: await tabScriptCost(b, server.url(FRAME_PAGES.large), FRAME_RUNS),
});
const pagePaths = benchPages();
let pages = [...pagePaths.keys()];
if (quick) pages = pages.filter((_, i) => i % 4 === 0);
const server = await servePages();

log(`marking ${pages.length} pages + stress page × ${RUNS} with Backstory (${one.names} names)`);
const withExt = await launch(join(one.outputDir, 'chrome-mv3'));
await markWithBackstory(withExt, server.url(`${pages[0]}?warmup`)); // worker loaded, matcher cached
const backstory = new Map<string, BackstoryRun[]>();
for (let run = 0; run < RUNS; run++) {
  for (const name of [...pages, STRESS]) {
    const r = await markWithBackstory(withExt, server.url(`${name}?run=${run}`));
    backstory.set(name, [...(backstory.get(name) ?? []), r]);
  }
}
log('memory with the extension');
const heapWith: HeapFigures[] = [];
for (const p of MEMORY_PAGES) heapWith.push(await tabHeap(withExt, server.url(`${p}?memory`)));
log('fixed cost per frame with the extension');
const framesWith: { plain: CostFigures; framed: CostFigures; large: CostFigures } = await frameFigures(withExt);
log('worker (1×)');
const worker1 = await measureWorker(withExt, quick ? 3 : 5);
await withExt.close();
// The figures above come from a browser that has compiled the content script already (the code cache keeps it).
// The first page of a browser session is timed in fresh browsers, against fresh browsers without the extension
// (a fresh browser's first page is slow anyway: its first renderer).
log('fixed cost on the first page of a browser session');
const firstPage = { with: [] as CostFigures[], without: [] as CostFigures[] };
for (let i = 0; i < (quick ? 2 : 4); i++) {
  for (const side of ['with', 'without'] as const) {
    const fresh = await launch(side === 'with' ? join(one.outputDir, 'chrome-mv3') : undefined);
    // launch() opens an extension page, whose questions start the worker's index load: let that settle first, on
    // both sides, so only the page itself is timed on this 2-CPU machine.
    await new Promise((r) => setTimeout(r, 3000));
    firstPage[side].push(await tabScriptCost(fresh, server.url(`${FRAME_PAGES.plain}?first=${i}`), 1, false));
    await fresh.close();
  }
}
log('fixed cost of the floor: a minimal content script of the same kind, classic and as a module');
const floorDirs = writeFloorExtensions(OUT, names);
const floor = {} as Record<'classic' | 'module', CostFigures>;
for (const kind of ['classic', 'module'] as const) {
  const b = await launch(floorDirs[kind]);
  floor[kind] = await tabScriptCost(b, server.url(FRAME_PAGES.plain), FRAME_RUNS);
  const marked = await highlightedRanges(b, server.url(`${FRAME_PAGES.plain}?floor`));
  await b.close();
  if (marked === 0) throw new Error(`the ${kind} floor extension marked nothing on ${FRAME_PAGES.plain}`);
}

log('baselines in a browser without the extension');
const plain = await launch();
const regexp = new Map<string, Awaited<ReturnType<typeof markWithRegexp>>>();
const markjs = new Map<string, Awaited<ReturnType<typeof markWithMarkjs>>>();
for (const name of [...pages, STRESS]) {
  // A page's own scripts may get in the way: a failed baseline is reported as NaN, never ends the run.
  const failed = (e: unknown) => (log(`${name}: baseline failed: ${(e as Error).message.split('\n')[0]}`), { ms: NaN, matches: 0, capped: false, share: 0 });
  regexp.set(name, await markWithRegexp(plain, server.url(name), names, 20_000).catch((e) => ({ ...failed(e), ownLongTaskMs: NaN })));
  if (name !== STRESS) markjs.set(name, await markWithMarkjs(plain, server.url(name), names, MARKJS_CHUNK, quick ? 300 : 500).catch(failed));
}
const heapWithout: HeapFigures[] = [];
for (const p of MEMORY_PAGES) heapWithout.push(await tabHeap(plain, server.url(`${p}?memory`)));
log('fixed cost per frame without the extension');
const framesWithout = await frameFigures(plain);
const chromiumVersion = plain.context.browser()?.version() ?? '';
await plain.close();

let worker10;
if (builds[1]) {
  log('worker (10×)');
  const big = await launch(join(builds[1].outputDir, 'chrome-mv3'));
  // launch() opens the popup, whose questions start the full-text index load (3-4 s at 10×). Right after launch
  // the first cold card took 1.8-2.4 s in full runs, the others 250-350 ms; 3 s after launch, every one 242-329 ms.
  // So the browser's start is let finish first, as it is for the 1× figures (taken long after their launch).
  await new Promise((r) => setTimeout(r, 6000));
  worker10 = await measureWorker(big, 3, 8000);
  await big.close();
}
await server.close();
log('index in Node');
const node1 = await measureIndexInNode(join(OUT, 'public-1x/data'));
const node10 = builds[1] ? await measureIndexInNode(join(OUT, 'public-10x/data')) : undefined;

const pct = (v: number[]) => ({ p50: percentile(v, 50), p99: percentile(v, 99), n: v.length });
const workerRow = (w: WorkerFigures) => ({
  coldMs: spread(w.coldMs),
  firstSearchMs: w.firstSearchMs,
  lookup: pct(w.lookupMs),
  keystroke: pct(w.keystrokeMs),
  oneShot: { lookup: pct(w.oneShot.lookupMs), keystroke: pct(w.oneShot.keystrokeMs) },
});
const results: Results = {
  date: new Date().toISOString(),
  quick,
  runs: RUNS,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, chromium: chromiumVersion || execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim() },
  builds: builds.map((b) => ({ ...b, outputDir: undefined })),
  pages: [...pages, STRESS].map((name) => {
    const runs = backstory.get(name)!;
    const rx = regexp.get(name)!;
    const mj = markjs.get(name);
    const busy = spread(runs.map((r) => r.busyMs));
    const total = spread(runs.map((r) => r.busyMs + (r.startMs ?? 0)));
    return {
      name,
      bytes: name === STRESS ? statSync(join(OUT, STRESS)).size : statSync(pagePaths.get(name)!).size,
      chars: runs[0].chars,
      state: runs[0].state,
      mentions: runs[0].mentions,
      busyMs: busy,
      startMs: spread(runs.map((r) => r.startMs ?? 0)),
      startTaskMs: spread(runs.map((r) => r.startTaskMs ?? NaN)),
      longestMs: spread(runs.map((r) => r.longestMs)),
      slices: runs[0].slices,
      longTaskMs: Math.max(...runs.map((r) => r.longTaskMs)),
      ownLongTaskMs: rx.ownLongTaskMs,
      regexp: { ms: rx.ms, matches: rx.matches, capped: rx.capped },
      markjs: mj && { ms: mj.ms, matches: mj.matches, capped: mj.capped, share: mj.share },
      ratioRegexp: rx.ms / total.median,
      ratioRegexpMarking: rx.ms / busy.median,
      ratioMarkjs: mj ? mj.ms / total.median : undefined,
    };
  }),
  stressPage: stress,
  frameCost: frameCost(
    { with: framesWith.plain, without: framesWithout.plain },
    { with: framesWith.framed, without: framesWithout.framed },
    { with: framesWith.large, without: framesWithout.large },
    firstPage,
    floor,
  ),
  memory: MEMORY_PAGES.map((name, i) => ({ name, with: heapWith[i], without: heapWithout[i], addedMb: heapWith[i].usedMb - heapWithout[i].usedMb, retainedMb: heapWith[i].afterGcMb - heapWithout[i].afterGcMb })),
  worker: {
    '1x': workerRow(worker1),
    ...(worker10 ? { '10x': workerRow(worker10) } : {}),
  },
  node: {
    '1x': { parseMs: node1.parseMs, importMs: node1.importMs, searchLoadMs: node1.searchLoadMs, lookup: pct(node1.lookupMs), keystroke: pct(node1.keystrokeMs) },
    ...(node10 ? { '10x': { parseMs: node10.parseMs, importMs: node10.importMs, searchLoadMs: node10.searchLoadMs, lookup: pct(node10.lookupMs), keystroke: pct(node10.keystrokeMs) } } : {}),
  },
  targets: [],
  seconds: 0,
};
results.seconds = (performance.now() - started) / 1000;
printReport(results);
if (!quick) writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
else writeFileSync(join(OUT, 'results-quick.json'), JSON.stringify(results, null, 2) + '\n');
log(`done in ${results.seconds.toFixed(0)} s`);
