import { packedGet, packedLength } from './packed-ints';
import { foldText } from '../text';

/** A name found in a text: UTF-16 offsets into the original text. */
export interface Match {
  start: number;
  end: number;
  title: string;
  /** True for a weak alias (a demonym-like surface form): marked only when the page names the entity strongly too. */
  weak?: boolean;
  /** True when the name has other senses in the data ("Georgia"): the page picks one by context (`sense-in-context`). */
  sense?: boolean;
}

/**
 * The matcher's lookup structure, built at build time and handed to each tab as a handful of strings, so that
 * loading it is a copy, not a computation (integer arrays are packed into strings: core/names/packed-ints.ts).
 * - `names` and `wide`: every folded name, concatenated; names written in Latin-1 only in `names` (a one-byte
 *   string in memory), the others in `wide`;
 * - `records`: per name, in first-word groups, each group longest first: its start (× 2, + 1 when in `wide`), its
 *   length, and title << 4 | title-is-a-name << 3 | last-of-group << 2 | standalone << 1 | weak, where the title
 *   is the index of a name written exactly like it, or else its offset in `titles`;
 * - `table`: open-addressing hash table of first words (FNV-1a of their UTF-16 units, linear probing), per slot
 *   the group's first name index + 1 (0 = empty) and the first word's length;
 * - `titles`: the titles no name spells exactly, each followed by a newline;
 * - `common`: words the corpus writes in lower case (ordinary words), sorted, each followed by a newline, and
 *   `commonAt` their offsets (binary search);
 * - `lower`: the first words that do not start with an upper-case letter or a digit ("al", "eBay"), each followed
 *   by a newline, so a scan can jump from one possible first word to the next with a native RegExp (absent in
 *   older data: every word is then looked up);
 * - `senses`: the folded names that stand for several entities ("Georgia"), each followed by a newline (absent in
 *   older data: none has).
 */
export interface MatcherData {
  v: 2;
  count: number;
  names: string;
  wide: string;
  records: string;
  table: string;
  titles: string;
  common: string;
  commonAt: string;
  lower?: string;
  senses?: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where a word that may be a name's first word may start, found natively (no `u` flag, no Unicode classes: those
 * are many times slower): an ASCII capital or digit, any non-ASCII unit, or one of the other first words (`lower`,
 * whole ASCII word). A superset: the scan checks that a word starts there and looks it up. Older data without
 * `lower`: every letter or digit.
 */
function wordStarts(lower: string | undefined): RegExp {
  if (lower === undefined) return /[A-Za-z0-9\u0080-\uffff]/g;
  const others = lower.split('\n').filter(Boolean);
  const rest = others.length ? `|(?<![A-Za-z0-9])(?:${others.join('|')})(?![A-Za-z0-9])` : '';
  return new RegExp(`[A-Z0-9\\u0080-\\uffff]${rest}`, 'g');
}

/** True when a word (a run of letters and digits, as the scan steps through them) starts at `i`. */
function startsWord(text: string, i: number): boolean {
  if (!wordWidthAt(text, i)) return false;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return !WORD_CHAR.test(text.slice(i - 2, i));
  }
  return !isWordUnit(c);
}

/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 not. Filled lazily. */
let wordUnits: Uint8Array | undefined;

/** True when the single UTF-16 unit at `i` is a letter or digit (a lone surrogate never is). */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return isWordUnit(text.charCodeAt(i));
}

function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const table = (wordUnits ??= new Uint8Array(65536));
  let k = table[c];
  if (k === 0) table[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Width (1 or 2 units) of the letter or digit code point at `i`, or 0 when there is none (as WORD reads it). */
function wordWidthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isWordUnit(c) ? 1 : 0;
  const d = text.charCodeAt(i + 1);
  if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return 0;
}

/** FNV-1a over the UTF-16 units of `text` from `start` to `end`. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A name's key among the senses (core/library/senses.ts): folded as the matcher folds, spaces squashed. */
export const senseKey = (words: string): string => foldText(words).replace(/\s+/g, ' ');

/** Every name of a compiled matcher (the benchmark's baselines use the same dictionary). */
export function matcherNames(data: MatcherData): string[] {
  const out: string[] = [];
  for (let i = 0; i < data.count; i++) {
    const at = packedGet(data.records, i * 3);
    out.push((at & 1 ? data.wide : data.names).slice(at >>> 1, (at >>> 1) + packedGet(data.records, i * 3 + 1)));
  }
  return out;
}

