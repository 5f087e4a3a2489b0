import type { EntityTable } from './entity-table';
import type { EventStore } from './event-store';
import { burstOpenings, dayNumber } from './bursts';
import { dateSpans } from './date-words';
import { isCount } from './is-count';
import { joinPhrases } from './phrases';
import type { LibraryHead, LibrarySource } from './library-files';
import { best, grown, ScoreTable } from './score-table';
import { SearchIndex, type QueryWord } from './search-index';
import type { NewsEvent } from '../types';
import { isFunctionWord, searchWords, Vocabulary } from './vocabulary';

export interface SearchOptions {
  limit?: number;
  /** Only events tagged with this entity (canonical title). */
  entity?: string;
  /** Inclusive ISO prefixes: "2021", "2021-03", "2021-03-04". */
  from?: string;
  to?: string;
  /** Only events of this category (as `categories()` names it). */
  category?: string;
  sort?: 'relevance' | 'date';
}

export interface SearchResult {
  total: number;
  events: NewsEvent[];
  /** The words actually searched (after prefix completion and typo correction), for emphasis in the UI. */
  terms: string[];
  /** Some event holds every word of the query (false: the events shown are the closest, each lacking a word). */
  allWords: boolean;
  /** How many of the matches each category holds, the category filter aside (what the menu offers for this query). */
  categories?: Array<{ name: string; count: number }>;
}

/**
 * Queries that take every path a keystroke takes: a one-letter prefix, a longer one, a word then a prefix, a function
 * word last, a phrase, a year with a burst of matches (the day numbers are read then), a name.
 */
const WARM_QUERIES = ['s', 'sta', 'united s', 'presidential elec', 'kabul in', 'steps down', 'taliban take kabul 2021', 'Putin'];

/** A match of every word ranks above any partial one. */
const FULL_MATCH = 10;
/** The best field's weight (the story chain and sentence): a word there scores the most. */
const FIELD_TOP = 3;
/** While fewer events than this hold every word, those holding at least this share of the words' weight follow. */
const PARTIAL_BELOW = 10;
const PARTIAL_SHARE = 0.5;
/** A word's other forms ("invaded" for "invades"): how many at most, and how much a match through one counts. */
const FORMS = 8;
const FORM_WEIGHT = 0.85;
/** Words a search for a word also looks for ("seized" for "take": core/build/synonyms.ts): how many at most, and how much one counts. */
const SYNONYMS = 8;
const SYNONYM_WEIGHT = 0.7;
/** Among events that match as well, one that weighs more in the news (core/build/event-weight.ts) ranks up by this much at most. */
const IMPORTANCE = 0.6;
/** A known word used by fewer events than this may be a slip for a close spelling used this many times more. */
const RARE_WORD = 20;
const SLIP_RATIO = 20;
/** An event that opens a burst of the query's matches (core/library/bursts.ts) ranks up by this much at most; past this many matches, none is looked for. */
const BURST = 0.4;
const BURST_MAX = 20_000;
/** An entity named in full by the query ranks its own most relevant events up, by this much at most. */
const ENTITY_BONUS = 0.3;
/** A bare name's own events rank up by their weight in the news (core/build/event-weight.ts) times this at most: what defines a name is news. */
const NAME_IMPORTANCE = 2;
/** A bare name's own turning points (core/build/turning-subjects.ts) rank up by this much. */
const OWN_TURN = 1;

/**
 * The index's words for each word typed: the word itself where the index knows it, and its other forms; the last word (still being
 * typed) also as the most used words it begins, fewer for a short prefix (one letter alone takes the most used word,
 * one letter after other words or two letters the 2 most used, else 5: a prefix of one or two letters reaches
 * thousands of events, docs/bench-history.md); a word the index does not know as the words it begins, or else as
 * its closest spellings.
 */
