/**
 * The worker's data, split by when it is needed (docs/bench-history.md, "Worker: fixed"):
 *
 * - `library.bin` (the head): everything a hover card needs except the events' text — the entity table (names and
 *   each entity's event positions, most relevant first) and per-event columns (dates, entity ids, categories), in
 *   a binary file read into typed arrays (core/library/head-file.ts). An entity's first and last dates and its counts per
 *   year are derived from the dates when asked, not stored.
 * - `events-<k>.jsonl`: the events themselves in shards of `shardSize`, one event's JSON a line (less what the head
 *   holds: its date, entities and category), fetched when one of them is shown (and all of them in the background
 *   after the first answer) and kept as text, each event parsed when it is shown (core/library/shard-lines.ts).
 * - `event-ids.json`: every event's id, for the lookups by id (an event's related events), not before a card.
 * - `vocabulary.json` and `search.bin`: the full-text part (the postings of FlexSearch's index, packed in a binary
 *   file and unpacked into typed arrays: core/library/search-file.ts), loaded on the first search or when the popup opens, never before
 *   a card.
 */
import type { IntColumn } from './binary-file';
import type { Coverage } from './coverage';
import type { FieldPostings } from './search-index';
import type { NewsEvent } from '../types';
import type { VocabularyData } from './vocabulary';

/** What the build computes, before core/build/split-package.ts splits it into files (also what tests and the CLI load whole). */
export interface DataPackage {
  meta: DataMeta;
  events: NewsEvent[];
  /** Events as positions in `events`, most relevant first. */
  entities: Array<{ title: string; aliases: string[]; events: number[] }>;
  /** Names with several senses, each with its senses and their uses, the marked one first (core/library/senses.ts). */
  senses?: Array<[string, Array<[string, number]>]>;
  vocabulary: VocabularyData;
  search: FieldPostings[];
}

/** What the data holds: its counts, its span and the months in it with no events (core/library/coverage.ts), its build time. */
export interface DataMeta extends Coverage {
  events: number;
  entities: number;
  builtAt: string;
}

/** Event p's date in the head's `dates` column. */
export const dateAt = (dates: string, p: number): string => dates.slice(10 * p, 10 * p + 10).trimEnd();

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
  /** Each entity's one line of who or what it is, from the data ('' for none): core/build/entity-roles.ts. */
  descriptions: string[];
  /** The names with several senses, encoded by core/library/senses.ts ('' for none). */
  senses: string;
  /** Entity i's events (positions, most relevant first) are `entityEvents[entityEventStart[i]…entityEventStart[i+1])`. */
  entityEventStart: IntColumn;
  entityEvents: IntColumn;
  /** Every event's date, 10 characters each (padded with spaces), in position order: read with `dateAt`. */
  dates: string;
  /** Event p's entity ids are `eventEntities[eventEntityStart[p]…eventEntityStart[p+1])`. */
  eventEntityStart: IntColumn;
  eventEntities: IntColumn;
  /** Per event: 1 + index in `categoryNames`, or 0. */
  eventCategory: IntColumn;
  /** Per event: how much it weighs in the news, 0…255 (core/build/event-weight.ts), a signal of search's ranking. */
  eventWeight: IntColumn;
  /** 1 + the entity whose turning point event p tells ("Hosni Mubarak resigns"), 0 for none (core/build/turning-subjects.ts). */
  eventTurn: IntColumn;
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

/** Serves split files from memory (tests, the CLI, the Node benchmark). */
export function memorySource(files: LibraryFiles): LibrarySource {
  return {
    shard: async (k) => files.shards[k] ?? '',
    ids: async () => files.ids,
    vocabulary: async () => files.vocabulary,
    search: async () => files.search,
  };
}
