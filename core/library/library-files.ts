/**
 * The worker's data, split by when it is needed (docs/bench-history.md, "Worker: fixed"):
 *
 * - `library.bin` (the head): everything a hover card needs except the events' text — the entity table (names and
 *   each entity's event positions, most relevant first) and per-event columns (dates, entity ids, categories), in
 *   a binary file read into typed arrays (core/library/head-file.ts). An entity's first and last dates and its counts per
 *   year are derived from the dates when asked, not stored.
 * - `events-<k>.jsonl`: the events themselves in shards of `shardSize`, one event's JSON a line, fetched when one
 *   of them is shown (and all of them in the background after the first answer) and kept as text, each event parsed
 *   when it is shown (core/library/shard-lines.ts).
 * - `event-ids.json`: every event's id, for the lookups by id (an event's related events), not before a card.
 * - `vocabulary.json` and `search.bin`: the full-text part (the postings of FlexSearch's index, in a binary file
 *   read into typed arrays: core/library/search-file.ts), loaded on the first search or when the popup opens, never before
 *   a card.
 */
import type { IntColumn } from './binary-file';
import { canonicalCategory } from './categories';
import type { FieldPostings } from './search-index';
import { shardText } from './shard-lines';
import type { NewsEvent } from '../types';
import type { VocabularyData } from './vocabulary';

/** What the build computes, before it is split into files (also what tests and the CLI load whole). */
export interface DataPackage {
  meta: DataMeta;
  events: NewsEvent[];
  /** Events as positions in `events`, most relevant first. */
  entities: Array<{ title: string; aliases: string[]; events: number[] }>;
  vocabulary: VocabularyData;
  search: FieldPostings[];
}

export interface DataMeta {
  events: number;
  entities: number;
  first: string;
  last: string;
  builtAt: string;
}

/** Separates an entity's aliases in `LibraryHead.aliases` (names never hold a tab: the catalogue squashes spaces). */
export const ALIAS_SEP = '\t';

/** The head as the worker holds it: entity `i`'s columns at index `i`, event `p`'s at index `p`. */
export interface LibraryHead {
  meta: DataMeta;
  shardSize: number;
  shards: number;
  categoryNames: string[];
  titles: string[];
  /** Each entity's aliases joined by `ALIAS_SEP` ('' for none). */
  aliases: string[];
  /** Entity i's events (positions, most relevant first) are `entityEvents[entityEventStart[i]…entityEventStart[i+1])`. */
  entityEventStart: IntColumn;
  entityEvents: IntColumn;
  /** Every event's date, 10 characters each, in position order. */
  dates: string;
  /** Event p's entity ids are `eventEntities[eventEntityStart[p]…eventEntityStart[p+1])`. */
  eventEntityStart: IntColumn;
  eventEntities: IntColumn;
  /** Per event: 1 + index in `categoryNames`, or 0. */
  eventCategory: IntColumn;
}

export interface LibraryFiles {
  head: LibraryHead;
  /** Every event's id, joined by "\n", in position order. */
  ids: string;
  /** Each shard's events as JSON Lines (core/library/shard-lines.ts). */
  shards: string[];
  vocabulary: VocabularyData;
  search: FieldPostings[];
}

/** Where a Library gets the parts it loads lazily (fetch in the worker, memory in tests). */
export interface LibrarySource {
  /** Shard k's text: its events, one JSON a line. */
  shard(k: number): Promise<string>;
  /** `LibraryFiles.ids`. */
  ids(): Promise<string>;
  vocabulary(): Promise<VocabularyData>;
  /** The full-text postings, checked against the head's event count (`events`). */
  search(events: number): Promise<FieldPostings[]>;
  /** Lets other work run between steps of background work (the shard prefetch, the search's warm-up queries): a macrotask in the worker; none by default. */
  pause?(): Promise<void>;
}

export const fileNames = {
  head: 'library.bin',
  ids: 'event-ids.json',
  shard: (k: number) => `events-${k}.jsonl`,
  vocabulary: 'vocabulary.json',
  search: 'search.bin',
};

/** Events per shard: about 160 KB of JSON lines, so a card's first events come fast (shards of 100 timed the same). */
const SHARD_SIZE = 250;
/** The whole package → the files the extension ships. */
export function splitPackage(data: DataPackage, shardSize = SHARD_SIZE): LibraryFiles {
  const { events } = data;
  // The Library reads an entity's first and last date at its lowest and highest position (the build sorts events).
  events.forEach((e, i) => {
    if (i && e.date < events[i - 1].date) throw new Error(`events must be in date order: ${e.id} (${e.date}) follows ${events[i - 1].id} (${events[i - 1].date})`);
  });
  const entityId = new Map(data.entities.map((e, i) => [e.title, i]));
  const entityEventStart: number[] = [0];
  const entityEvents: number[] = [];
  for (const e of data.entities) {
    for (const p of e.events) entityEvents.push(p);
    entityEventStart.push(entityEvents.length);
    const odd = e.aliases.find((a) => !a || a.includes(ALIAS_SEP));
    if (odd !== undefined) throw new Error(`entity ${JSON.stringify(e.title)}: an alias is empty or holds a tab: ${JSON.stringify(odd)}`);
  }
  const eventEntityStart: number[] = [0];
  const eventEntities: number[] = [];
  const categoryNames: string[] = [];
  const categoryIndex = new Map<string, number>();
  const eventCategory: number[] = [];
  for (const e of events) {
    for (const t of e.entities) {
      const id = entityId.get(t);
      if (id !== undefined) eventEntities.push(id);
    }
    eventEntityStart.push(eventEntities.length);
    const c = canonicalCategory(e.category);
    if (c && !categoryIndex.has(c)) categoryIndex.set(c, categoryNames.push(c) - 1);
    eventCategory.push(c ? categoryIndex.get(c)! + 1 : 0);
  }
  const shards: string[] = [];
  for (let i = 0; i < events.length; i += shardSize) shards.push(shardText(events.slice(i, i + shardSize)));
  return {
    head: {
      meta: data.meta,
      shardSize,
      shards: shards.length,
      categoryNames,
      titles: data.entities.map((e) => e.title),
      aliases: data.entities.map((e) => e.aliases.join(ALIAS_SEP)),
      entityEventStart: Uint32Array.from(entityEventStart),
      entityEvents: Uint32Array.from(entityEvents),
      dates: events.map((e) => e.date.padEnd(10).slice(0, 10)).join(''),
      eventEntityStart: Uint32Array.from(eventEntityStart),
      eventEntities: Uint32Array.from(eventEntities),
      eventCategory: Uint32Array.from(eventCategory),
    },
    ids: events.map((e) => e.id).join('\n'),
    shards,
    vocabulary: data.vocabulary,
    search: data.search,
  };
}

/** Serves split files from memory (tests, the CLI, the Node benchmark). */
export function memorySource(files: LibraryFiles): LibrarySource {
  return {
    shard: async (k) => files.shards[k] ?? '',
    ids: async () => files.ids,
    vocabulary: async () => files.vocabulary,
    search: async () => files.search,
  };
}