export function queryWords(words: readonly string[], vocabulary: Vocabulary, memo?: Map<string, TypedWord>): TypedWord[] {
  // Beside other words, a function word ("of", "in", "the") is no part of the search: nearly every event holds it,
  // and reading its postings cost most of a keystroke ("ukraine in"). The last one may be the start of a word:
  // its completions are searched, as a word an event need not hold.
  const content = words.some((w) => !isFunctionWord(w));
  return words.map((word, i) => {
    const last = i === words.length - 1;
    // Each keystroke reads the words before the last again: they are kept (`memo`), by what decides their terms.
    const key = `${word}\t${Number(last)}${Number(content)}${Number(words.length === 1)}`;
    const kept = memo?.get(key);
    if (kept) return kept;
    if (memo && memo.size >= WORDS_KEPT) memo.clear();
    const typed = typedWord(word, last, content, words.length === 1, vocabulary);
    memo?.set(key, typed);
    return typed;
  });
}

/** A word of a query as the index searches it (`queryWords`): its terms, whether they are guesses, the word it was read as. */
type TypedWord = QueryWord & { corrected: boolean; meant: string; skip?: boolean };

/** Words whose terms `queryWords` keeps. */
const WORDS_KEPT = 2000;

function typedWord(word: string, last: boolean, content: boolean, alone: boolean, vocabulary: Vocabulary): TypedWord {
  const filler = content && isFunctionWord(word);
  if (filler && !last) return { terms: [], corrected: false, meant: word, skip: true };
  const terms: Array<{ term: string; weight: number }> = [];
  // The last function word is searched only as the words it begins, never corrected.
  const known = !filler && vocabulary.has(word);
  if (known) {
    terms.push({ term: word, weight: 1 }, ...vocabulary.formsOf(word).slice(0, FORMS).map((term) => ({ term, weight: FORM_WEIGHT })));
    for (const term of vocabulary.synonymsOf(word).slice(0, SYNONYMS)) if (!terms.some((t) => t.term === term)) terms.push({ term, weight: SYNONYM_WEIGHT });
  }
  if (last || !known) {
    const variants = last && alone && word.length === 1 ? 1 : word.length <= 2 ? 2 : last ? 5 : 2;
    vocabulary.complete(word, variants).forEach((term, n) => !terms.some((t) => t.term === term) && terms.push({ term, weight: 0.9 - n * 0.05 }));
  }
  // An unknown word whose completions are rare is more likely a slip than a prefix ("merkle": "merkley", "merkel").
  const corrected = !filler && (!terms.length || (!known && terms.every((t) => vocabulary.count(t.term) < RARE_WORD) && word.length >= 4));
  let meant = word;
  if (corrected) {
    const corrections = vocabulary.correct(word, 2).filter((term) => !terms.some((t) => t.term === term));
    corrections.forEach((term, n) => terms.push({ term, weight: 0.85 - n * 0.05 }));
    meant = corrections[0] ?? terms[0]?.term ?? word;
  } else if (known && vocabulary.count(word) < RARE_WORD) {
    // A rare spelling of a common word is most likely a slip ("merkle", "ahmedinejad"): the common one too.
    const own = vocabulary.count(word);
    for (const term of vocabulary.correct(word, 3)) {
      if (term === word || vocabulary.count(term) < SLIP_RATIO * own) continue;
      if (meant === word) meant = term;
      terms.push({ term, weight: 0.85 });
    }
  }
  return filler ? { terms, corrected, meant, optional: true } : { terms, corrected, meant };
}

/** Month names that are common words too: they date events only beside a year or a day ("march 2019", "may 4"). */
const WORDY_MONTHS = new Set(['march', 'may']);

/** The query's words, each year or month among them (core/library/date-words.ts) also held by the events it dates. */
export function datedWords<W extends QueryWord>(query: W[], words: readonly string[], dates: readonly string[]): W[] {
  const numbered = words.some((w) => /^\d{1,4}$/.test(w));
  return query.map((w, i) => {
    if (WORDY_MONTHS.has(words[i]) && !numbered) return w;
    const spans = dateSpans(words[i], dates);
    return spans.length ? { ...w, spans } : w;
  });
}

