/**
 * The head's file (`library.bin`): a small JSON header, then each column as raw bytes, so that the worker reads it
 * into typed arrays over the fetched buffer with no text decoding and no `JSON.parse` of the tables (the JSON head
 * it replaces spent about 40 ms in both on a cold start; docs/bench.md). Only the names are text.
 *
 * Layout: "BSH1", the header's byte length (u32), the header (UTF-8 JSON: `HeadHeader`), then the sections, each
 * starting on a multiple of 4 so that a typed array can view it in place. Numbers are little-endian, the byte order
 * of every platform the browsers run on.
 */
import { isCount } from './is-count';
import type { IntColumn, LibraryHead } from './library-files';

/** UTF-8 both ways, handed in by the caller (core/ uses no platform API: TextEncoder/TextDecoder in practice). */
export interface Utf8 {
  encode(text: string): Uint8Array;
  decode(bytes: Uint8Array): string;
}

type Kind = 'text' | 'u8' | 'u16' | 'u32';
interface Section {
  name: string;
  kind: Kind;
  /** Bytes from the start of the file. */
  offset: number;
  /** Elements (bytes for text). */
  length: number;
}

type HeadHeader = Pick<LibraryHead, 'meta' | 'shardSize' | 'shards' | 'searchFiles' | 'categoryNames'> & { sections: Section[] };

const MAGIC = [0x42, 0x53, 0x48, 0x31]; // "BSH1"
const WIDTH: Record<Kind, number> = { text: 1, u8: 1, u16: 2, u32: 4 };
/** Joins the titles, and the entities' alias lists (core/library-files.ts `ALIAS_SEP`). */
const NAME_END = '\n';
const lines = (text: string, count: number) => (count ? text.split(NAME_END) : []);

/** The narrowest unsigned column that holds every value. */
function intColumn(values: ArrayLike<number>): Uint8Array | Uint16Array | Uint32Array {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]);
  return max < 0x100 ? Uint8Array.from(values) : max < 0x10000 ? Uint16Array.from(values) : Uint32Array.from(values);
}

const kindOf = (column: IntColumn): Kind => (column instanceof Uint8Array ? 'u8' : column instanceof Uint16Array ? 'u16' : 'u32');
const align4 = (n: number) => (n + 3) & ~3;

export function encodeHead(head: LibraryHead, utf8: Utf8): Uint8Array {
  for (const name of [...head.titles, ...head.aliases]) {
    if (name.includes(NAME_END)) throw new Error(`head: a name cannot hold a line break: ${JSON.stringify(name)}`);
  }
  const parts: Array<[string, Kind, Uint8Array, number]> = [];
  const text = (name: string, value: string) => {
    const bytes = utf8.encode(value);
    parts.push([name, 'text', bytes, bytes.length]);
  };
  const ints = (name: string, column: IntColumn) => {
    const narrow = intColumn(column);
    parts.push([name, kindOf(narrow), new Uint8Array(narrow.buffer, narrow.byteOffset, narrow.byteLength), narrow.length]);
  };
  text('titles', head.titles.join(NAME_END));
  text('aliases', head.aliases.join(NAME_END));
  text('dates', head.dates);
  ints('entityEventStart', head.entityEventStart);
  ints('entityEvents', head.entityEvents);
  ints('eventEntityStart', head.eventEntityStart);
  ints('eventEntities', head.eventEntities);
  ints('eventCategory', head.eventCategory);
  const sections: Section[] = [];
  const headerOf = (): HeadHeader => ({
    meta: head.meta,
    shardSize: head.shardSize,
    shards: head.shards,
    searchFiles: head.searchFiles,
    categoryNames: head.categoryNames,
    sections,
  });
  // The sections' offsets are in the header, so they depend on its length: lay out from a start past the header,
  // then pad the header with spaces (still JSON) up to that start.
  let start = 0;
  let headerBytes: Uint8Array = new Uint8Array();
  for (;;) {
    sections.length = 0;
    let at = start;
    for (const [name, kind, bytes, length] of parts) {
      sections.push({ name, kind, offset: at, length });
      at = align4(at + bytes.length);
    }
    headerBytes = utf8.encode(JSON.stringify(headerOf()));
    if (8 + headerBytes.length <= start) break;
    start = align4(8 + headerBytes.length + 16);
  }
  // Padded in bytes, not characters: a name in the header (a category) may take several bytes a character.
  const json = headerBytes;
  headerBytes = new Uint8Array(start - 8).fill(0x20);
  headerBytes.set(json);
  const last = sections[sections.length - 1];
  const out = new Uint8Array(align4(last.offset + last.length * WIDTH[last.kind]));
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  parts.forEach(([, , bytes], i) => out.set(bytes, sections[i].offset));
  return out;
}

