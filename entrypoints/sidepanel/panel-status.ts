import { spanLabel, type Span } from '../../core/timeline';
import type { NewsEvent } from '../../core/types';
import type { PageState } from './use-page';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

interface Shown {
  /** How many names the timeline is about (the page's and those looked up). */
  names: number;
  /** Their events; undefined while they are looked up. */
  events?: readonly NewsEvent[];
  /** How many events the timeline shows, within `span`. */
  shown: number;
  span?: Span;
}

/** The panel's status line: what it is waiting for, or what the timeline shows. */
export function panelStatus(page: PageState, { names, events, shown, span }: Shown): string {
  if (page.state === 'waiting') return 'Reading the page…';
  if (page.state === 'none') return page.reason;
  if (!names) return page.reading ? 'Reading the page…' : 'No names marked on this page.';
  if (events === undefined) return 'Looking up events…';
  return `${plural(shown, 'event')}${span ? ` in ${spanLabel(span)}` : ''} · ${plural(page.entities.length, 'name')} on this page${page.reading ? ' (still reading)' : ''}`;
}