/** How many of a bare name's best events are spread over its years, and what an event already picked in a year takes off the next of that year. */
const SPREAD_POOL = 60;
const YEAR_REPEAT = 1;

/**
 * Positions reordered so that one year's events do not fill the list: each next pick is the best by its score less
 * `repeat` for each event of its year already picked (a year of several turning points still shows them, before a
 * quiet year's best). Ties go to the earlier position in `positions` (best first).
 */
export function spreadOverYears(positions: readonly number[], dates: readonly string[], scoreOf: (p: number) => number, repeat = YEAR_REPEAT): number[] {
  const left = [...positions];
  const picked = new Map<string, number>();
  const out: number[] = [];
  while (left.length) {
    let at = 0;
    let top = -Infinity;
    left.forEach((p, i) => {
      const s = scoreOf(p) - repeat * (picked.get(dates[p].slice(0, 4)) ?? 0);
      if (s > top) [top, at] = [s, i];
    });
    const [p] = left.splice(at, 1);
    out.push(p);
    picked.set(dates[p].slice(0, 4), (picked.get(dates[p].slice(0, 4)) ?? 0) + 1);
  }
  return out;
}

const inRange = (date: string, from?: string, to?: string) =>
  (!from || date >= from) && (!to || date.slice(0, to.length) <= to);

interface SearchPart {
  index: SearchIndex;
  vocabulary: Vocabulary;
}

/**
 * The events a query and filters select: the full-text index (loaded through the `LibrarySource` on the first
 * search, or `prepare()`), their ranking, and the counts by category and by period.
 */
export class LibrarySearch {
  private searchPart?: Promise<SearchPart>;
  private warmed?: Promise<void>;
  /** The scores of the query being ranked (one at a time: `rank` awaits nothing while it uses them). */
  private readonly scores = new ScoreTable();
  private kept = new Int32Array(0);
  private dayList?: Int32Array;
  /** The words typed so far as the index searches them (`queryWords`), for this library's one vocabulary. */
  private readonly typed = new Map<string, TypedWord>();
  private keptScores = new Float64Array(0);

  constructor(
    private readonly head: LibraryHead,
    private readonly source: LibrarySource,
    private readonly entities: EntityTable,
    private readonly events: EventStore,
  ) {}

  /**
   * Loads the full-text index (its postings read in place: core/library/search-file.ts), then runs a few throwaway searches so that
   * a reader's first keystrokes do not pay for compiling the search path (the popup asks for this as it opens).
   * Idempotent.
   */
  prepare(): Promise<unknown> {
    this.warmed ??= this.search$().then(async () => {
      for (const query of WARM_QUERIES) {
        if (this.source.pause) await this.source.pause();
        await this.rank(query, {}, 20);
      }
    });
    this.warmed.catch(() => (this.warmed = undefined));
    return this.warmed;
  }

  private search$(): Promise<SearchPart> {
    if (!this.searchPart) {
      const part = Promise.all([this.source.vocabulary(), this.source.search(this.head.meta.events)]).then(([vocabulary, postings]) => ({
        vocabulary: new Vocabulary(vocabulary),
        index: new SearchIndex(postings, this.head.meta.events),
      }));
      part.catch(() => (this.searchPart = undefined));
      this.searchPart = part;
    }
    return this.searchPart;
  }

  /** Full-text search with prefix completion, typo correction and alias expansion. */
  async search(query: string, options: SearchOptions): Promise<SearchResult> {
    const limit = isCount(options.limit) ? options.limit : 20; // it comes from a message
    const { total, positions, terms, allWords, byCategory } = await this.rank(query, options, limit);
    return { total, events: await this.events.at(positions), terms, allWords, categories: this.named(byCategory) };
  }

