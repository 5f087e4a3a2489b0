/**
 * The index part alone, in Node on core/library/library.ts over the split files (core/library/library-files.ts): cold start
 * (read the head + new Library, then the first card with its event shards read from disk), the full-text index
 * load, warm lookups and search per keystroke (after the background loading of the other shards).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Library } from '../../core/library/library';
import { decodeHead } from '../../core/library/head-file';
import { fileNames, type LibrarySource } from '../../core/library/library-files';
import { decodeSearch } from '../../core/library/search-file';
import { utf8 } from '../../worker/utf8';
import { ENTITIES, QUERIES } from './queries';

export interface NodeIndexFigures {
  /** Reading the head file into typed arrays + new Library. */
  parseMs: number;
  /** The first card (its event shards read and parsed). */
  importMs: number;
  /** Loading the full-text index (vocabulary + index chunks), done on the first search or when the popup opens. */
  searchLoadMs: number;
  lookupMs: number[];
  keystrokeMs: number[];
}

export async function measureIndexInNode(dataDir: string): Promise<NodeIndexFigures> {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as T;
  const source: LibrarySource = {
    shard: async (k) => readFileSync(join(dataDir, fileNames.shard(k)), 'utf8'),
    ids: async () => read(fileNames.ids),
    vocabulary: async () => read(fileNames.vocabulary),
    search: async (events) => decodeSearch(readFileSync(join(dataDir, fileNames.search)), events, utf8),
  };
  let t0 = performance.now();
  const library = new Library(decodeHead(readFileSync(join(dataDir, fileNames.head)), utf8), source);
  const parseMs = performance.now() - t0;
  t0 = performance.now();
  await library.card(ENTITIES[0], { limit: 5 });
  const importMs = performance.now() - t0;
  // As the worker does after its first answer: the remaining event shards, then (popup open) the index.
  await library.prefetchEvents();
  t0 = performance.now();
  await library.prepareSearch();
  const searchLoadMs = performance.now() - t0;
  const lookupMs: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const title of ENTITIES) {
      t0 = performance.now();
      await library.card(title, { limit: 5, context: ENTITIES.slice(0, 8) });
      await library.entityEvents(title, { limit: 10 });
      lookupMs.push(performance.now() - t0);
    }
  }
  const keystrokeMs: number[] = [];
  for (const q of QUERIES) {
    for (let i = 1; i <= q.length; i++) {
      t0 = performance.now();
      await library.search(q.slice(0, i), { limit: 20 });
      keystrokeMs.push(performance.now() - t0);
    }
  }
  return { parseMs, importMs, searchLoadMs, lookupMs, keystrokeMs };
}