/** Finds every known name in a text: whole words, case as written, longest match first, leftmost first. */
export class Matcher {
  private readonly names: string;
  private readonly wide: string;
  private readonly records: string;
  private readonly table: string;
  private readonly mask: number;
  private readonly titles: string;
  /** Titles sliced so far, by offset: one string per entity, however many mentions. */
  private readonly titleCache = new Map<number, string>();
  /** Where the words worth looking up start (made on the first scan). */
  private starts: RegExp | undefined;
  /** The names with several senses, made on first use. */
  private senseNames: Set<string> | undefined;

  constructor(private readonly data: MatcherData) {
    this.names = data.names;
    this.wide = data.wide;
    this.records = data.records;
    this.table = data.table;
    this.mask = packedLength(data.table) / 2 - 1;
    this.titles = data.titles;
  }

  get size(): number {
    return this.data.count;
  }

  /** Flags the matches whose name has other senses in the data (the page decides which one by context). */
  flagSenses(matches: Match[], text: string): Match[] {
    this.senseNames ??= new Set((this.data.senses ?? '').split('\n').filter(Boolean));
    if (!this.senseNames.size) return matches;
    for (const m of matches) if (this.senseNames.has(senseKey(text.slice(m.start, m.end)))) m.sense = true;
    return matches;
  }

  /** All mentions, weak ones included (flagged). */
  scan(text: string): Match[] {
    const folded = foldText(text);
    const out: Match[] = [];
    const n = folded.length;
    const starts = (this.starts ??= wordStarts(this.data.lower));
    let i = 0;
    while (i < n) {
      // Right after a match a word may go on (an astral letter after the name): it is looked up as it stands.
      let w = wordWidthAt(folded, i);
      if (!w) {
        starts.lastIndex = i;
        let next = starts.exec(folded);
        while (next && !startsWord(folded, next.index)) {
          starts.lastIndex = next.index + 1;
          next = starts.exec(folded);
        }
        if (!next) break;
        i = next.index;
        w = wordWidthAt(folded, i);
      }
      const start = i;
      let h = 0x811c9dc5;
      for (let k = 0; k < w; k++) h = Math.imul(h ^ folded.charCodeAt(i + k), 0x01000193);
      i += w;
      for (let x = wordWidthAt(folded, i); x; x = wordWidthAt(folded, i)) {
        for (let k = 0; k < x; k++) h = Math.imul(h ^ folded.charCodeAt(i + k), 0x01000193);
        i += x;
      }
      const group = this.group(folded, start, i, h >>> 0);
      if (group < 0) continue;
      for (let k = group; ; k++) {
        const info = packedGet(this.records, k * 3 + 2);
        const end = start + packedGet(this.records, k * 3 + 1);
        if (this.namedAt(folded, start, k, end - start) && !isWordAt(folded, end)) {
          if (info & 2 && this.inLongerName(folded, start, end)) break;
          if (pronounInCapitals(folded, start, end, this.knownWord)) break;
          const match: Match = { start, end, title: this.title(info) };
          if (info & 1) match.weak = true;
          out.push(match);
          i = end;
          break;
        }
        if (info & 4) break;
      }
    }
    return out;
  }