  /**
   * The events a query matches after the options' filters: how many, the `take` best (or newest) in order, and the
   * words searched. Every match is scored and filtered before any is cut (`take: 'all'` returns them all, unordered).
   */
  private async rank(query: string, options: SearchOptions, take: number | 'all'): Promise<{ total: number; positions: number[]; terms: string[]; allWords: boolean; byCategory: number[] }> {
    const { entity, from, to, category, sort = 'relevance' } = options;
    const words = searchWords(query);
    const search = words.length ? await this.search$() : undefined;
    // From here on nothing is awaited: the score table is shared by every query.
    const scores = this.scores;
    scores.reset();
    const terms: string[] = [];
    let allWords = true;
    let named = false;
    let acronymOf: string | undefined;
    const entities = this.entities;
    if (search) {
      const { index, vocabulary } = search;
      const query$ = joinPhrases(datedWords(queryWords(words, vocabulary, this.typed), words, this.events.dates()), words, vocabulary).filter((w) => !w.skip);
      const required = query$.filter((w) => !w.optional).length;
      for (const w of query$) terms.push(...w.terms.map((t) => t.term));
      const hits = index.rank(query$);
      // Events holding every word, best first; while fewer than a page do, those holding the rarer half of the
      // words' weight follow them, each word in its best place.
      let full = 0;
      for (let k = 0; k < hits.ids.length; k++) if (hits.matched[k] === required) full++;
      allWords = full > 0;
      // A partial match needs a word found as typed: words that are all guesses ("asdfgh qwerty") find nothing.
      const partial = full < PARTIAL_BELOW && query$.some((w) => !w.corrected);
      const weight = this.head.eventWeight;
      const bursts = this.bursts(hits, required, full);
      for (let k = 0; k < hits.ids.length; k++) {
        const share = hits.scores[k] / (FIELD_TOP * hits.possible);
        const pos = hits.ids[k];
        const news = (IMPORTANCE * weight[pos]) / 255;
        if (hits.matched[k] === required) scores.add(pos, FULL_MATCH + share + news);
        else if (partial && hits.matched[k] > 0 && share >= PARTIAL_SHARE) scores.add(pos, share + news);
      }
      if (bursts) for (const [pos, strength] of bursts) scores.add(pos, BURST * strength);
      // An alias or title typed in full ("ISIS") brings the entity's own events; an acronym that spells a function
      // word, typed as the acronym ("WHO"), means the entity alone, not the word in every event.
      const meant = query$.map((w) => w.meant);
      const name = entities.namedBy(query.trim()) ?? entities.namedBy(words.join(' ')) ?? (meant.join(' ') !== words.join(' ') ? entities.namedBy(meant.join(' ')) : undefined);
      named = name !== undefined;
      if (name?.acronym && words.length === 1 && isFunctionWord(words[0])) acronymOf = this.head.titles[name.e];
      if (name) {
        entities.eventsOfEntity(name.e, 0, Math.min(400, entities.countOf(name.e))).forEach((pos, rank) => scores.add(pos, ENTITY_BONUS * (1 - rank / 400) + (NAME_IMPORTANCE * this.head.eventWeight[pos]) / 255));
        // Its own turning points ("Hosni Mubarak resigns"), wherever they rank among its events.
        const { eventTurn } = this.head;
        for (const pos of entities.eventsOfEntity(name.e)) if (eventTurn[pos] === name.e + 1) scores.add(pos, OWN_TURN);
      }
    } else if (entity) {
      const e = entities.row(entity);
      const pool = e === undefined ? [] : entities.eventsOfEntity(e);
      pool.forEach((pos, rank) => scores.add(pos, 1 - rank / (pool.length + 1)));
    } else if (from || to || category) {
      // No words and no entity: every event is as relevant as any other, so the newest come first.
      for (let pos = 0; pos < this.head.meta.events; pos++) scores.add(pos, 1);
    }
    const dates = this.events.dates();
    const only = entity ?? acronymOf;
    const tagged = only ? new Set(entities.positionsOf(only)) : undefined;
    const categoryId = category ? this.head.categoryNames.indexOf(category) + 1 : 0;
    const filtered = tagged !== undefined || category !== undefined || from !== undefined || to !== undefined;
    const { positions: kept, values } = this.hitScratch(scores.size);
    const { eventCategory } = this.head;
    const byCategory = new Array<number>(this.head.categoryNames.length + 1).fill(0);
    let total = 0;
    for (let i = 0; i < scores.size; i++) {
      const pos = scores.at(i);
      if (filtered && !((!tagged || tagged.has(pos)) && inRange(dates[pos], from, to))) continue;
      byCategory[eventCategory[pos]]++;
      if (category && !(categoryId > 0 && eventCategory[pos] === categoryId)) continue;
      kept[total] = pos;
      values[total++] = scores.score(pos);
    }
    // Events are stored in date order: the newest have the highest positions, which break ties too.
    // A bare name: its best events spread over its years, not the best year's alone.
    const spread = named && sort !== 'date';
    const positions =
      take === 'all'
        ? Array.from(kept.subarray(0, total))
        : spread
          ? spreadOverYears(best(kept, total, Math.max(take, SPREAD_POOL), values), dates, (p) => scores.score(p)).slice(0, take)
          : best(kept, total, take, sort === 'date' ? undefined : values);
    scores.reset();
    return { total, positions, terms: [...new Set(terms)], allWords, byCategory };
  }

