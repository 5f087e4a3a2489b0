import { describe, expect, it } from 'vitest';
import { isDayRecordId } from '../../core/build/day-records';
import { resample, shiftDate, spanDays } from '../../scripts/bench/resample';
import { median, percentile, spread } from '../../scripts/bench/stats';
import { mainThreadMs, SCRIPT_EVENTS, type TraceEvent } from '../../scripts/bench/trace-script';

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
  it('keeps a day file\'s record a day file\'s, and shifts files resampled together by one span', () => {
    const days = [
      { id: '2020-04-01-y001', date: '2020-04-01', text: 'c' },
      { id: '2020-04-01-y002', date: '2020-04-01', text: 'd' },
    ];
    const out = resample(days, 3, spanDays(records));
    expect(out.map((r) => r.date)).toEqual(['2020-04-01', '2020-04-01', '2020-03-22', '2020-03-22', '2020-03-12', '2020-03-12']);
    expect(out.map((r) => r.id)).toEqual(['2020-04-01-y001', '2020-04-01-y002', '2020-03-22-y1000000', '2020-03-22-y1000001', '2020-03-12-y2000000', '2020-03-12-y2000001']);
    expect(out.every((r) => isDayRecordId(r.id!))).toBe(true);
    expect(resample(records, 2).slice(2).some((r) => isDayRecordId(r.id!))).toBe(false);
  });
});

describe('script time from a trace', () => {
  const url = 'http://127.0.0.1:1/page.html';
  const x = (name: string, ts: number, dur: number, pid = 1, tid = 10): TraceEvent => ({ name, ph: 'X', pid, tid, ts, dur });
  const events: TraceEvent[] = [
    { name: 'thread_name', ph: 'M', pid: 1, tid: 10, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: 1, tid: 11, ts: 0, args: { name: 'Compositor' } },
    { name: 'thread_name', ph: 'M', pid: 2, tid: 20, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'FrameCommittedInBrowser', ph: 'I', pid: 9, tid: 90, ts: 0, args: { data: { url: 'about:blank', processId: 2 } } },
    { name: 'FrameCommittedInBrowser', ph: 'I', pid: 9, tid: 90, ts: 0, args: { data: { url, processId: 1 } } },
    x('EvaluateScript', 0, 1000),
    x('v8.compile', 100, 200), // nested: counted once
    x('RunMicrotasks', 1500, 500),
    x('FunctionCall', 1800, 700), // overlaps the microtasks
    x('ParseHTML', 3000, 5000), // not script
    x('FunctionCall', 3000, 5000, 1, 11), // another thread
    x('EvaluateScript', 3000, 5000, 2, 20), // another renderer
  ];
  it('adds up script events on the main thread of the page\'s renderer, microtasks included, overlaps once', () => {
    expect(mainThreadMs(events, url, SCRIPT_EVENTS)).toBeCloseTo(2, 6);
    expect(mainThreadMs(events, url, new Set(['ParseHTML']))).toBeCloseTo(5, 6);
  });
  it('refuses a trace without the page', () => {
    expect(() => mainThreadMs(events, 'http://127.0.0.1:1/other.html', SCRIPT_EVENTS)).toThrow(/no frame committed/);
  });
});
