import { describe, expect, it } from 'vitest';
import { packRuns, packValues, unpackRuns, unpackValues } from '../../core/library/varint';

describe('packed runs of ascending integers', () => {
  it('read back what was written, large values and empty runs included', () => {
    const values = Uint32Array.of(3, 5, 5, 200, 0, 70_000, 4_000_000_000, 1, 2);
    const runStart = Uint32Array.of(0, 4, 4, 7, 9);
    const packed = packRuns(values, runStart);
    expect(unpackRuns(packed, runStart)).toEqual(values);
    // Small gaps take a byte each.
    expect(packRuns(Uint32Array.of(100_000, 100_001, 100_003), Uint32Array.of(0, 3)).length).toBe(3 + 2);
  });

  it('refuse a run that goes down, and bytes that end early or run on', () => {
    expect(() => packRuns(Uint32Array.of(5, 4), Uint32Array.of(0, 2))).toThrow('run 0 goes down at 1: 4 after 5');
    const packed = packValues(Uint32Array.of(1, 300, 2));
    expect(unpackValues(packed, 3)).toEqual(Uint32Array.of(1, 300, 2));
    expect(unpackValues(packed, 4)).toBeUndefined();
    expect(unpackValues(packed, 2)).toBeUndefined();
    expect(unpackValues(packed.subarray(0, 2), 2)).toBeUndefined();
    expect(unpackValues(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0x01), 1)).toBeUndefined();
  });
});
