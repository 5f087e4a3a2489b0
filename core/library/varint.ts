/**
 * Runs of ascending integers as the gaps between them, each gap in as few bytes as it needs (7 bits a byte, the high
 * bit saying another byte follows): a posting list's ids are close together, so most gaps take one byte, and the
 * packed file shrinks to about half of its four bytes an id once zipped (docs/bench.md).
 */
import type { IntColumn } from './binary-file';

/** Appends `n` (≥ 0, < 2³²) to `out`. */
function push(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
}

/**
 * The values `values[runStart[r] … runStart[r + 1])` of each run, as gaps from the value before (the first from 0).
 * Throws on a run that goes down: only ascending runs are gaps.
 */
export function packRuns(values: ArrayLike<number>, runStart: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  for (let r = 0; r + 1 < runStart.length; r++) {
    let previous = 0;
    for (let k = runStart[r]; k < runStart[r + 1]; k++) {
      if (values[k] < previous) throw new Error(`run ${r} goes down at ${k}: ${values[k]} after ${previous}`);
      push(out, values[k] - previous);
      previous = values[k];
    }
  }
  return Uint8Array.from(out);
}

/** Each value as it is (counts, lengths). */
export function packValues(values: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) push(out, values[i]);
  return Uint8Array.from(out);
}

/** `count` values read back from `bytes`, or undefined when the bytes end early, run on, or hold a value past 2³². */
export function unpackValues(bytes: Uint8Array, count: number): Uint32Array | undefined {
  const out = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    let n = 0;
    let shift = 0;
    for (;;) {
      if (at >= bytes.length || shift > 28) return undefined;
      const b = bytes[at++];
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    if (n > 0xffffffff) return undefined;
    out[i] = n;
  }
  return at === bytes.length ? out : undefined;
}

/** The runs `packRuns` wrote, given where each starts: gaps summed back into values, in place. */
export function unpackRuns(bytes: Uint8Array, runStart: IntColumn): Uint32Array | undefined {
  const values = unpackValues(bytes, runStart[runStart.length - 1] ?? 0);
  if (!values) return undefined;
  for (let r = 0; r + 1 < runStart.length; r++) {
    for (let k = runStart[r] + 1; k < runStart[r + 1]; k++) values[k] += values[k - 1];
  }
  return values;
}
