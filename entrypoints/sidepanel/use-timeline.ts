import { useMemo, useState } from 'preact/hooks';
import { withGaps, type Coverage } from '../../core/library/coverage';
import { buildRows, density, gapRuns, inSpan, laneCounts, stepZoom, type Order, type Span, type Zoom } from '../../core/timeline';
import type { NewsEvent } from '../../core/types';

export type TimelineState = ReturnType<typeof useTimeline>;

/** Lanes drawn at most: more would push the feed off the panel. */
const MAX_LANES = 6;

/**
 * How the events are shown: those about the `selected` names (all, when none is), within the period picked, at a
 * zoom, in an order, with the dense periods the reader opened or closed; as density bins and as the feed's rows.
 * The periods the data has nothing for (`coverage`, once known) are marked in both, apart from quiet ones.
 */
export function useTimeline(events: NewsEvent[] | undefined, selected: ReadonlySet<string>, published: string | undefined, coverage: Coverage | undefined) {
  const [span, setSpan] = useState<Span>();
  const [zoom, setZoom] = useState<Zoom>('month');
  const [order, setOrder] = useState<Order>('newest');
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [lanesOn, setLanesOn] = useState(false);

  const all = events ?? [];
  const chosen = useMemo(() => (selected.size ? all.filter((e) => e.entities.some((t) => selected.has(t))) : all), [events, selected]);
  const shown = useMemo(() => chosen.filter((e) => inSpan(e.date, span)), [chosen, span]);
  const bins = useMemo(() => (coverage ? withGaps(density(chosen, zoom), coverage) : density(chosen, zoom)), [chosen, zoom, coverage]);
  const rows = useMemo(() => buildRows(shown, { zoom, order, published, toggled, gaps: gapRuns(bins) }), [shown, zoom, order, published, toggled, bins]);
  /** One lane per ticked name (up to MAX_LANES) under the chart: when each was in the news. */
  const laneTitles = [...selected].slice(0, MAX_LANES);
  const lanes = useMemo(() => (lanesOn && laneTitles.length > 1 ? laneCounts(chosen, laneTitles, bins) : []), [lanesOn, chosen, bins, laneTitles.join('\n')]);

  return {
    /** Whether the names have any events at all (before narrowing). */
    hasEvents: all.length > 0,
    span,
    zoom,
    order,
    /** The names the events are narrowed to, one key ('' for every name): other names are another feed. */
    names: [...selected].sort().join('\n'),
    shown,
    bins,
    rows,
    lanes,
    /** Lanes can be drawn: two names or more are ticked. */
    canLane: laneTitles.length > 1,
    lanesOn,
    flipLanes: () => setLanesOn((on) => !on),
    pickSpan: setSpan,
    zoomTo: (z: Zoom) => setZoom(z),
    zoomBy: (by: 1 | -1) => setZoom((z) => stepZoom(z, by)),
    flipOrder: () => setOrder((o) => (o === 'newest' ? 'oldest' : 'newest')),
    /** The reader opens (or folds) a period: kept so, wherever the feed opens. */
    toggleGroup: (key: string, open: boolean) => setToggled((s) => new Map(s).set(key, open)),
    reset: () => {
      setSpan(undefined);
      setToggled(new Map());
    },
  };
}
