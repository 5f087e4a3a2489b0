import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../core/build/compile';
import { decodeHead, encodeHead } from '../../core/library/head-file';
import type { LibraryFiles } from '../../core/library/library-files';
import { decodeSearch, encodeSearch } from '../../core/library/search-file';
import type { SourceFile } from '../../core/types';
import { utf8 } from '../../worker/utf8';

export const SEEDS_DIR = 'tests/fixtures/data';
export const seedFiles = (): SourceFile[] =>
  readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ file: f, text: readFileSync(join(SEEDS_DIR, f), 'utf8') }));
export const compileSeeds = () => compile(seedFiles());

let full: ReturnType<typeof compile> | undefined;
/** The real corpus plus the seed pages, compiled once per test file. */
export const compileAll = () =>
  (full ??= compile([...seedFiles(), { file: 'seeds/current-events-2020-2022.jsonl', text: readFileSync('seeds/current-events-2020-2022.jsonl', 'utf8') }]));

/** The split files as the extension reads them: the head and the search postings through their binary files, the rest through JSON. */
export const shipped = (files: LibraryFiles): LibraryFiles => ({
  ...(JSON.parse(JSON.stringify({ ...files, head: undefined, search: undefined })) as LibraryFiles),
  head: decodeHead(encodeHead(files.head, utf8), utf8),
  search: decodeSearch(encodeSearch(files.search, files.head.meta.events, utf8), files.head.meta.events, utf8),
});

/** A linked corpus record (JSON Lines), its links given as [surface, title] and its stories as [text, linked title]. */
export const linkedRecord = (id: string, date: string, text: string, links: Array<[string, string]>, stories: Array<[string, string]> = []): string =>
  JSON.stringify({ id, date, stories: stories.map(([story, title]) => ({ text: story, links: [{ surface: story, title }] })), text, entities: links.map(([surface, title]) => ({ surface, title })), sources: [] });

/** A day-file record as the importer writes it: no links, sources as names. */
export const dayRecord = (id: string, date: string, text: string, stories: string[] = []): string =>
  JSON.stringify({ id, date, stories: stories.map((story) => ({ text: story })), text, sources: [{ name: 'Reuters' }] });
