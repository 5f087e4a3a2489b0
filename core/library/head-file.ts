/**
 * The head's file (`library.bin`): a small JSON header, then each column as raw bytes, so that the worker reads it
 * into typed arrays over the fetched buffer with no text decoding and no `JSON.parse` of the tables (the JSON head
 * it replaces spent most of a cold start in both; docs/bench.md, "Why the code is shaped so"). Only the names are
 * text.
 *
 * Layout: core/library/binary-file.ts, magic "BSH1", the header a `HeadHeader`.
 */
import { BinaryWriter, readBinary, type Utf8 } from './binary-file';
import { isCount } from './is-count';
import type { LibraryHead } from './library-files';

type HeadHeader = Pick<LibraryHead, 'meta' | 'shardSize' | 'shards' | 'categoryNames'>;

const MAGIC = 'BSH1';
/** Joins the titles, and the entities' alias lists (core/library/library-files.ts `ALIAS_SEP`). */
const NAME_END = '\n';
const lines = (text: string, count: number) => (count ? text.split(NAME_END) : []);

export function encodeHead(head: LibraryHead, utf8: Utf8): Uint8Array {
  for (const name of [...head.titles, ...head.aliases, ...head.descriptions]) {
    if (name.includes(NAME_END)) throw new Error(`head: a name cannot hold a line break: ${JSON.stringify(name)}`);
  }
  const file = new BinaryWriter(utf8);
  file.text('titles', head.titles.join(NAME_END));
  file.text('aliases', head.aliases.join(NAME_END));
  file.text('descriptions', head.descriptions.join(NAME_END));
  file.text('senses', head.senses);
  file.text('dates', head.dates);
  file.ints('entityEventStart', head.entityEventStart);
  file.ints('entityEvents', head.entityEvents);
  file.ints('eventEntityStart', head.eventEntityStart);
  file.ints('eventEntities', head.eventEntities);
  file.ints('eventCategory', head.eventCategory);
  file.ints('eventWeight', head.eventWeight);
  file.ints('eventTurn', head.eventTurn);
  const header: HeadHeader = { meta: head.meta, shardSize: head.shardSize, shards: head.shards, categoryNames: head.categoryNames };
  return file.encode(MAGIC, header);
}

/** Reads a head file; throws an Error that says what is wrong with it (the worker reports it and stays up). */
export function decodeHead(input: Uint8Array, utf8: Utf8, file = 'library.bin'): LibraryHead {
  const { header, text, ints, has, fail } = readBinary(input, MAGIC, utf8, file, 'head');
  const { meta, shardSize, shards, categoryNames } = header as Partial<HeadHeader>;
  if (typeof meta !== 'object' || meta === null || !isCount(meta.events) || !isCount(meta.entities)) return fail('header has no meta');
  if (!isCount(shardSize, 1) || shards !== Math.ceil(meta.events / shardSize)) fail('header has wrong file counts');
  if (!Array.isArray(categoryNames) || !categoryNames.every((c) => typeof c === 'string')) fail('header has no category names');
  const entityEventStart = ints('entityEventStart');
  const entities = entityEventStart.length - 1;
  const head: LibraryHead = {
    // Data built before the gaps were recorded reads as having none.
    meta: { ...meta, gaps: Array.isArray(meta.gaps) ? meta.gaps.filter((g) => typeof g === 'string') : [] },
    shardSize: shardSize!,
    shards: shards!,
    categoryNames: categoryNames!,
    titles: lines(text('titles'), entities),
    aliases: lines(text('aliases'), entities),
    descriptions: lines(text('descriptions'), entities),
    senses: has('senses') ? text('senses') : '', // older data: no name has senses
    dates: text('dates'),
    entityEventStart,
    entityEvents: ints('entityEvents'),
    eventEntityStart: ints('eventEntityStart'),
    eventEntities: ints('eventEntities'),
    eventCategory: ints('eventCategory'),
    eventWeight: ints('eventWeight'),
    eventTurn: ints('eventTurn'),
  };
  const { events } = meta;
  if (entities !== meta.entities || head.titles.length !== entities || head.aliases.length !== entities || head.descriptions.length !== entities) fail('the entity columns disagree in length');
  if (head.dates.length !== 10 * events || head.eventEntityStart.length !== events + 1 || head.eventCategory.length !== events || head.eventWeight.length !== events || head.eventTurn.length !== events) fail('the event columns disagree in length');
  if (head.entityEventStart[entities] !== head.entityEvents.length || head.eventEntityStart[events] !== head.eventEntities.length) fail('a column ends early');
  return head;
}
