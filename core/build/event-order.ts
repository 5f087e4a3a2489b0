import { sentenceKey, stripQualifier } from '../text';
import type { NewsEvent } from '../types';

/**
 * How much an event is about an entity, for display. Hub entities occur in thousands of events,
 * so recency alone would bury what matters: an event ranks higher when the entity is its story,
 * when the entity is named in its sentence, and when it involves few other entities.
 */
export function aboutness(event: NewsEvent, title: string, textKey = sentenceKey(event.text)): number {
  const key = sentenceKey(stripQualifier(title));
  let score = 1 / Math.max(1, event.entities.length);
  if (event.topics.length && sentenceKey(event.topics[event.topics.length - 1]) === key) score += 2;
  else if (event.topics.some((t) => sentenceKey(t) === key)) score += 1;
  if (textKey.includes(key)) score += 1.5;
  return score;
}

/** A small bonus for newer events: up to 0.5 across the corpus's span. */
export function recency(date: string, first: string, last: string): number {
  const t = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  const span = t(last) - t(first);
  return span > 0 ? (0.5 * (t(date) - t(first))) / span : 0;
}

/** Entity title → its event ids, most relevant first. */
export function rankEntityEvents(events: NewsEvent[]): Map<string, string[]> {
  const scored = new Map<string, Array<[number, string, string]>>();
  const first = events.reduce((m, e) => (e.date < m ? e.date : m), events[0]?.date ?? '');
  const last = events.reduce((m, e) => (e.date > m ? e.date : m), events[0]?.date ?? '');
  for (const e of events) {
    const r = recency(e.date, first, last);
    const textKey = sentenceKey(e.text);
    for (const t of e.entities) {
      (scored.get(t) ?? scored.set(t, []).get(t)!).push([aboutness(e, t, textKey) + r, e.date, e.id]);
    }
  }
  const out = new Map<string, string[]>();
  for (const [t, list] of scored) {
    list.sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
    out.set(t, list.map((x) => x[2]));
  }
  return out;
}
