import { Document } from 'flexsearch';
import type { IntColumn } from './binary-file';
import { grown, ScoreTable } from './score-table';

/** What is indexed per event. Ids are positions in the events array. */
export interface IndexedDoc {
  [key: string]: string | number | string[];
  id: number;
  headline: string;
  summary: string;
  names: string;
}

/** How much a hit in each field counts. */
export const FIELD_WEIGHT: Record<string, number> = { headline: 3, names: 2, summary: 1 };

/** An empty index as both sides configure it: the build fills one (core/build/search-postings.ts), the worker takes its fields' encoders. */
export function createIndex(): Document<IndexedDoc> {
  return new Document<IndexedDoc>({
    encoder: 'Normalize',
    document: {
      id: 'id',
      index: [
        { field: 'headline', tokenize: 'strict', resolution: 5 },
        { field: 'names', tokenize: 'strict', resolution: 3 },
        { field: 'summary', tokenize: 'strict', resolution: 3 },
      ],
    },
  });
}

/** The parts of one field's FlexSearch Index that the build and the worker read (flexsearch is pinned exactly). */
interface FieldIndex {
  map: Map<string, Array<number[] | undefined>>;
  resolution: number;
  encoder: Encoder;
}
interface Encoder {
  encode(text: string, dedupe?: boolean): string[];
}
export const fieldsOf = (index: Document<IndexedDoc>) => (index as unknown as { index: Map<string, FieldIndex> }).index;

/**
 * One field's postings, as FlexSearch built them: term `terms[t]`'s ids in resolution slot `y` (best first) are
 * `ids[slotStart[t * resolution + y] … slotStart[t * resolution + y + 1])`. In typed arrays, so that the worker holds
 * a few large objects where FlexSearch's own maps are hundreds of thousands of small arrays (docs/bench-history.md).
 */
export interface FieldPostings {
  field: string;
  resolution: number;
  /** Sorted by code unit (the order of `<`), for a binary search. */
  terms: string[];
  slotStart: IntColumn;
  ids: IntColumn;
}

/** The indexed fields and their resolutions, as the index is configured (what a search file must hold). */
export function searchFields(): Array<{ field: string; resolution: number }> {
  return [...fieldsOf(createIndex())].map(([field, { resolution }]) => ({ field, resolution }));
}

/** Position of `term` in sorted `terms`, or -1. */
function find(terms: string[], term: string): number {
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = terms[mid];
    if (t === term) return mid;
    if (t < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A term's ids by resolution slot (views, no copies), or undefined for a term not in the field. */
function slotsOf(p: FieldPostings, term: string): IntColumn[] | undefined {
  const t = find(p.terms, term);
  if (t < 0) return undefined;
  const slots: IntColumn[] = [];
  for (let y = 0, at = t * p.resolution; y < p.resolution; y++, at++) slots.push(p.ids.subarray(p.slotStart[at], p.slotStart[at + 1]));
  return slots;
}

// Scratch space reused by every intersection (the worker answers one query at a time): how many terms each id was
// seen in, and which ids were seen, to reset. Fresh arrays per call made up most of a keystroke's garbage.
let counts = new Uint8Array(0);
let seen = new Int32Array(0);

/**
 * FlexSearch 0.8's `intersect` (resolve, no suggest) for postings by resolution slot: ids in the order they are
 * seen in every term's postings, slot by slot, cut at `limit`.
 */
export function intersect(postings: Array<Array<ArrayLike<number> | undefined> | undefined>, resolution: number, limit: number): number[] {
  if (postings.some((p) => !p?.length)) return [];
  const need = postings.length;
  let nSeen = 0;
  const out: number[] = [];
  try {
    for (let y = 0; y < resolution; y++) {
      for (let t = 0; t < need; t++) {
        const ids = postings[t]![y];
        if (!ids) continue;
        // Indexed loops: the worker's code is rarely hot enough for V8 to drop a for-of's iterator objects.
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k];
          if (id >= counts.length) counts = grown(counts, id + 1);
          if (counts[id] === 0) {
            if (nSeen === seen.length) seen = grown(seen, nSeen + 1);
            seen[nSeen++] = id;
          }
          if (++counts[id] === need) {
            out.push(id);
            if (out.length === limit) return out;
          }
        }
      }
    }
    return out;
  } finally {
    for (let k = 0; k < nSeen; k++) counts[seen[k]] = 0;
  }
}


/** Every event a query matches, with its field-weighted score, in no order. */
interface Hits {
  ids: Int32Array;
  scores: Float64Array;
}