  /** Where the events holding every word open a burst of them (core/library/bursts.ts); none for a query of one word or too many matches. */
  private bursts(hits: { ids: Int32Array; matched: Uint8Array }, words: number, full: number): Map<number, number> | undefined {
    if (words < 2 || full < 2 || full > BURST_MAX) return undefined;
    const positions = new Int32Array(full);
    let n = 0;
    for (let k = 0; k < hits.ids.length; k++) if (hits.matched[k] === words) positions[n++] = hits.ids[k];
    positions.sort();
    const days = this.days();
    return burstOpenings(positions, (p) => days[p]);
  }

  /** Each event's day number (core/library/bursts.ts), read once. */
  private days(): Int32Array {
    if (!this.dayList) {
      const dates = this.events.dates();
      this.dayList = Int32Array.from(dates, dayNumber);
    }
    return this.dayList;
  }

  /** Scratch arrays for the hits a query keeps after its filters, grown to hold `n`. */
  private hitScratch(n: number): { positions: Int32Array; values: Float64Array } {
    if (this.kept.length < n) this.kept = grown(this.kept, n);
    if (this.keptScores.length < n) this.keptScores = grown(this.keptScores, n);
    return { positions: this.kept, values: this.keptScores };
  }

  /** Every category with its number of events, biggest first (spelling variants of the data merged). */
  categories(): Array<{ name: string; count: number }> {
    const counts = new Array<number>(this.head.categoryNames.length + 1).fill(0);
    for (const c of this.head.eventCategory) counts[c]++;
    return this.named(counts);
  }

  /** Counts per category id (0: none) as the categories that have any, biggest first. */
  private named(counts: readonly number[]): Array<{ name: string; count: number }> {
    return this.head.categoryNames
      .map((name, i) => ({ name, count: counts[i + 1] }))
      .filter((c) => c.count > 0)
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  }

  /** Event counts per year or month, for an entity or for a query (or for everything). */
  async counts(by: 'year' | 'month', target: { entity?: string; query?: string }): Promise<Array<{ period: string; count: number }>> {
    const dates = this.events.dates();
    let positions: Iterable<number>;
    if (target.entity) positions = this.entities.positionsOf(target.entity);
    else if (target.query) positions = (await this.rank(target.query, {}, 'all')).positions;
    else positions = dates.keys();
    const len = by === 'year' ? 4 : 7;
    const counts = new Map<string, number>();
    for (const p of positions) counts.set(dates[p].slice(0, len), (counts.get(dates[p].slice(0, len)) ?? 0) + 1);
    return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([period, count]) => ({ period, count }));
  }
}
