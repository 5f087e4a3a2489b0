/**
 * The benchmark's own builds, beside the normal one: all of seeds/ as it is (or its JSON Lines files resampled
 * `times` over) compiled into bench/out/, then the extension built and zipped into .output-bench*. public/data is
 * never touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { writeResampled } from './make-corpus';

export const OUT = resolve('bench/out');
const SEEDS = resolve('seeds');
/** The compile of a resampled history holds it all in memory at once: more than Node's default heap. */
const HEAP_MB = 8192;

export interface BenchBuild {
  times: number;
  /** Folder with chrome-mv3/ in it. */
  outputDir: string;
  events: number;
  entities: number;
  names: number;
  /** Wall time of compile-data: parse, merge, catalogue, matcher and the FlexSearch index. */
  compileMs: number;
  dataBytes: { package: number; matcher: number };
  zipBytes: number;
}

const tsx = (args: string[]) =>
  execFileSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, resolve('node_modules/tsx/dist/cli.mjs'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });

/** Every JSON Lines file under `dir`, recursively. */
const jsonlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsonlFiles(join(dir, e.name)) : e.name.endsWith('.jsonl') ? [join(dir, e.name)] : []));

export function buildBench(times: number): BenchBuild {
  const seeds = join(OUT, `seeds-${times}x`);
  const publicDir = join(OUT, `public-${times}x`);
  const outputDir = resolve(times === 1 ? '.output-bench' : `.output-bench-${times}x`);
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  // All of seeds/, folders kept (the seed pages, the linked corpus, the portal's day files); for the scale run its
  // JSON Lines files resampled, in place of the originals.
  cpSync(SEEDS, seeds, { recursive: true, filter: (f) => times === 1 || !f.endsWith('.jsonl') });
  if (times > 1) writeResampled(jsonlFiles(SEEDS).map((from) => ({ from, to: join(seeds, relative(SEEDS, from)) })), times);
  const t0 = performance.now();
  const log = tsx(['scripts/compile-data.ts', seeds, join(publicDir, 'data')]);
  const compileMs = performance.now() - t0;
  const m = /compiled (\d+) events, (\d+) entities, (\d+) names/.exec(log);
  rmSync(outputDir, { recursive: true, force: true });
  const zips = JSON.parse(tsx(['scripts/bench/wxt-zip.ts', publicDir, outputDir]).trim().split('\n').pop()!) as string[];
  const zip = zips.find((z) => z.endsWith('-chrome.zip')) ?? zips[0];
  const size = (f: string) => statSync(join(publicDir, 'data', f)).size;
  return {
    times, outputDir, compileMs,
    events: Number(m?.[1]), entities: Number(m?.[2]), names: Number(m?.[3]),
    // The worker's data is split into several files (core/library/library-files.ts): their sum.
    dataBytes: { package: readdirSync(join(publicDir, 'data')).filter((f) => f !== 'matcher.json').reduce((n, f) => n + size(f), 0), matcher: size('matcher.json') },
    zipBytes: statSync(zip).size,
  };
}
