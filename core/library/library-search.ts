import type { EntityTable } from './entity-table';
import type { EventStore } from './event-store';
import { isCount } from './is-count';
import type { LibraryHead, LibrarySource } from './library-files';
import { best, grown, ScoreTable } from './score-table';
import { SearchIndex } from './search-index';
import type { NewsEvent } from '../types';
import { searchWords, Vocabulary } from './vocabulary';

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
}

/** Queries that take every path a keystroke takes: a one-letter prefix, a longer one, a word then a prefix. */
const WARM_QUERIES = ['s', 'sta', 'united s', 'presidential elec'];

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
        index: new SearchIndex(postings),
      }));
      part.catch(() => (this.searchPart = undefined));
      this.searchPart = part;
    }
    return this.searchPart;
  }

  /** Full-text search with prefix completion, typo correction and alias expansion. */
  async search(query: string, options: SearchOptions): Promise<SearchResult> {
    const limit = isCount(options.limit) ? options.limit : 20; // it comes from a message
    const { total, positions, terms } = await this.rank(query, options, limit);
    return { total, events: await this.events.at(positions), terms };
  }

  /**
   * The events a query matches after the options' filters: how many, the `take` best (or newest) in order, and the
   * words searched. Every match is scored and filtered before any is cut (`take: 'all'` returns them all, unordered).
   */
  private async rank(query: string, options: SearchOptions, take: number | 'all'): Promise<{ total: number; positions: number[]; terms: string[] }> {
    const { entity, from, to, category, sort = 'relevance' } = options;
    const words = searchWords(query);
    const search = words.length ? await this.search$() : undefined;
    // From here on nothing is awaited: the score table is shared by every query.
    const scores = this.scores;
    scores.reset();
    const terms: string[] = [];
    const entities = this.entities;
    if (search) {
      const { index, vocabulary } = search;
      const head = words.slice(0, -1).map((w) => (vocabulary.has(w) ? w : vocabulary.correct(w)[0] ?? w));
      const last = words[words.length - 1];
      // A short last word completes to fewer words: each variant is a full query over the index, every match of it
      // scored, and a prefix of one or two letters matches thousands of events through any of its words. One letter
      // alone takes the most used word, one letter after other words or two letters the 2 most used, else 5
      // (docs/bench-history.md).
      const variants = last.length === 1 && !head.length ? 1 : last.length <= 2 ? 2 : 5;
      const lastVariants = [...new Set([...(vocabulary.has(last) ? [last] : []), ...vocabulary.complete(last, variants)])];
      if (!lastVariants.length) lastVariants.push(...vocabulary.correct(last, 2));
      terms.push(...head, ...lastVariants);
      for (const [n, variant] of lastVariants.entries()) {
        const weight = variant === last ? 1 : 0.9 - n * 0.05;
        const { ids, scores: found } = index.all([...head, variant].join(' '));
        for (let k = 0; k < ids.length; k++) scores.max(ids[k], found[k] * weight);
      }
      // An alias or title typed in full ("ISIS") brings the entity's own events.
      const e = entities.named(query.trim().toLowerCase()) ?? entities.named(words.join(' '));
      if (e !== undefined) entities.eventsOfEntity(e, 0, Math.min(400, entities.countOf(e))).forEach((pos, rank) => scores.add(pos, 4 * (1 - rank / 400)));
    } else if (entity) {
      const e = entities.row(entity);
      const pool = e === undefined ? [] : entities.eventsOfEntity(e);
      pool.forEach((pos, rank) => scores.add(pos, 1 - rank / (pool.length + 1)));
    } else if (from || to || category) {
      // No words and no entity: every event is as relevant as any other, so the newest come first.
      for (let pos = 0; pos < this.head.meta.events; pos++) scores.add(pos, 1);
    }
    const dates = this.events.dates();
    const tagged = entity ? new Set(entities.positionsOf(entity)) : undefined;
    const categoryId = category ? this.head.categoryNames.indexOf(category) + 1 : 0;
    const filtered = tagged !== undefined || category !== undefined || from !== undefined || to !== undefined;
    const { positions: kept, values } = this.hitScratch(scores.size);
    let total = 0;
    for (let i = 0; i < scores.size; i++) {
      const pos = scores.at(i);
      if (filtered && !((!tagged || tagged.has(pos)) && (!category || (categoryId > 0 && this.head.eventCategory[pos] === categoryId)) && inRange(dates[pos], from, to))) continue;
      kept[total] = pos;
      values[total++] = scores.score(pos);
    }
    // Events are stored in date order: the newest have the highest positions, which break ties too.
    const positions = take === 'all' ? Array.from(kept.subarray(0, total)) : best(kept, total, take, sort === 'date' ? undefined : values);
    scores.reset();
    return { total, positions, terms: [...new Set(terms)] };
  }

  /** Scratch arrays for the hits a query keeps after its filters, grown to hold `n`. */
  private hitScratch(n: number): { positions: Int32Array; values: Float64Array } {
    if (this.kept.length < n) this.kept = grown(this.kept, n);
    if (this.keptScores.length < n) this.keptScores = grown(this.keptScores, n);
    return { positions: this.kept, values: this.keptScores };
  }

  /** Every category with its number of events, biggest first (spelling variants of the data merged). */
  categories(): Array<{ name: string; count: number }> {
    const { categoryNames, eventCategory } = this.head;
    const counts = new Array<number>(categoryNames.length + 1).fill(0);
    for (let i = 0; i < eventCategory.length; i++) counts[eventCategory[i]]++;
    return categoryNames
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
