/**
 * The worker's data, split by when it is needed (docs/bench.md, "What limits"):
 *
 * - `library.json` (the head): everything a hover card needs except the events' text — the entity table with each
 *   entity's ranked event positions, first/last dates and per-year counts precomputed, and per-event columns
 *   (dates, entity ids, categories, ids) as packed strings that parse as one string each.
 * - `events-<k>.json`: the events themselves in shards of `shardSize`, fetched when one of them is shown (and all of
  them in the background after the first answer).
 * - `vocabulary.json` and `search-<k>.json`: the full-text part (FlexSearch index in small chunks, files under
 *   4 MB), loaded on the first search or when the popup opens, never before a card.
 */
import { canonicalCategory } from './categories';
import { packInts } from './packed-ints';
import type { NewsEvent } from './types';
import type { VocabularyData } from './vocabulary';

/** What the build computes, before it is split into files (also what tests and the CLI load whole). */
export interface DataPackage {
  meta: DataMeta;
  events: NewsEvent[];
  /** Events as positions in `events`, most relevant first. */
  entities: Array<{ title: string; aliases: string[]; events: number[] }>;
  vocabulary: VocabularyData;
  index: Record<string, string>;
}

export interface DataMeta {
  events: number;
  entities: number;
  first: string;
  last: string;
  builtAt: string;
}

/** One entity: title, aliases, packed event positions (most relevant first), first and last date, packed counts per year from the first year to the last. */
export type EntityRow = [title: string, aliases: string[], events: string, first: string, last: string, years: string];

export interface LibraryHead {
  meta: DataMeta;
  shardSize: number;
  shards: number;
  searchFiles: number;
  entities: EntityRow[];
  /** Every event's date, 10 characters each, in position order. */
  dates: string;
  /** Every event's id, joined by "\n". */
  ids: string;
  /** Event i's entity ids (positions in `entities`) are packed `eventEntities[start[i]…start[i+1])`. */
  eventEntityStart: string;
  eventEntities: string;
  categoryNames: string[];
  /** Packed per event: 1 + index in `categoryNames`, or 0. */
  eventCategory: string;
}

/** One chunk of the FlexSearch export: its key and a JSON piece small enough to import in one short task. */
export type IndexChunk = [key: string, data: string];

export interface LibraryFiles {
  head: LibraryHead;
  shards: NewsEvent[][];
  vocabulary: VocabularyData;
  search: IndexChunk[][];
}

/** Where a Library gets the parts it loads lazily (fetch in the worker, memory in tests). */
export interface LibrarySource {
  shard(k: number): Promise<NewsEvent[]>;
  vocabulary(): Promise<VocabularyData>;
  searchFile(k: number): Promise<IndexChunk[]>;
  /** Lets other work run between index chunks (a macrotask in the worker); none by default. */
  pause?(): Promise<void>;
}

export const fileNames = {
  head: 'library.json',
  shard: (k: number) => `events-${k}.json`,
  vocabulary: 'vocabulary.json',
  search: (k: number) => `search-${k}.json`,
};

/** Events per shard: about 160 KB of JSON, 1–2 ms to parse, so a card's first events come fast. */
const SHARD_SIZE = 250;
/** Characters of JSON per index chunk (a few ms to import) and per search file (under web-ext's 4 MB limit). */
const CHUNK_CHARS = 120_000;
const FILE_CHARS = 3_000_000;

/** Re-chunks FlexSearch's export so that no import is a long task (map entries merge on import). */
function chunkIndex(index: Record<string, string>): IndexChunk[] {
  const out: IndexChunk[] = [];
  for (const [key, data] of Object.entries(index)) {
    if (!key.endsWith('.map') || data.length <= CHUNK_CHARS) {
      out.push([key, data]);
      continue;
    }
    let piece: string[] = [];
    let size = 0;
    for (const entry of JSON.parse(data) as unknown[]) {
      const json = JSON.stringify(entry);
      if (size + json.length > CHUNK_CHARS && piece.length) {
        out.push([key, `[${piece.join(',')}]`]);
        piece = [];
        size = 0;
      }
      piece.push(json);
      size += json.length + 1;
    }
    if (piece.length) out.push([key, `[${piece.join(',')}]`]);
  }
  return out;
}

function groupFiles(chunks: IndexChunk[]): IndexChunk[][] {
  const files: IndexChunk[][] = [[]];
  let size = 0;
  for (const c of chunks) {
    if (size + c[1].length > FILE_CHARS && files[files.length - 1].length) {
      files.push([]);
      size = 0;
    }
    files[files.length - 1].push(c);
    size += c[1].length;
  }
  return files;
}

/** The whole package → the files the extension ships. */
export function splitPackage(data: DataPackage, shardSize = SHARD_SIZE): LibraryFiles {
  const { events } = data;
  const entityId = new Map(data.entities.map((e, i) => [e.title, i]));
  const entities: EntityRow[] = data.entities.map((e) => {
    const dates = e.events.map((p) => events[p].date).sort();
    const first = dates[0] ?? '';
    const last = dates[dates.length - 1] ?? '';
    const years: number[] = [];
    if (first) {
      const y0 = Number(first.slice(0, 4));
      for (let y = y0; y <= Number(last.slice(0, 4)); y++) years.push(0);
      for (const d of dates) years[Number(d.slice(0, 4)) - y0]++;
    }
    return [e.title, e.aliases, packInts(e.events), first, last, packInts(years)];
  });
  const start: number[] = [0];
  const ids: number[] = [];
  const categoryNames: string[] = [];
  const categoryIndex = new Map<string, number>();
  const eventCategory: number[] = [];
  for (const e of events) {
    for (const t of e.entities) {
      const id = entityId.get(t);
      if (id !== undefined) ids.push(id);
    }
    start.push(ids.length);
    const c = canonicalCategory(e.category);
    if (c && !categoryIndex.has(c)) categoryIndex.set(c, categoryNames.push(c) - 1);
    eventCategory.push(c ? categoryIndex.get(c)! + 1 : 0);
  }
  const shards: NewsEvent[][] = [];
  for (let i = 0; i < events.length; i += shardSize) shards.push(events.slice(i, i + shardSize));
  const search = groupFiles(chunkIndex(data.index));
  return {
    head: {
      meta: data.meta,
      shardSize,
      shards: shards.length,
      searchFiles: search.length,
      entities,
      dates: events.map((e) => e.date.padEnd(10).slice(0, 10)).join(''),
      ids: events.map((e) => e.id).join('\n'),
      eventEntityStart: packInts(start),
      eventEntities: packInts(ids),
      categoryNames,
      eventCategory: packInts(eventCategory),
    },
    shards,
    vocabulary: data.vocabulary,
    search,
  };
}

/** Serves split files from memory (tests, the CLI, the Node benchmark). */
export function memorySource(files: LibraryFiles): LibrarySource {
  return {
    shard: async (k) => files.shards[k] ?? [],
    vocabulary: async () => files.vocabulary,
    searchFile: async (k) => files.search[k] ?? [],
  };
}
