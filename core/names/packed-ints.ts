/**
 * Non-negative integers below 2^30 packed into a string, two UTF-16 units each (15 bits, offset past the
 * control characters and well below the surrogates), so a table survives JSON and extension messaging unchanged
 * and is read in place: no decoding, no array of numbers to build.
 */
const BASE = 0x20;

export function packInts(values: readonly number[]): string {
  let out = '';
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v >= 2 ** 30) throw new RangeError(`cannot pack ${v}`);
    out += String.fromCharCode(BASE + (v & 0x7fff), BASE + (v >>> 15));
  }
  return out;
}

/** The `i`-th integer of a packed string. */
export function packedGet(packed: string, i: number): number {
  return (packed.charCodeAt(2 * i) - BASE) | ((packed.charCodeAt(2 * i + 1) - BASE) << 15);
}

export function packedLength(packed: string): number {
  return packed.length >> 1;
}
