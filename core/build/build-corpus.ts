import type { Mention, Parsed, Sighting } from './records';
import { leadingSegment, splitHeadline } from './story-prefix';
import { UnionFind } from './union-find';
import { hash32, sentenceKey, stripQualifier } from '../text';
import type { NewsEvent, Problem, Source } from '../types';

/** Events with the raw links they carry, before the catalogue canonicalises entity titles. */
export interface MergedCorpus {
  events: NewsEvent[];
  /** Parallel to `events`: every link seen on that event, the raw material of aliases. */
  mentions: Mention[][];
  problems: Problem[];
}

/** Story names the data knows: stories of the JSONL chains, entity titles, and page prefixes seen twice or more. */
function knownTopics(sightings: Sighting[]): (s: string) => boolean {
  const known = new Set<string>();
  const add = (s: string) => {
    known.add(sentenceKey(s));
    known.add(sentenceKey(stripQualifier(s)));
  };
  const leading = new Map<string, Set<string>>();
  for (const s of sightings) {
    s.topics?.forEach(add);
    s.entities.forEach(add);
    if (s.headline) {
      const seg = leadingSegment(s.headline);
      if (seg && seg.split(' ').length <= 10) {
        const k = sentenceKey(seg);
        if (!leading.has(k)) leading.set(k, new Set());
        leading.get(k)!.add(sentenceKey(s.headline));
      }
    }
  }
  for (const [k, heads] of leading) if (heads.size >= 2) known.add(k);
  known.delete('');
  return (s) => known.has(sentenceKey(s));
}

const MIN_SUFFIX_KEY = 24;

/**
 * Merges every sighting of the same event into one event with the union of what is known of it.
 * Same event: same date and same sentence (whatever its story prefix, punctuation or mangling),
 * or the same explicit id. Two different explicit ids are never merged.
 */
export function buildCorpus(parsed: Parsed[]): MergedCorpus {
  const sightings: Sighting[] = [];
  const links: Array<[number, number]> = [];
  const problems: Problem[] = [];
  for (const p of parsed) {
    const base = sightings.length;
    // One by one: spreading a file of 100,000+ sightings into push() overflows the stack.
    for (const s of p.sightings) sightings.push(s);
    for (const [a, b] of p.links) links.push([a + base, b + base]);
    for (const q of p.problems) problems.push(q);
  }

  const known = knownTopics(sightings);
  const split = sightings.map((s) => (s.headline !== undefined ? splitHeadline(s.headline, known) : { topics: s.topics ?? [], text: s.text ?? '' }));
  const keys = split.map((s) => sentenceKey(s.text));
  const fullKeys = sightings.map((s, i) => (s.headline !== undefined ? sentenceKey(s.headline) : keys[i]));
  const uf = new UnionFind(sightings.length);

  // Pass 1: exact key (date + sentence) and explicit ids.
  const byKey = new Map<string, number>();
  const byId = new Map<string, number>();
  sightings.forEach((s, i) => {
    if (s.id) {
      const prev = byId.get(s.id);
      if (prev !== undefined) uf.union(prev, i);
      else byId.set(s.id, i);
    }
  });
  sightings.forEach((s, i) => {
    const key = `${s.date}|${keys[i]}`;
    const prev = byKey.get(key);
    if (prev === undefined) return void byKey.set(key, i);
    const [ia, ib] = [sightings[uf.find(prev)].id, sightings[uf.find(i)].id];
    if (ia && ib && ia !== ib) return;
    uf.union(prev, i);
  });

  // Pass 2: a sentence that ends another sentence of the same day is the same event under a prefix we did not split.
  const byDate = new Map<string, number[]>();
  sightings.forEach((s, i) => {
    if (uf.find(i) !== i) return;
    (byDate.get(s.date) ?? byDate.set(s.date, []).get(s.date)!).push(i);
  });
  for (const roots of byDate.values()) {
    if (roots.length < 2) continue;
    for (const a of roots) {
      for (const b of roots) {
        if (a === b || keys[b].length < MIN_SUFFIX_KEY || keys[a].length <= keys[b].length) continue;
        const [ia, ib] = [sightings[uf.find(a)].id, sightings[uf.find(b)].id];
        if (ia && ib && ia !== ib) continue;
        if (fullKeys[a].endsWith(keys[b])) uf.union(a, b);
      }
    }
  }

  // Build one event per group.
  const groups = new Map<number, number[]>();
  sightings.forEach((_, i) => {
    const r = uf.find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(i);
  });
  const eventOfGroup = new Map<number, number>();
  const events: NewsEvent[] = [];
  const mentions: Mention[][] = [];
  for (const [root, members] of groups) {
    const withId = members.find((i) => sightings[i].id);
    const textFrom = withId ?? members.reduce((best, i) => (split[i].text.length < split[best].text.length ? i : best));
    const text = split[textFrom].text;
    const date = sightings[root].date;
    const topics: string[] = [];
    const chains = members.map((i) => split[i].topics).sort((x, y) => y.length - x.length);
    for (const chain of chains) for (const t of chain) if (!topics.includes(t)) topics.push(t);
    const sources: Source[] = [];
    const entities: string[] = [];
    const ms: Mention[] = [];
    let summary: string | undefined;
    let category: string | undefined;
    let image: string | undefined;
    for (const i of members) {
      const s = sightings[i];
      for (const src of s.sources) if (!sources.some((x) => x.url === src.url)) sources.push(src);
      for (const e of s.entities) if (!entities.includes(e)) entities.push(e);
      ms.push(...s.mentions, ...s.entities.map((title) => ({ title, surface: title })));
      if (s.summary && (!summary || s.summary.length > summary.length)) summary = s.summary;
      category ??= s.category;
      image ??= s.image;
    }
    const id = sightings[withId ?? root].id ?? `${date}-${hash32(keys[textFrom])}`;
    eventOfGroup.set(root, events.length);
    const ev: NewsEvent = { id, date, topics, text, sources, entities, related: [] };
    if (summary) ev.summary = summary;
    if (category) ev.category = category;
    if (image) ev.image = image;
    events.push(ev);
    mentions.push(ms);
  }

  // Related, both ways.
  const related = events.map(() => new Set<string>());
  for (const [a, b] of links) {
    const [ea, eb] = [eventOfGroup.get(uf.find(a))!, eventOfGroup.get(uf.find(b))!];
    if (ea === eb) continue;
    related[ea].add(events[eb].id);
    related[eb].add(events[ea].id);
  }
  events.forEach((e, i) => (e.related = [...related[i]]));

  const order = events.map((_, i) => i).sort((x, y) => (events[x].date < events[y].date ? -1 : events[x].date > events[y].date ? 1 : events[x].id < events[y].id ? -1 : events[x].id > events[y].id ? 1 : 0));
  return { events: order.map((i) => events[i]), mentions: order.map((i) => mentions[i]), problems };
}
