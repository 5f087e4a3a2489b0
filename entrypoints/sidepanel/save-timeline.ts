import { sortEvents, type Order, type Span } from '../../core/timeline';
import { timelineCsv, timelineJson } from '../../core/timeline-export';
import type { NewsEvent } from '../../core/types';
import { download } from './download';

export type Format = 'csv' | 'json';

/** The timeline as the reader sees it. */
interface ShownTimeline {
  events: readonly NewsEvent[];
  order: Order;
  span?: Span;
  /** The names the events were chosen by. */
  names: string[];
  /** The article's publication day. */
  published?: string;
}

const fileName = (format: Format) => `backstory-timeline-${new Date().toISOString().slice(0, 10)}.${format}`;

/** Saves the timeline's events in its order: as CSV, or as JSON with the filter that chose them. */
export function saveTimeline(format: Format, { events, order, span, names, published }: ShownTimeline): void {
  const sorted = sortEvents(events, order);
  if (format === 'csv') download(fileName('csv'), 'text/csv;charset=utf-8', timelineCsv(sorted, published));
  else download(fileName('json'), 'application/json', timelineJson(sorted, { page: { published }, filter: { entities: names, from: span?.from, to: span?.to } }));
}
