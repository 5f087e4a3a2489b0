import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

export interface VirtualListHandle {
  /**
   * Scrolls the least needed to show the item at `index` whole, or (`top`) puts it at the top of the view and keeps
   * it there while the items above it are measured, until the reader scrolls.
   */
  reveal(index: number, top?: boolean): void;
  /** The rendered element of the item at `index`, if it is in the window. */
  element(index: number): HTMLElement | undefined;
}

interface VirtualListProps<T> {
  items: readonly T[];
  itemKey(item: T): string;
  /** A guess of an item's height in px before it is measured. */
  estimate(item: T): number;
  render(item: T, index: number): ComponentChildren;
  /** Pixels rendered beyond each edge of the view. */
  overscan?: number;
  handle?: { current: VirtualListHandle | null };
  class?: string;
  /** Attributes for the scrolling element (role, label, key handler). */
  rootProps?: Record<string, unknown>;
}

/**
 * A windowed list: only the items in (and near) the view are in the DOM, absolutely placed from measured
 * heights (estimated until measured, one ResizeObserver for all). Thousands of items stay smooth.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, itemKey, estimate, overscan = 600 } = props;
  const root = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const [measured, setMeasured] = useState(0);
  const heights = useRef(new Map<string, number>());
  const elements = useRef(new Map<number, HTMLElement>());
  const observer = useRef<ResizeObserver>();
  /** The key of the item kept at the top of the view (`reveal(i, true)`), until the reader scrolls or the items change. */
  const pinned = useRef<string>();
  const pinnedItems = useRef<readonly T[]>();

  const offsets = useMemo(() => {
    const out = new Float64Array(items.length + 1);
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i] + (heights.current.get(itemKey(items[i])) ?? estimate(items[i]));
    return out;
    // `measured` changes when a height does.
  }, [items, measured]);

  const first = Math.max(0, upperBound(offsets, view.top - overscan) - 1);
  const last = Math.min(items.length, upperBound(offsets, view.top + view.height + overscan));

  useEffect(() => {
    const el = root.current!;
    const abort = new AbortController();
    const update = () => setView({ top: el.scrollTop, height: el.clientHeight });
    el.addEventListener('scroll', update, { passive: true, signal: abort.signal });
    // The reader's own scrolling ends a pin.
    for (const type of ['wheel', 'pointerdown', 'keydown', 'touchstart']) el.addEventListener(type, () => (pinned.current = undefined), { passive: true, signal: abort.signal });
    const rootObserver = new ResizeObserver(update);
    rootObserver.observe(el);
    observer.current = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const target = entry.target as HTMLElement;
        const key = target.dataset.vkey!;
        const h = target.offsetHeight;
        if (h && heights.current.get(key) !== h) {
          heights.current.set(key, h);
          changed = true;
        }
      }
      if (changed) setMeasured((n) => n + 1);
    });
    update();
    return () => {
      abort.abort();
      rootObserver.disconnect();
      observer.current?.disconnect();
    };
  }, []);

  // A pinned item stays at the top as the heights above it are measured.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    // A shorter list may have clamped the scroll without a scroll event: the window follows where the view is.
    if (el.scrollTop !== view.top || el.clientHeight !== view.height) setView({ top: el.scrollTop, height: el.clientHeight });
    if (pinned.current === undefined) return;
    if (pinnedItems.current !== items) {
      pinned.current = undefined; // another list (a name ticked): the reader's view is theirs
      return;
    }
    const i = items.findIndex((item) => itemKey(item) === pinned.current);
    if (i < 0 || Math.abs(el.scrollTop - offsets[i]) < 1) return;
    el.scrollTop = offsets[i];
    setView({ top: el.scrollTop, height: el.clientHeight });
  }, [offsets]);

  useLayoutEffect(() => {
    if (props.handle)
      props.handle.current = {
        reveal(index, atTop = false) {
          const el = root.current;
          if (!el || index < 0 || index >= items.length) return;
          pinned.current = atTop ? itemKey(items[index]) : undefined;
          pinnedItems.current = items;
          const top = offsets[index];
          const bottom = offsets[index + 1];
          if (atTop || top < el.scrollTop) el.scrollTop = top;
          else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
          setView({ top: el.scrollTop, height: el.clientHeight });
        },
        element: (index) => elements.current.get(index),
      };
  });

  const ref = (index: number) => (el: HTMLElement | null) => {
    const previous = elements.current.get(index);
    if (previous === el) return;
    if (previous) observer.current?.unobserve(previous);
    if (el) {
      elements.current.set(index, el);
      observer.current?.observe(el);
    } else elements.current.delete(index);
  };

  const rows = [];
  for (let i = first; i < last; i++) {
    const key = itemKey(items[i]);
    rows.push(
      <div key={key} ref={ref(i)} data-vkey={key} class="vrow" style={{ position: 'absolute', left: 0, right: 0, top: `${offsets[i]}px` }}>
        {props.render(items[i], i)}
      </div>,
    );
  }
  return (
    <div ref={root} class={props.class} style={{ overflowY: 'auto', position: 'relative', contain: 'strict' }} {...props.rootProps}>
      <div style={{ height: `${offsets[items.length]}px`, position: 'relative' }}>{rows}</div>
    </div>
  );
}

/** The first index whose offset is greater than `y`. */
function upperBound(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
