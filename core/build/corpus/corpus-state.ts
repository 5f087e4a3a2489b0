import type { Mention, Parsed, Sighting } from '../records';
import { UnionFind } from '../union-find';
import type { StoryRenames } from './story-renames';
import type { NewsEvent, Problem } from '../../types';

/** What the corpus passes (build-corpus.ts) read and fill in, in order. */
export interface CorpusState {
  sightings: Sighting[];
  /** Related sightings, as indexes into `sightings`. */
  links: Array<[number, number]>;
  problems: Problem[];
  /** Each sighting's story names and sentence, a headline being split with what the whole corpus knows. */
  split: Array<{ topics: string[]; text: string }>;
  /** Each sighting's sentence key. */
  keys: string[];
  /** Each sighting's whole-headline key: a prefix left unsplit is still on it. */
  fullKeys: string[];
  /** Sightings of one event. */
  sets: UnionFind;
  events: NewsEvent[];
  /** Parallel to `events`: every link seen on that event. */
  mentions: Mention[][];
  /** Each sighting's index in `events`. */
  eventOf: number[];
  /** Story names the linked corpus and the day files write differently for the same events (corpus/story-renames.ts). */
  renames: StoryRenames;
}

/** Every parser's sightings in one list, their links and problems with them. */
export function gatherSightings(parsed: Parsed[]): CorpusState {
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
  return { sightings, links, problems, split: [], keys: [], fullKeys: [], sets: new UnionFind(sightings.length), events: [], mentions: [], eventOf: [], renames: { pairs: new Map(), seen: new Map() } };
}