/** Reads a head file; throws an Error that says what is wrong with it (the worker reports it and stays up). */
export function decodeHead(input: Uint8Array, utf8: Utf8, file = 'library.bin'): LibraryHead {
  // Typed arrays need their offset aligned to their width: copy a buffer that starts at an odd place (Node's pool).
  const bytes = input.byteOffset % 4 ? input.slice() : input;
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what} (rebuild the extension's data)`);
  };
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) fail('not a Backstory head file');
  if (new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) fail('this platform is big-endian; the file is little-endian');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true);
  if (8 + headerLength > bytes.length) fail('header runs past the end');
  let header: HeadHeader;
  try {
    header = JSON.parse(utf8.decode(bytes.subarray(8, 8 + headerLength))) as HeadHeader;
  } catch {
    return fail('header is not JSON');
  }
  if (typeof header !== 'object' || header === null || !Array.isArray(header.sections)) fail('header has no sections');
  const { meta, shardSize, shards, searchFiles, categoryNames } = header;
  if (typeof meta !== 'object' || meta === null || !isCount(meta.events) || !isCount(meta.entities)) fail('header has no meta');
  if (!isCount(shardSize, 1) || shards !== Math.ceil(meta.events / shardSize) || !isCount(searchFiles)) fail('header has wrong file counts');
  if (!Array.isArray(categoryNames) || !categoryNames.every((c) => typeof c === 'string')) fail('header has no category names');
  const found = new Map(header.sections.map((s) => [s?.name, s]));
  const section = (name: string): Section => {
    const s = found.get(name) ?? fail(`no section "${name}"`);
    const inside = Object.hasOwn(WIDTH, s.kind) && isCount(s.offset, 8 + headerLength) && s.offset % 4 === 0 && isCount(s.length);
    if (!inside || s.offset + s.length * WIDTH[s.kind] > bytes.length) fail(`section "${name}" is out of bounds`);
    return s;
  };
  const text = (name: string): string => {
    const s = section(name);
    return utf8.decode(bytes.subarray(s.offset, s.offset + s.length));
  };
  const ints = (name: string): IntColumn => {
    const s = section(name);
    const at = bytes.byteOffset + s.offset;
    if (s.kind === 'u8') return new Uint8Array(bytes.buffer, at, s.length);
    if (s.kind === 'u16') return new Uint16Array(bytes.buffer, at, s.length);
    if (s.kind === 'u32') return new Uint32Array(bytes.buffer, at, s.length);
    return fail(`section "${name}" is not numbers`);
  };
  const entityEventStart = ints('entityEventStart');
  const entities = entityEventStart.length - 1;
  const head: LibraryHead = {
    meta,
    shardSize,
    shards,
    searchFiles,
    categoryNames,
    titles: lines(text('titles'), entities),
    aliases: lines(text('aliases'), entities),
    dates: text('dates'),
    entityEventStart,
    entityEvents: ints('entityEvents'),
    eventEntityStart: ints('eventEntityStart'),
    eventEntities: ints('eventEntities'),
    eventCategory: ints('eventCategory'),
  };
  const { events } = meta;
  if (entities !== meta.entities || head.titles.length !== entities || head.aliases.length !== entities) fail('the entity columns disagree in length');
  if (head.dates.length !== 10 * events || head.eventEntityStart.length !== events + 1 || head.eventCategory.length !== events) fail('the event columns disagree in length');
  if (head.entityEventStart[entities] !== head.entityEvents.length || head.eventEntityStart[events] !== head.eventEntities.length) fail('a column ends early');
  return head;
}
