/**
 * How much an event weighs in the news, from what the data knows of it, for search to rank it among events that
 * match a query as well: whether it opens a story the portal then followed (the first days of a war, a disaster, a
 * crisis: the events readers name when they describe one), more so the longer the story ran; whether it tells a
 * turning point (an office won or left, a death, a verdict, a war begun); and the sources it cites (a big story is
 * reported by many). 0…255, in position order. Judged on the search set (docs/judgements/search-queries.md): 41% of
 * its relevant and defining events open a story of 3 events or more, against 8% of all events.
 */
import type { NewsEvent } from '../types';

/** Sources past this many add nothing more. */
const SOURCES_FULL = 6;
/** An event this many days or fewer after its story's first opens it. */
const OPENING_DAYS = 1;
/** A story of fewer events than this is one happening told once, not a story the portal followed. */
const STORY_MIN_EVENTS = 3;
/** A story of this many events or more weighs the most. */
const STORY_FULL = 100;
const SOURCES_SHARE = 0.25;
const OPENS_SHARE = 0.45;
const TURN_SHARE = 0.3;

/**
 * Words of a turning point in someone's or something's story: an office won or left, a war begun, a court's verdict.
 * Judged on the search set, 38% of its defining events say one, against 15% of all events.
 */
export const TURNING_POINT = new RegExp(
  '\\b(elected|re-?elected|sworn in|inaugurated|takes office|appointed|nominated|wins?|won|victory|defeats?|resign(s|ed)?|' +
    'resignation|steps down|ousted|overthrown|deposed|impeached|toppled|dies|died|death of|assassinated|executed|' +
    'arrested|sentenced|convicted|indicted|acquitted|invasion|invades?|annex\\w*|declares? war|offensive|coup)\\b',
  'i',
);

const DAY = 86_400_000;

/** A story told after the happening ("Aftermath of the 2010 Haiti earthquake", "Reactions to …"): its first day is not the happening's. */
const AFTER_THE_FACT = /^(aftermath|reactions?|international reactions?|responses?|investigations?|funerals?|trials?|legacy)\b/i;

/** A story heading as the portal's days write it, in one case ("2011 Libyan civil war" and "2011 Libyan Civil War" are one story). */
const storyKey = (title: string) => title.toLowerCase();

export function eventWeights(events: readonly NewsEvent[]): Uint8Array {
  // Every story in any chain: its first day and its number of events (events are in date order).
  const firstDay = new Map<string, number>();
  const size = new Map<string, number>();
  for (const e of events) {
    for (const title of e.topics) {
      const story = storyKey(title);
      if (!firstDay.has(story)) firstDay.set(story, Date.parse(e.date));
      size.set(story, (size.get(story) ?? 0) + 1);
    }
  }
  const storyWeight = (n: number) => Math.min(1, 0.4 + (0.6 * Math.log(n / STORY_MIN_EVENTS)) / Math.log(STORY_FULL / STORY_MIN_EVENTS));
  return Uint8Array.from(events, (e) => {
    const day = Date.parse(e.date);
    let opens = 0;
    for (const title of e.topics) {
      const story = storyKey(title);
      const n = size.get(story)!;
      if (n >= STORY_MIN_EVENTS && !AFTER_THE_FACT.test(title) && day - firstDay.get(story)! <= OPENING_DAYS * DAY) opens = Math.max(opens, storyWeight(n));
    }
    const sources = Math.log2(1 + Math.min(SOURCES_FULL, e.sources.length)) / Math.log2(1 + SOURCES_FULL);
    const turn = TURNING_POINT.test(e.text) ? 1 : 0;
    return Math.round(255 * Math.min(1, SOURCES_SHARE * sources + OPENS_SHARE * opens + TURN_SHARE * turn));
  });
}
