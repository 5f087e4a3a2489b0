/**
 * The full-text index's file (`search.bin`): each field's postings (core/library/search-index.ts `FieldPostings`) as a
 * sorted term list and two integer columns, read into typed arrays over the fetched buffer. It replaces FlexSearch's
 * JSON export, whose import was most of the popup's first search's wait, and left the worker holding many small
 * arrays that every full garbage collection had to mark (docs/bench.md, "Why the code is shaped so").
 *
 * Layout: core/library/binary-file.ts, magic "BSS2", the header a `SearchHeader`; per field, the sections `<field>.terms`
 * (the terms joined by line breaks), `<field>.slots` (each slot's length) and `<field>.ids` (each slot's ids as gaps),
 * both packed (core/library/varint.ts) and unpacked into typed arrays when the file is read.
 */
import { BinaryWriter, readBinary, type Utf8 } from './binary-file';
import { isCount } from './is-count';
import { searchFields, type FieldPostings } from './search-index';
import { packRuns, packValues, unpackRuns, unpackValues } from './varint';

interface SearchHeader {
  /** Events the ids point into (the head's count: a file from another build is refused). */
  events: number;
  fields: Array<{ field: string; resolution: number; terms: number }>;
}

const MAGIC = 'BSS2';
const TERM_END = '\n';

export function encodeSearch(postings: FieldPostings[], events: number, utf8: Utf8): Uint8Array {
  const file = new BinaryWriter(utf8);
  for (const { field, terms, slotStart, ids } of postings) {
    const odd = terms.find((t) => !t || t.includes(TERM_END));
    if (odd !== undefined) throw new Error(`search index: field "${field}" has an empty term or one with a line break: ${JSON.stringify(odd)}`);
    file.text(`${field}.terms`, terms.join(TERM_END));
    file.ints(`${field}.slots`, packValues(slotStart.subarray(1).map((end, i) => end - slotStart[i])));
    file.ints(`${field}.ids`, packRuns(ids, slotStart));
  }
  const header: SearchHeader = { events, fields: postings.map(({ field, resolution, terms }) => ({ field, resolution, terms: terms.length })) };
  return file.encode(MAGIC, header);
}

/**
 * Reads a search file whose ids point into `events` events (the head's count); throws an Error that says what is
 * wrong with it (the worker reports it and stays up).
 */
export function decodeSearch(input: Uint8Array, events: number, utf8: Utf8, file = 'search.bin'): FieldPostings[] {
  const { header, text, ints, fail } = readBinary(input, MAGIC, utf8, file, 'search');
  const bytesOf = (name: string): Uint8Array => {
    const column = ints(name);
    return column instanceof Uint8Array ? column : fail(`section "${name}" is not packed bytes`);
  };
  const { fields, events: count } = header as Partial<SearchHeader>;
  if (!Array.isArray(fields)) return fail('header has no fields');
  if (count !== events) fail(`its ${String(count)} events are not the head's ${events} (files from different builds)`);
  const expected = searchFields();
  const names = fields.map((f) => f?.field);
  if (names.length !== expected.length || expected.some((e) => !names.includes(e.field))) fail(`holds the fields ${JSON.stringify(names)}, not ${JSON.stringify(expected.map((e) => e.field))}`);
  return fields.map((f) => {
    const { field, resolution, terms: count } = f ?? {};
    if (typeof field !== 'string' || !isCount(resolution, 1) || !isCount(count)) return fail('header has a field without its name, resolution or term count');
    if (resolution !== expected.find((e) => e.field === field)!.resolution) fail(`field "${field}": resolution ${resolution} is not the index's`);
    const terms = count ? text(`${field}.terms`).split(TERM_END) : [];
    if (terms.length !== count) fail(`field "${field}": its columns disagree in length`);
    const lengths = unpackValues(bytesOf(`${field}.slots`), count * resolution) ?? fail(`field "${field}": its slots are not ${count * resolution} packed lengths`);
    const slotStart = new Uint32Array(lengths.length + 1);
    for (let i = 0; i < lengths.length; i++) slotStart[i + 1] = slotStart[i] + lengths[i];
    const ids = unpackRuns(bytesOf(`${field}.ids`), slotStart) ?? fail(`field "${field}": its ids end early or run on`);
    for (let i = 1; i < terms.length; i++) if (!(terms[i - 1] < terms[i])) fail(`field "${field}": its terms are not sorted`);
    for (let i = 0; i < ids.length; i++) if (ids[i] >= events) fail(`field "${field}": an id points past the ${events} events`);
    return { field, resolution, terms, slotStart, ids };
  });
}
