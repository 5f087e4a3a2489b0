import type { Mention } from '../records';
import { hash32 } from '../../text';
import type { NewsEvent, Source } from '../../types';
import type { CorpusState } from './corpus-state';
import { noteChains } from './story-renames';

/** One event from a set of sightings (its smallest index first): the union of what they know of it. */
function mergeSet(state: CorpusState, members: number[]): { event: NewsEvent; mentions: Mention[] } {
  const { sightings, split, keys } = state;
  const root = members[0];
  // A linked sighting speaks for the event; a day file's adds only what the linked ones lack.
  const linked = members.filter((i) => !sightings[i].unlinked);
  const told = (has: (i: number) => boolean) => (linked.some(has) ? linked : members);
  const withId = linked.find((i) => sightings[i].id) ?? members.find((i) => sightings[i].id);
  const textFrom = withId ?? members.reduce((best, i) => (split[i].text.length < split[best].text.length ? i : best));
  const text = split[textFrom].text;
  const date = sightings[root].date;
  const topics: string[] = [];
  const chains = told((i) => split[i].topics.length > 0).map((i) => split[i].topics).sort((x, y) => y.length - x.length);
  const dayFile = members.find((i) => sightings[i].unlinked && split[i].topics.length);
  const linkedChain = linked.find((i) => split[i].topics.length);
  if (dayFile !== undefined && linkedChain !== undefined) noteChains(state.renames, split[linkedChain].topics, split[dayFile].topics);
  for (const chain of chains) for (const t of chain) if (!topics.includes(t)) topics.push(t);
  const sources: Source[] = [];
  const entities: string[] = [];
  const mentions: Mention[] = [];
  let summary: string | undefined;
  let category: string | undefined;
  let image: string | undefined;
  const cited = told((i) => sightings[i].sources.length > 0);
  for (const i of members) {
    const s = sightings[i];
    if (cited.includes(i)) for (const src of s.sources) if (!sources.some((x) => x.url === src.url && (src.url !== '' || x.name === src.name))) sources.push(src);
    for (const e of s.entities) if (!entities.includes(e)) entities.push(e);
    mentions.push(...s.mentions, ...s.entities.map((title) => ({ title, surface: title })));
    if (s.summary && (!summary || s.summary.length > summary.length)) summary = s.summary;
    category ??= s.category;
    image ??= s.image;
  }
  // A story heading is Wikipedia's exact title of the story: for an event no linked sighting speaks for, each of its
  // stories names an entity, as a link to it would.
  if (!linked.length) for (const t of topics) if (!mentions.some((m) => m.title === t)) mentions.push({ title: t, surface: t, heading: true });
  const id = sightings[withId ?? root].id ?? `${date}-${hash32(keys[textFrom])}`;
  const event: NewsEvent = { id, date, topics, text, sources, entities, related: [] };
  if (summary) event.summary = summary;
  if (category) event.category = category;
  if (image) event.image = image;
  return { event, mentions };
}

/** One event per set of sightings. */
export function mergeEvents(state: CorpusState): void {
  for (const members of state.sets.sets()) {
    const { event, mentions } = mergeSet(state, members);
    for (const i of members) state.eventOf[i] = state.events.length;
    state.events.push(event);
    state.mentions.push(mentions);
  }
}

/** Related events, both ways, from the links between their sightings. */
export function relateEvents({ links, events, eventOf }: CorpusState): void {
  const related = events.map(() => new Set<string>());
  for (const [a, b] of links) {
    const [ea, eb] = [eventOf[a], eventOf[b]];
    if (ea === eb) continue;
    related[ea].add(events[eb].id);
    related[eb].add(events[ea].id);
  }
  events.forEach((e, i) => (e.related = [...related[i]]));
}

/** Events by date, then id; their mentions with them. */
export function sortEvents(state: CorpusState): void {
  const { events, mentions } = state;
  const order = events.map((_, i) => i).sort((x, y) => (events[x].date < events[y].date ? -1 : events[x].date > events[y].date ? 1 : events[x].id < events[y].id ? -1 : events[x].id > events[y].id ? 1 : 0));
  state.events = order.map((i) => events[i]);
  state.mentions = order.map((i) => mentions[i]);
}
