/**
 * The side panel's timeline, as pure functions: periods at a zoom level, the density of events per period,
 * and the rows the list shows (period headers, story groups, events, the article's publication date).
 */
import { isAfterArticle } from './published-date';
import type { NewsEvent } from './types';

export type Zoom = 'year' | 'month' | 'day';
export type Order = 'newest' | 'oldest';
export const ZOOMS: readonly Zoom[] = ['year', 'month', 'day'];

const LENGTH: Record<Zoom, number> = { year: 4, month: 7, day: 10 };
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The period an ISO date falls in: "2021", "2021-03" or "2021-03-04". */
export const periodOf = (date: string, zoom: Zoom): string => date.slice(0, LENGTH[zoom]);
/** "2021", "March 2021", "4 March 2021"; `short`: "Mar 2021", "4 Mar 2021" (where room is tight: the chart's ends). */
export function periodLabel(period: string, short = false): string {
  const [y, m, d] = period.split('-');
  if (!m) return y;
  const month = (short ? SHORT_MONTHS : MONTHS)[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The period after `period`, at its own zoom level. */
export function nextPeriod(period: string): string {
  const [y, m, d] = period.split('-').map(Number);
  if (m === undefined) return String(y + 1);
  if (d === undefined) return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Every period from `first` to `last` inclusive (same zoom level), gaps included. */
export function periodsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let p = first; p <= last && out.length < 100_000; p = nextPeriod(p)) out.push(p);
  return out;
}

export interface Bin {
  period: string;
  count: number;
  /** No data at all for this period (core/library/coverage.ts `withGaps`): not a quiet one. */
  gap?: true;
}

/** Events per period at `zoom`, every period from the first event's to the last's (zeros included). */
export function density(events: readonly NewsEvent[], zoom: Zoom): Bin[] {
  if (!events.length) return [];
  const counts = new Map<string, number>();
  let first = '9999';
  let last = '';
  for (const e of events) {
    const p = periodOf(e.date, zoom);
    counts.set(p, (counts.get(p) ?? 0) + 1);
    if (p < first) first = p;
    if (p > last) last = p;
  }
  return periodsBetween(first, last).map((period) => ({ period, count: counts.get(period) ?? 0 }));
}

/** The stretches of bins with no data at all (`Bin.gap`), each as a span of periods, in the bins' order. */
export function gapRuns(bins: readonly Bin[]): Span[] {
  const runs: Span[] = [];
  for (const b of bins) {
    if (!b.gap) continue;
    const run = runs[runs.length - 1];
    if (run && nextPeriod(run.to) === b.period) run.to = b.period;
    else runs.push({ from: b.period, to: b.period });
  }
  return runs;
}

/** A chosen stretch of time: inclusive period keys (any zoom level each). */
export interface Span {
  from: string;
  to: string;
}

export const inSpan = (date: string, span: Span | undefined): boolean =>
  !span || (date.slice(0, span.from.length) >= span.from && date.slice(0, span.to.length) <= span.to);

/** "March 2021" or "March 2021 – June 2021". */
export const spanLabel = (span: Span): string =>
  span.from === span.to ? periodLabel(span.from) : `${periodLabel(span.from)} – ${periodLabel(span.to)}`;

/** The story an event is grouped under: its most specific topic. */
const storyOf = (event: NewsEvent): string => event.topics[event.topics.length - 1] ?? '';

/** Events sorted by date (then id, so that equal dates keep one order), newest or oldest first. */
export function sortEvents(events: readonly NewsEvent[], order: Order): NewsEvent[] {
  const dir = order === 'newest' ? -1 : 1;
  return [...events].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? -dir : dir));
}

export type Row =
  | { kind: 'period'; key: string; period: string; count: number; after: boolean; collapsed: boolean; stories: Array<{ story: string; count: number }> }
  | { kind: 'published'; key: string; date: string; before: number; after: number }
  | { kind: 'story'; key: string; story: string; count: number; after: boolean }
  | { kind: 'event'; key: string; event: NewsEvent; after: boolean; grouped: boolean }
  | { kind: 'gap'; key: string; span: Span };

