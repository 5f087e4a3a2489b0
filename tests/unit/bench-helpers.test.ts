import { describe, expect, it } from 'vitest';
import { resample, shiftDate, spanDays } from '../../core/resample';
import { median, percentile, spread } from '../../core/stats';

describe('percentiles', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([5, 1, 3], 0)).toBe(1);
    expect(percentile([5, 1, 3], 100)).toBe(5);
    expect(percentile(Array.from({ length: 101 }, (_, i) => i), 99)).toBe(99);
    expect(percentile([], 50)).toBeNaN();
  });
  it('summarises runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(spread([4, 2, 9])).toEqual({ median: 4, min: 2, max: 9, n: 3 });
  });
});

describe('resampling the corpus', () => {
  const records = [
    { id: '2020-04-01-000', date: '2020-04-01', text: 'a' },
    { id: '2020-04-10-000', date: '2020-04-10', text: 'b' },
  ];
  it('shifts dates across months, years and leap days', () => {
    expect(shiftDate('2020-03-01', -1)).toBe('2020-02-29');
    expect(shiftDate('2021-01-01', -1)).toBe('2020-12-31');
    expect(spanDays(records)).toBe(10);
  });
  it('makes copies on earlier, non-overlapping dates with fresh, unique ids', () => {
    const out = resample(records, 3);
    expect(out).toHaveLength(6);
    expect(out.slice(0, 2)).toEqual(records);
    expect(out.map((r) => r.date)).toEqual(['2020-04-01', '2020-04-10', '2020-03-22', '2020-03-31', '2020-03-12', '2020-03-21']);
    expect(new Set(out.map((r) => r.id)).size).toBe(6);
    expect(out[2]).toMatchObject({ text: 'a', id: '2020-03-22-r1-000000' });
  });
});