/** How many hits the cache of `all()` answers keeps, over all its queries (12 bytes each), and how many answers. */
const HITS_BUDGET = 500_000;
const CACHED_QUERIES = 64;
/** Words whose encoding is kept (a few thousand keystrokes' worth). */
const ENCODINGS_KEPT = 20_000;
const NO_HITS: Hits = { ids: new Int32Array(0), scores: new Float64Array(0) };
const scratch = new ScoreTable();
const wordScratch = new ScoreTable();
const matchScratch = new ScoreTable();

/** A word of the query and the index's words that stand for it: itself, its completions, corrections and forms, each with its weight (≤ 1). */
export interface QueryWord {
  terms: ReadonlyArray<{ term: string; weight: number }>;
  /** A word an event need not hold: it ranks those that do up, and neither counts in `matched` nor in `possible`. */
  optional?: boolean;
  /** The events the word dates (a year, a month: core/library/date-words.ts), as spans `[from, to)` of ids. */
  spans?: ReadonlyArray<readonly [number, number]>;
}

/** How much an event's date counts for a word that dates it: as a name does, less than the word in its text. */
export const DATE_WEIGHT = 2;

/** Every event any word of a query matches: its score, and how many of the query's words it holds. */
export interface RankedHits {
  ids: Int32Array;
  /** Σ over the words it holds of the word's rarity (idf) × its best field weight, position and term weight. */
  scores: Float64Array;
  matched: Uint8Array;
  /** Σ of every word's rarity: the score of an event holding every word in its best place, by its field weight 1. */
  possible: number;
}

/** A term met later in its field counts up to this much less (FlexSearch's resolution slots keep the order of words). */
const LATE_TERM = 0.2;

/** A table's positions and their scores (times `scale`), in the order first touched. */
function hitsOf(table: ScoreTable, scale = 1): Hits {
  const hits: Hits = { ids: new Int32Array(table.size), scores: new Float64Array(table.size) };
  for (let i = 0; i < table.size; i++) {
    const id = table.at(i);
    hits.ids[i] = id;
    hits.scores[i] = scale * table.score(id);
  }
  return hits;
}

/**
 * The last answers, by query: typing "covid va", "covid vac"… asks for the same words again. At most
 * `CACHED_QUERIES` answers and `HITS_BUDGET` hits over all of them, the oldest dropped first.
 */
class RecentAnswers<T extends Hits> {
  private readonly answers = new Map<string, T>();
  private hits = 0;

  get(key: string): T | undefined {
    return this.answers.get(key);
  }

  keep(key: string, answer: T): T {
    this.answers.set(key, answer);
    this.hits += answer.ids.length;
    while ((this.hits > HITS_BUDGET || this.answers.size > CACHED_QUERIES) && this.answers.size > 1) {
      const [oldest, old] = this.answers.entries().next().value!;
      this.answers.delete(oldest);
      this.hits -= old.ids.length;
    }
    return answer;
  }
}

/** The highest event id the postings point to (0 for none). */
function highestId(postings: readonly FieldPostings[]): number {
  let most = 0;
  for (const p of postings) for (let k = 0; k < p.ids.length; k++) most = Math.max(most, p.ids[k]);
  return most;
}

/** Full-text search over the postings of a FlexSearch Document index (headline, entity names, summary). */
export class SearchIndex {
  private readonly recentAll = new RecentAnswers<Hits>();
  private readonly recentRanked = new RecentAnswers<RankedHits>();
  /** Each field's encoding of the vocabulary's words a query searched: a word comes back on every keystroke. */
  private readonly encodings = new Map<string, string[]>();
  private readonly fields: Array<{ postings: FieldPostings; encoder: Encoder }>;

  /** How many events the postings point into (the rarity of a word is counted against it). */
  private readonly events: number;

  constructor(postings: FieldPostings[], events?: number) {
    // The queries are encoded by the same FlexSearch encoders as the events were (an empty index's).
    const encoders = fieldsOf(createIndex());
    this.fields = postings.map((p) => {
      const encoder = encoders.get(p.field)?.encoder;
      if (!encoder) throw new Error(`search index: unknown field "${p.field}"`);
      return { postings: p, encoder };
    });
    this.events = events ?? highestId(postings) + 1;
  }

  /**
   * Ranked retrieval over every field at once: each word of the query is looked for in the story chain and sentence,
   * the names and the summary, through any of its terms, and counts once for an event, by its best place; words
   * that few events hold count more (idf). Events holding some of the words are kept too: the caller decides how
   * many words make a match. The postings' order inside a slot (the order events were added, oldest first) plays
   * no part.
   */
  rank(words: readonly QueryWord[]): RankedHits {
    const key = words.map((w) => `${w.optional ? '?' : ''}${w.terms.map((t) => `${t.term}:${t.weight}`).join(',')}${w.spans?.length ? `@${w.spans.join(',')}` : ''}`).join('|');
    return this.recentRanked.get(key) ?? this.recentRanked.keep(key, this.rankNow(words));
  }