interface RowOptions {
  zoom: Zoom;
  order: Order;
  /** The article's publication date (YYYY-MM-DD): events after it are marked, and a row marks the split. */
  published?: string;
  /**
   * Period groups (row keys) the reader opened (true) or closed (false). A dense group the reader left alone is
   * folded, except the one the feed opens on (so that it starts with events, not only summaries).
   */
  toggled?: ReadonlyMap<string, boolean>;
  /** More events than this in one period and the period shows as a summary until opened. */
  dense?: number;
  /** Stretches the data has no events for at all (`gapRuns`): a row says so where the feed passes one. */
  gaps?: readonly Span[];
}

/** The key of the group a period's header row opens and closes. */
const groupKey = (period: string, after: boolean) => `p:${period}${after ? ':after' : ''}`;

/**
 * The list's rows. Events are cut into periods at the zoom level (a period the publication date falls in is cut
 * in two: before and after the article). A dense period shows as a header with its biggest stories until
 * expanded (the one the feed opens on is open until folded); an open period lists its events grouped by story where
 * a story has several.
 */
export function buildRows(events: readonly NewsEvent[], options: RowOptions): Row[] {
  const { zoom, order, published, toggled = new Map<string, boolean>(), dense = 12, gaps = [] } = options;
  const sorted = sortEvents(events, order);
  const rows: Row[] = [];
  const after = (e: NewsEvent) => !!published && isAfterArticle(e.date, published);
  const nAfter = published ? sorted.filter(after).length : 0;
  const publishedRow = (): Row => ({ kind: 'published', key: 'published', date: published!, before: sorted.length - nAfter, after: nAfter });
  // Oldest first, the split comes before the first event after the article; newest first, after the last one.
  let split = !published;
  const splitHere = () => {
    rows.push(publishedRow());
    split = true;
  };
  // The group the feed opens on (open until folded): with an article, the one right past its row (newest first the
  // first before the article, oldest first the first after it; the events after it are one run of the sorted list,
  // as isAfterArticle compares dates), or the last group when the row comes last (-1 here); without one, the first.
  const past = !published ? 0 : order === 'oldest' ? (nAfter ? sorted.length - nAfter : -1) : nAfter < sorted.length ? nAfter : -1;
  if (published && order === 'oldest' && nAfter === sorted.length) splitHere();
  // Between two periods with events, a stretch with no data gets its own row: the feed must not skip it as if quiet.
  const gapsBetween = (a: string, b: string) => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const between = gaps.filter((g) => g.from > lo && g.to < hi);
    for (const span of order === 'newest' ? between.reverse() : between) rows.push({ kind: 'gap', key: `g:${span.from}`, span });
  };
  let i = 0;
  while (i < sorted.length) {
    const period = periodOf(sorted[i].date, zoom);
    if (i > 0) gapsBetween(periodOf(sorted[i - 1].date, zoom), period);
    const isAfter = after(sorted[i]);
    let j = i;
    while (j < sorted.length && periodOf(sorted[j].date, zoom) === period && after(sorted[j]) === isAfter) j++;
    const group = sorted.slice(i, j);
    if (!split && (order === 'oldest' ? isAfter : !isAfter)) splitHere();
    const key = groupKey(period, isAfter);
    const byStory = new Map<string, NewsEvent[]>();
    for (const e of group) {
      const s = storyOf(e);
      const list = byStory.get(s);
      if (list) list.push(e);
      else byStory.set(s, [e]);
    }
    const opens = past >= 0 ? i === past : j === sorted.length;
    const collapsed = group.length > dense && !(toggled.get(key) ?? opens);
    const stories = [...byStory]
      .filter(([s]) => s)
      .map(([story, list]) => ({ story, count: list.length }))
      .sort((a, b) => b.count - a.count || (a.story < b.story ? -1 : 1));
    rows.push({ kind: 'period', key, period, count: group.length, after: isAfter, collapsed, stories: stories.slice(0, 4) });
    if (!collapsed) {
      const grouping = byStory.size > 1;
      for (const [story, list] of byStory) {
        const grouped = grouping && !!story && list.length > 1;
        if (grouped) rows.push({ kind: 'story', key: `${key}:s:${story}`, story, count: list.length, after: isAfter });
        for (const e of list) rows.push({ kind: 'event', key: `e:${e.id}`, event: e, after: isAfter, grouped });
      }
    }
    i = j;
  }
  if (!split) splitHere();
  return rows;
}

