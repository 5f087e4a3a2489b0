/**
 * The entities of events that came without links (the portal's day files): what the catalogue, learnt from the
 * linked events, finds in their sentence and story chain, by the same rules a page's text is marked with (a weak
 * name needs its entity named strongly in the same event), and the story titles the catalogue knows. Each entity's
 * events are then ranked again, these included.
 */
import type { Catalogue } from './catalogue';
import { mostEventful } from './catalogue/entities';
import { compileMatcher } from './compile-matcher';
import { isDayRecordId } from './day-records';
import { rankEntityEvents } from './event-order';
import { markPage } from '../names/marks';
import { Matcher } from '../names/matcher';
import type { NewsEvent } from '../types';

export function nameUnlinkedEvents(events: NewsEvent[], catalogue: Catalogue): void {
  const unlinked = events.filter((e) => isDayRecordId(e.id));
  if (!unlinked.length) return;
  const matcher = new Matcher(compileMatcher(catalogue));
  for (const event of unlinked) {
    // Its stories are its entities already (core/build/corpus/merged-events.ts).
    const found = new Set<string>(event.entities);
    for (const marks of markPage(matcher, [...event.topics, event.text], { siteLabel: '' })) for (const m of marks) found.add(m.title);
    event.entities = [...found];
  }
  const ranked = rankEntityEvents(events);
  for (const entry of catalogue.entities) entry.events = ranked.get(entry.title) ?? [];
  catalogue.entities.sort(mostEventful);
}
