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
import { markWithBackstory, markWithFloor, markWithMarkjs, markWithRegexp, type BackstoryRun } from './marking';
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
/**
 * What the worker loads in the background, by the data's scale: `index`, the full-text index that the page
 * launch() opens asks for (the figures that should not share the CPU with it wait this long after a launch);
 * `shards`, the event shards its first card did not need (the warm figures wait this long after the cold ones).
 */
const LOAD_WAIT_MS = { 1: { index: 5000, shards: 8000 }, 3: { index: 15_000, shards: 20_000 } } as const;
const started = performance.now();
const log = (msg: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${msg}`);

log('building the extension with all of seeds/');
const builds = [buildBench(1)];
if (!quick) {
  log('building the 3× corpus');
  builds.push(buildBench(3));
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
const worker1 = await measureWorker(withExt, quick ? 3 : 5, LOAD_WAIT_MS[1].shards);
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
    await new Promise((r) => setTimeout(r, LOAD_WAIT_MS[1].index));
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
log(`marking ${pages.length} pages × ${RUNS} with the floor (as a module, as Backstory's content script is)`);
const floorBrowser = await launch(floorDirs.module);
await markWithFloor(floorBrowser, server.url(`${pages[0]}?warmup`));
const floorPages = new Map<string, number[]>();
for (let run = 0; run < RUNS; run++) {
  for (const name of pages) floorPages.set(name, [...(floorPages.get(name) ?? []), await markWithFloor(floorBrowser, server.url(`${name}?floor=${run}`))]);
}
await floorBrowser.close();

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

let worker3;
if (builds[1]) {
  log('worker (3×)');
  const big = await launch(join(builds[1].outputDir, 'chrome-mv3'));
  // launch() opens the popup, whose questions start the full-text index load. Right after launch the first cold
  // card waits for the browser's start and that load (docs/bench.md), so they are let finish first, as they are for
  // the 1× figures (taken long after their launch).
  await new Promise((r) => setTimeout(r, LOAD_WAIT_MS[3].index));
  worker3 = await measureWorker(big, 3, LOAD_WAIT_MS[3].shards);
  await big.close();
}
await server.close();
log('index in Node');
const node1 = await measureIndexInNode(join(OUT, 'public-1x/data'));
const node3 = builds[1] ? await measureIndexInNode(join(OUT, 'public-3x/data')) : undefined;

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
      floorMs: floorPages.has(name) ? spread(floorPages.get(name)!) : undefined,
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
    ...(worker3 ? { '3x': workerRow(worker3) } : {}),
  },
  node: {
    '1x': { parseMs: node1.parseMs, importMs: node1.importMs, searchLoadMs: node1.searchLoadMs, lookup: pct(node1.lookupMs), keystroke: pct(node1.keystrokeMs) },
    ...(node3 ? { '3x': { parseMs: node3.parseMs, importMs: node3.importMs, searchLoadMs: node3.searchLoadMs, lookup: pct(node3.lookupMs), keystroke: pct(node3.keystrokeMs) } } : {}),
  },
  targets: [],
  seconds: 0,
};
results.seconds = (performance.now() - started) / 1000;
printReport(results);
if (!quick) writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
else writeFileSync(join(OUT, 'results-quick.json'), JSON.stringify(results, null, 2) + '\n');
log(`done in ${results.seconds.toFixed(0)} s`);