/** Compares two period keys on the length they share ("2021" equals "2021-03"). */
const cmp = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Whether a period (any zoom) shares time with a span. */
export const overlaps = (period: string, span: Span): boolean => cmp(period, span.from) >= 0 && cmp(period, span.to) <= 0;

/** The span between two periods of a chart, whichever way they were brushed. */
export const spanOf = (a: string, b: string): Span => (a <= b ? { from: a, to: b } : { from: b, to: a });

/** Zoom one step in (+1) or out (-1), staying within year…day. */
export const stepZoom = (zoom: Zoom, step: 1 | -1): Zoom => ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, ZOOMS.indexOf(zoom) + step))];

/** A mark on the chart's time axis: where along the bins it falls (0 to 1) and what it says. */
export interface Tick {
  at: number;
  label: string;
}


/**
 * Ticks for the chart's axis at any zoom: years when the bins span years (every 1, 2, 5, 10 or 20, at most
 * `most`), else months (every 1, 2, 3 or 6). Each stands where its period's first bin starts.
 */
export function axisTicks(bins: readonly Bin[], most = 6): Tick[] {
  if (bins.length < 2) return [];
  const first = bins[0].period;
  const last = bins[bins.length - 1].period;
  const y0 = Number(first.slice(0, 4));
  const y1 = Number(last.slice(0, 4));
  const keys: Array<{ key: string; label: string }> = [];
  // Years when the bins are years (however few) or span years; months over a short span of months or days.
  if (y1 - y0 >= 2 || first.length === 4) {
    const step = [1, 2, 5, 10, 20].find((s) => (y1 - y0) / s <= most - 1) ?? 50;
    for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) keys.push({ key: String(y), label: String(y) });
  } else {
    const m0 = y0 * 12 + Number(first.slice(5, 7) || 1) - 1;
    const m1 = y1 * 12 + Number(last.slice(5, 7) || 12) - 1;
    const step = [1, 2, 3, 6].find((s) => (m1 - m0) / s <= most - 1) ?? 12;
    for (let m = Math.ceil(m0 / step) * step; m <= m1; m += step) {
      const y = Math.floor(m / 12);
      const month = m % 12;
      const key = `${y}-${String(month + 1).padStart(2, '0')}`;
      keys.push({ key, label: month === 0 ? String(y) : periodLabel(key, true) });
    }
  }
  const out: Tick[] = [];
  for (const { key, label } of keys) {
    // The first bin at or after the tick's period, compared on the length both share ("2021" vs "2021-03").
    const i = bins.findIndex((b) => cmp(b.period, key) >= 0);
    if (i > 0 || (i === 0 && bins[0].period.startsWith(key))) out.push({ at: i / bins.length, label });
  }
  return out;
}

/** A tick placed on an axis `width` px wide: `end` when its label hangs to the left of its mark. */
export interface PlacedTick extends Tick {
  end: boolean;
}

/**
 * The ticks whose labels fit on an axis `width` px wide, each at least `gap` px from the last one kept; a label
 * that would run past the right edge hangs to the left of its mark. Label widths are estimated at `charPx` a
 * character (the axis's 12 px type), so a narrow panel keeps every other year rather than printing "20202025".
 */
export function placeTicks(ticks: readonly Tick[], width: number, charPx = 7.5, gap = 8): PlacedTick[] {
  const out: PlacedTick[] = [];
  let right = -Infinity;
  for (const t of ticks) {
    const x = t.at * width;
    const w = t.label.length * charPx + 4;
    const end = x + w > width;
    const left = end ? x - w : x;
    if (left < right + gap || left < 0) continue;
    out.push({ ...t, end });
    right = end ? x : x + w;
  }
  return out;
}

/** Each name's events per bin of `bins` (the chart's), for its lane: counts in the bins' order. */
export function laneCounts(events: readonly NewsEvent[], titles: readonly string[], bins: readonly Bin[]): Array<{ title: string; counts: number[] }> {
  if (!bins.length) return [];
  const length = bins[0].period.length;
  const index = new Map(bins.map((b, i) => [b.period, i]));
  return titles.map((title) => {
    const counts = new Array<number>(bins.length).fill(0);
    for (const e of events) {
      if (!e.entities.includes(title)) continue;
      const i = index.get(e.date.slice(0, length));
      if (i !== undefined) counts[i]++;
    }
    return { title, counts };
  });
}
