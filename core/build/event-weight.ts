/**
 * How much an event weighs in the news, from what the data knows of it, for search to rank it among events that
 * match a query as well: the sources it cites (a big story is reported by many) and whether it begins a story the
 * portal followed for several events (the day a war, a disaster or a crisis began). 0…255, in position order.
 */
import type { NewsEvent } from '../types';

/** Sources past this many add nothing more. */
const SOURCES_FULL = 6;
/** A story followed for at least this many events makes its first event a beginning. */
const STORY_MIN_EVENTS = 3;
const SOURCES_SHARE = 0.6;
const BEGINS_SHARE = 0.4;

export function eventWeights(events: readonly NewsEvent[]): Uint8Array {
  // Each innermost story's first event (events are in date order) and its number of events.
  const firstOf = new Map<string, number>();
  const size = new Map<string, number>();
  events.forEach((e, p) => {
    const story = e.topics[e.topics.length - 1];
    if (!story) return;
    if (!firstOf.has(story)) firstOf.set(story, p);
    size.set(story, (size.get(story) ?? 0) + 1);
  });
  return Uint8Array.from(events, (e, p) => {
    const story = e.topics[e.topics.length - 1];
    const begins = story !== undefined && firstOf.get(story) === p && size.get(story)! >= STORY_MIN_EVENTS;
    const sources = Math.log2(1 + Math.min(SOURCES_FULL, e.sources.length)) / Math.log2(1 + SOURCES_FULL);
    return Math.round(255 * (SOURCES_SHARE * sources + (begins ? BEGINS_SHARE : 0)));
  });
}