  /** The first name index of the group whose first word is `text[start, end)` (hash `h`), or -1. */
  private group(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const first = packedGet(this.table, slot * 2) - 1;
      if (first < 0) return -1;
      if (packedGet(this.table, slot * 2 + 1) === len && this.namedAt(text, start, first, len)) return first;
    }
  }

  /** True when `text` at `at` holds the first `len` units of name `k`. */
  private namedAt(text: string, at: number, k: number, len: number): boolean {
    if (at + len > text.length) return false;
    const from = packedGet(this.records, k * 3);
    const names = from & 1 ? this.wide : this.names;
    for (let i = from >>> 1, j = at, end = at + len; j < end; i++, j++) if (names.charCodeAt(i) !== text.charCodeAt(j)) return false;
    return true;
  }

  /** The title a record's info word names: a name spelt exactly like it, or an entry of `titles`. */
  private title(info: number): string {
    const key = info >>> 3; // title reference and its kind
    let title = this.titleCache.get(key);
    if (title === undefined) {
      const ref = info >>> 4;
      if (info & 8) {
        const at = packedGet(this.records, ref * 3);
        title = (at & 1 ? this.wide : this.names).slice(at >>> 1, (at >>> 1) + packedGet(this.records, ref * 3 + 1));
      } else {
        title = this.titles.slice(ref, this.titles.indexOf('\n', ref));
      }
      this.titleCache.set(key, title);
    }
    return title;
  }

  /**
   * True when a one-word name sits next to a capitalised word that is neither an ordinary word nor a known name:
   * it is then part of a longer name we do not know ("Michael Jordan", "Bishop Trevor Manhanga", "Lake Taupo").
   */
  private inLongerName(text: string, start: number, end: number): boolean {
    return this.isNameWord(wordBefore(text, start)) || this.isNameWord(wordAfter(text, end));
  }

  private isNameWord(word: string): boolean {
    return NAME_START.test(word) && !this.isCommon(word.toLowerCase()) && !this.isKnown(word);
  }

  private readonly knownWord = (word: string): boolean => this.isKnown(word);

  /** True when `word` is exactly one of the names. */
  private isKnown(word: string): boolean {
    WORD.lastIndex = 0;
    const first = WORD.exec(word);
    if (!first || first.index !== 0) return false;
    const group = this.group(word, 0, first[0].length, hashRange(word, 0, first[0].length));
    if (group < 0) return false;
    for (let k = group; ; k++) {
      if (packedGet(this.records, k * 3 + 1) === word.length && this.namedAt(word, 0, k, word.length)) return true;
      if (packedGet(this.records, k * 3 + 2) & 4) return false;
    }
  }

  /** True when `word` is one of the ordinary words (binary search; code-unit order, as they were sorted). */
  private isCommon(word: string): boolean {
    const { common, commonAt } = this.data;
    let lo = 0;
    let hi = packedLength(commonAt) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = packedGet(commonAt, mid);
      const c = compareAt(common, at, word);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** Compares the newline-ended entry of `list` at `at` with `word`, in code-unit order (negative: entry first). */
function compareAt(list: string, at: number, word: string): number {
  for (let i = 0; ; i++) {
    const a = list.charCodeAt(at + i);
    const endA = a === 10;
    const endB = i === word.length;
    if (endA || endB) return endA && endB ? 0 : endA ? -1 : 1;
    const b = word.charCodeAt(i);
    if (a !== b) return a - b;
  }
}

const NAME_WORD = /[\p{L}\p{N}'’-]/u;
/** How a word of a personal or place name begins: a capital and a letter, or an O' or D' ("O'Hara", "D'Angelo"). */
const NAME_START = /^\p{Lu}(?:['’]\p{Lu})?\p{L}/u;
const isGap = (c: string | undefined) => c === ' ' || c === '\u00a0';

/** The word right before `at`, separated by spaces only (not across punctuation or lines); '' when none. */
export function wordBefore(text: string, at: number): string {
  let i = at;
  while (isGap(text[i - 1])) i--;
  if (i === at) return '';
  let j = i;
  while (j > 0 && NAME_WORD.test(text[j - 1])) j--;
  return text.slice(j, i);
}

/** The word right after `at`, separated by spaces only; '' when none. */
export function wordAfter(text: string, at: number): string {
  let i = at;
  while (isGap(text[i])) i++;
  if (i === at) return '';
  let j = i;
  while (j < text.length && NAME_WORD.test(text[j])) j++;
  return text.slice(i, j);
}

const CAPITALS = /^\p{Lu}{2,}$/u;
/** Acronyms that also spell an English pronoun: in capitals, "US" may be "us". */
const PRONOUNS = new Set(['US', 'WE', 'IT', 'ME', 'WHO']);
/** Words before a pronoun-like acronym that make it the name again ("THE US", "UK AND US"). */
const JOINERS = new Set(['THE', 'A', 'AN', 'AND', 'OR', 'BUT', 'NOR']);

/**
 * True when an acronym that spells a pronoun follows another word in capitals ("FOLLOW US", "CONTACT US", "WORK
 * WITH US"): in a run of capitals the case says nothing, and there it is the pronoun. An article or a conjunction
 * before it ("THE US", "CHINA AND US"), a known name ("UK US TALKS"), or no word at all ("US TROOPS LEAVE") keep it.
 */
export function pronounInCapitals(text: string, start: number, end: number, isKnown: (word: string) => boolean): boolean {
  if (end - start > 3 || !PRONOUNS.has(text.slice(start, end))) return false;
  const before = wordBefore(text, start);
  return CAPITALS.test(before) && !JOINERS.has(before) && !isKnown(before);
}
