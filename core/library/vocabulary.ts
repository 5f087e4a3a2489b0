import { foldText } from '../text';

/** Lower-cased, diacritic-free words of a text: the form both the index and the vocabulary use. */
export function searchWords(text: string): string[] {
  return foldText(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Serialised vocabulary: words sorted, with how many events use each. */
export interface VocabularyData {
  words: string[];
  counts: number[];
  /** Groups of indexes into `words` that are forms of one word (core/build/word-forms.ts); none in older data. */
  forms?: number[][];
  /** Rows `[i, j, k…]`: a search for word `i` also looks for words `j, k…` (core/build/synonyms.ts); none in older data. */
  synonyms?: number[][];
}

/** Damerau–Levenshtein distance (optimal string alignment), giving up past `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** The first position in sorted `words` whose word is not before `word` (also the first date not before a date). */
export function firstAtLeast(words: readonly string[], word: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * English function words: a prefix is never completed to one ("t" to "the", "o" to "of"). They are in nearly every
 * event, so the completion would match them all and rank them by nothing; typed in full, they are searched as typed.
 */
const FUNCTION_WORDS = new Set(
  ('a about after against also amid an and are as at be been before but by during for from had has have he her his in into ' +
    'is it its more not of on or other over says said she than that the their them they this to two under up was were ' +
    'which while who will with').split(' '),
);

/** One of the English function words above ("who", "it"). */
export const isFunctionWord = (word: string): boolean => FUNCTION_WORDS.has(word);

/** The words the index knows: completes prefixes and corrects typos. */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  /** A word's index → its group in `data.forms`. */
  private readonly groupOf = new Map<number, number>();
  /** A word's index → the indexes of the words a search for it also looks for, most used first. */
  private readonly synonymRow = new Map<number, number[]>();
  constructor(private readonly data: VocabularyData) {
    data.words.forEach((w, i) => this.counts.set(w, data.counts[i]));
    data.forms?.forEach((group, g) => group.forEach((i) => this.groupOf.set(i, g)));
    for (const [i, ...also] of data.synonyms ?? []) this.synonymRow.set(i, also.sort((a, b) => data.counts[b] - data.counts[a]));
  }

  /** The other forms of a known word ("invaded", "invading" for "invades"), most used first. */
  formsOf(word: string): string[] {
    const at = firstAtLeast(this.data.words, word);
    const group = this.data.words[at] === word ? this.groupOf.get(at) : undefined;
    if (group === undefined) return [];
    return this.data.forms![group]
      .filter((i) => i !== at)
      .sort((a, b) => this.data.counts[b] - this.data.counts[a])
      .map((i) => this.data.words[i]);
  }

  /** The words a search for a known word also looks for ("seized", "captured" for "take"), most used first. */
  synonymsOf(word: string): string[] {
    const at = firstAtLeast(this.data.words, word);
    const row = this.data.words[at] === word ? this.synonymRow.get(at) : undefined;
    return row ? row.map((i) => this.data.words[i]) : [];
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  /** How many events use the word (0 for a word the index does not know). */
  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /** Known words starting with `prefix`, most used first (then shortest); no function word. */
  complete(prefix: string, limit = 6): string[] {
    const { words, counts } = this.data;
    // The best `limit` of the prefix's range, kept in order as the range is read: a one-letter prefix spans
    // thousands of words, and sorting them all (or looking up each count in a Map) would run on every keystroke.
    const best: number[] = [];
    const before = (i: number, j: number) => counts[i] > counts[j] || (counts[i] === counts[j] && words[i].length < words[j].length);
    for (let i = firstAtLeast(words, prefix); i < words.length && words[i].startsWith(prefix); i++) {
      if (FUNCTION_WORDS.has(words[i])) continue;
      if (best.length === limit) {
        if (!before(i, best[limit - 1])) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && before(i, best[at - 1])) at--;
      best.splice(at, 0, i);
    }
    return best.map((i) => words[i]);
  }

  /** Closest known words to a misspelt one: distance 1 up to 5 letters, 2 beyond; most used first; no function word. */
  correct(word: string, limit = 3): string[] {
    if (word.length < 4) return [];
    const max = word.length <= 5 ? 1 : 2;
    const found: Array<[string, number]> = [];
    for (const w of this.data.words) {
      if (Math.abs(w.length - word.length) > max || w[0] !== word[0] || FUNCTION_WORDS.has(w)) continue;
      const d = editDistance(word, w, max);
      if (d <= max) found.push([w, d]);
    }
    return found.sort((a, b) => a[1] - b[1] || this.counts.get(b[0])! - this.counts.get(a[0])!).slice(0, limit).map((x) => x[0]);
  }
}
