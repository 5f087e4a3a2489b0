import { useEffect } from 'preact/hooks';
import type { Zoom } from '../../core/timeline';
import type { TimelineState } from './use-timeline';

const ZOOM_KEYS: Record<string, Zoom> = { y: 'year', m: 'month', d: 'day' };

/** Keys anywhere in the panel (not while typing): y / m / d or + / − change the zoom, o flips the order, Escape shows all time. */
export function useTimelineKeys(timeline: TimelineState) {
  const { span } = timeline;
  useEffect(() => {
    const abort = new AbortController();
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).closest('input, textarea')) return;
        if (ZOOM_KEYS[e.key]) timeline.zoomTo(ZOOM_KEYS[e.key]);
        else if (e.key === '+' || e.key === '=') timeline.zoomBy(1);
        else if (e.key === '-') timeline.zoomBy(-1);
        else if (e.key === 'o') timeline.flipOrder();
        else if (e.key === 'Escape' && span) timeline.pickSpan(undefined);
      },
      { signal: abort.signal },
    );
    return () => abort.abort();
  }, [span]);
}
