/**
 * The container of the worker's binary files (the head, `library.bin`, and the full-text postings, `search.bin`):
 * a small JSON header, then each section as raw bytes, so that the worker reads numbers into typed arrays over the
 * fetched buffer with no text decoding and no `JSON.parse` of the tables.
 *
 * Layout: a 4-byte magic, the header's byte length (u32), the header (UTF-8 JSON, with the list of sections), then
 * the sections, each starting on a multiple of 4 so that a typed array can view it in place. Numbers are
 * little-endian, the byte order of every platform the browsers run on.
 */
import { isCount } from './is-count';

/** UTF-8 both ways, handed in by the caller (core/ uses no platform API: TextEncoder/TextDecoder in practice). */
export interface Utf8 {
  encode(text: string): Uint8Array;
  decode(bytes: Uint8Array): string;
}

/** Unsigned integers, each column as narrow as its values allow. */
export type IntColumn = Uint8Array | Uint16Array | Uint32Array;

type Kind = 'text' | 'u8' | 'u16' | 'u32';
interface Section {
  name: string;
  kind: Kind;
  /** Bytes from the start of the file. */
  offset: number;
  /** Elements (bytes for text). */
  length: number;
}

const WIDTH: Record<Kind, number> = { text: 1, u8: 1, u16: 2, u32: 4 };
const align4 = (n: number) => (n + 3) & ~3;
const kindOf = (column: IntColumn): Kind => (column instanceof Uint8Array ? 'u8' : column instanceof Uint16Array ? 'u16' : 'u32');

/** The narrowest unsigned column that holds every value. */
function intColumn(values: ArrayLike<number>): IntColumn {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]);
  return max < 0x100 ? Uint8Array.from(values) : max < 0x10000 ? Uint16Array.from(values) : Uint32Array.from(values);
}

/** Sections added in order; `encode` lays them out. */
export class BinaryWriter {
  private readonly parts: Array<[string, Kind, Uint8Array, number]> = [];
  constructor(private readonly utf8: Utf8) {}

  text(name: string, value: string): void {
    const bytes = this.utf8.encode(value);
    this.parts.push([name, 'text', bytes, bytes.length]);
  }

  /** Stored as narrow as the values allow. */
  ints(name: string, values: ArrayLike<number>): void {
    const narrow = intColumn(values);
    this.parts.push([name, kindOf(narrow), new Uint8Array(narrow.buffer, narrow.byteOffset, narrow.byteLength), narrow.length]);
  }

  /** The file: `magic` (4 ASCII characters), then `header` with the sections' list added as `sections`. */
  encode(magic: string, header: object): Uint8Array {
    const sections: Section[] = [];
    // The sections' offsets are in the header, so they depend on its length: lay out from a start past the header,
    // then pad the header with spaces (still JSON) up to that start.
    let start = 0;
    let headerBytes: Uint8Array = new Uint8Array();
    for (;;) {
      sections.length = 0;
      let at = start;
      for (const [name, kind, bytes, length] of this.parts) {
        sections.push({ name, kind, offset: at, length });
        at = align4(at + bytes.length);
      }
      headerBytes = this.utf8.encode(JSON.stringify({ ...header, sections }));
      if (8 + headerBytes.length <= start) break;
      start = align4(8 + headerBytes.length + 64);
    }
    // Padded in bytes, not characters: a name in the header (a category) may take several bytes a character.
    const json = headerBytes;
    headerBytes = new Uint8Array(start - 8).fill(0x20);
    headerBytes.set(json);
    const last = sections[sections.length - 1];
    const out = new Uint8Array(last ? align4(last.offset + last.length * WIDTH[last.kind]) : start);
    out.set(magicBytes(magic), 0);
    new DataView(out.buffer).setUint32(4, headerBytes.length, true);
    out.set(headerBytes, 8);
    this.parts.forEach(([, , bytes], i) => out.set(bytes, sections[i].offset));
    return out;
  }
}

function magicBytes(magic: string): number[] {
  if (!/^[\x20-\x7e]{4}$/.test(magic)) throw new Error(`a magic is 4 ASCII characters: ${JSON.stringify(magic)}`);
  return [...magic].map((c) => c.charCodeAt(0));
}

/** A file's header and sections, checked as they are read. */
interface BinaryReader {
  header: Record<string, unknown>;
  text(name: string): string;
  ints(name: string): IntColumn;
  /** True when the file has this section (a column newer than the file is absent). */
  has(name: string): boolean;
  /** Throws an Error naming the file and what is wrong with it. */
  fail(what: string): never;
}

/** Opens a file written by `BinaryWriter`; throws an Error that says what is wrong with it (callers report it). */
export function readBinary(input: Uint8Array, magic: string, utf8: Utf8, file: string, kind: string): BinaryReader {
  // Typed arrays need their offset aligned to their width: copy a buffer that starts at an odd place (Node's pool).
  const bytes = input.byteOffset % 4 ? input.slice() : input;
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what} (rebuild the extension's data)`);
  };
  if (bytes.length < 8 || magicBytes(magic).some((b, i) => bytes[i] !== b)) fail(`not a Backstory ${kind} file`);
  if (new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) fail('this platform is big-endian; the file is little-endian');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true);
  if (8 + headerLength > bytes.length) fail('header runs past the end');
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(utf8.decode(bytes.subarray(8, 8 + headerLength))) as Record<string, unknown>;
  } catch {
    return fail('header is not JSON');
  }
  if (typeof header !== 'object' || header === null || !Array.isArray(header.sections)) fail('header has no sections');
  const found = new Map((header.sections as Section[]).map((s) => [s?.name, s]));
  const section = (name: string): Section => {
    const s = found.get(name) ?? fail(`no section "${name}"`);
    const inside = Object.hasOwn(WIDTH, s.kind) && isCount(s.offset, 8 + headerLength) && s.offset % 4 === 0 && isCount(s.length);
    if (!inside || s.offset + s.length * WIDTH[s.kind] > bytes.length) fail(`section "${name}" is out of bounds`);
    return s;
  };
  return {
    header,
    fail,
    has: (name) => found.has(name),
    text(name) {
      const s = section(name);
      if (s.kind !== 'text') fail(`section "${name}" is not text`);
      return utf8.decode(bytes.subarray(s.offset, s.offset + s.length));
    },
    ints(name) {
      const s = section(name);
      const at = bytes.byteOffset + s.offset;
      if (s.kind === 'u8') return new Uint8Array(bytes.buffer, at, s.length);
      if (s.kind === 'u16') return new Uint16Array(bytes.buffer, at, s.length);
      if (s.kind === 'u32') return new Uint32Array(bytes.buffer, at, s.length);
      return fail(`section "${name}" is not numbers`);
    },
  };
}
