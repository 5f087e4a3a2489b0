import type { NewsEvent } from './types';

/** A name in the side panel's list. */
export interface ListedEntity {
  title: string;
  /** Mentions on the page; undefined for a name looked up from elsewhere. */
  mentions?: number;
  events: number;
}

/** How many of `events` name each entity. */
export function eventCounts(events: readonly NewsEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) for (const t of e.entities) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * The names to list, each with how many of `events` are about it: the names `lookedUp` from outside the page first
 * (one that is also on the page is listed there instead), then the page's own names, in the order given (the side panel's: by their weight on the page).
 */
export function listNames(events: readonly NewsEvent[], onPage: ReadonlyArray<{ title: string; mentions: number }>, lookedUp: readonly string[], counts = eventCounts(events)): ListedEntity[] {
  const pageTitles = new Set(onPage.map((e) => e.title));
  return [
    ...lookedUp.filter((t) => !pageTitles.has(t)).map((title) => ({ title, events: counts.get(title) ?? 0 })),
    ...onPage.map((e) => ({ title: e.title, mentions: e.mentions, events: counts.get(e.title) ?? 0 })),
  ];
}