  /** A word as the field's encoder indexes it (the same pieces the events' words were indexed as). */
  private encoded(field: string, encoder: Encoder, term: string): string[] {
    const key = `${field}\n${term}`;
    let pieces = this.encodings.get(key);
    if (!pieces) {
      if (this.encodings.size >= ENCODINGS_KEPT) this.encodings.clear();
      pieces = [...new Set(encoder.encode(term, true))];
      this.encodings.set(key, pieces);
    }
    return pieces;
  }

  private rankNow(words: readonly QueryWord[]): RankedHits {
    scratch.reset();
    matchScratch.reset();
    let possible = 0;
    for (const word of words) {
      wordScratch.reset();
      for (const { postings, encoder } of this.fields) {
        const fieldWeight = FIELD_WEIGHT[postings.field] ?? 1;
        const res = postings.resolution;
        for (const { term, weight } of word.terms) {
          for (const piece of this.encoded(postings.field, encoder, term)) {
            const slots = slotsOf(postings, piece);
            if (!slots) continue;
            for (let y = 0; y < res; y++) {
              const v = fieldWeight * weight * (1 - (LATE_TERM * y) / res);
              const ids = slots[y];
              for (let k = 0; k < ids.length; k++) wordScratch.max(ids[k], v);
            }
          }
        }
      }
      for (const [from, to] of word.spans ?? []) for (let id = from; id < to; id++) wordScratch.max(id, DATE_WEIGHT);
      if (!wordScratch.size) continue;
      const idf = Math.log(1 + this.events / wordScratch.size);
      if (!word.optional) possible += idf;
      if (words.length === 1) {
        // One word (most keystrokes): its scores are the answer, without a second table.
        const hits = hitsOf(wordScratch, idf);
        wordScratch.reset();
        return { ...hits, matched: new Uint8Array(hits.ids.length).fill(1), possible };
      }
      for (let i = 0; i < wordScratch.size; i++) {
        const id = wordScratch.at(i);
        scratch.add(id, idf * wordScratch.score(id));
        if (!word.optional) matchScratch.add(id, 1);
      }
    }
    const hits = hitsOf(scratch);
    const matched = Uint8Array.from(hits.ids, (id) => matchScratch.score(id));
    scratch.reset();
    matchScratch.reset();
    wordScratch.reset();
    return { ...hits, matched, possible };
  }

  /**
   * Every event the query matches, scored by its rank in each field's answer and the field's weight, summed: the
   * answers are not cut, as a filter or an order by date must see all of them, and a count must count all of them
   * ("covid" matches 4,800 events, where a cut at 400 a field found 400 or so). Typing "covid va", "covid vac"… asks
   * for the same completions ("covid vaccine") again: the last answers are kept. (Search ranks with `rank`; this is
   * FlexSearch's own answer over the shipped postings, which tests compare with FlexSearch's index.)
   */
  all(query: string): Hits {
    const q = query.trim();
    if (!q) return NO_HITS;
    const cached = this.recentAll.get(q);
    if (cached) return cached;
    scratch.reset();
    for (const { postings, encoder } of this.fields) {
      const terms = [...new Set(encoder.encode(q, true))];
      if (!terms.length) continue;
      const w = FIELD_WEIGHT[postings.field] ?? 1;
      const slots = terms.map((t) => slotsOf(postings, t));
      if (terms.length === 1) {
        // One word: its ids slot by slot, as FlexSearch's own lookup returns them, scored in place: a hub's name has
        // tens of thousands, and no array of them is made.
        if (!slots[0]) continue;
        let n = 0;
        for (const ids of slots[0]) n += ids.length;
        let rank = 0;
        for (const ids of slots[0]) for (let k = 0; k < ids.length; k++) scratch.add(ids[k], w * (1 - rank++ / (n + 1)));
      } else {
        // Several: FlexSearch's intersection, counted in a typed array instead of an object keyed by id, which
        // allocated a boxed entry per id (docs/bench.md, "Why the code is shaped so").
        const result = intersect(slots, postings.resolution, Number.MAX_SAFE_INTEGER);
        for (let rank = 0; rank < result.length; rank++) scratch.add(result[rank], w * (1 - rank / (result.length + 1)));
      }
    }
    const hits = hitsOf(scratch);
    scratch.reset();
    return this.recentAll.keep(q, hits);
  }
}
