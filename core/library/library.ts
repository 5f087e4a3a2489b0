import { isCount } from './is-count';
import type { IntColumn } from './binary-file';
import { ALIAS_SEP, fileNames, type DataMeta, type LibraryHead, type LibrarySource } from './library-files';
import { best, grown, ScoreTable } from './score-table';
import { SearchIndex } from './search-index';
import { ShardLines } from './shard-lines';
import { foldText } from '../text';
import type { NewsEvent } from '../types';
import { searchWords, Vocabulary } from './vocabulary';

export type { DataMeta, DataPackage } from './library-files';
export { fileNames };

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

export interface EntityInfo {
  title: string;
  aliases: string[];
  count: number;
  first: string;
  last: string;
}

/** What the hover card shows of one entity. */
export interface EntityCard {
  info: EntityInfo;
  /** Events per year, every year from the first to the last (zeros included) so the strip reads as a timeline. */
  years: Array<{ period: string; count: number }>;
  events: NewsEvent[];
}

/** Context ranking looks at an entity's most relevant events only: hub entities have thousands. */
export const CONTEXT_POOL = 300;
/** Shards requested together by `prefetchEvents()`. */
const PREFETCH_BATCH = 8;
/** Queries that take every path a keystroke takes: a one-letter prefix, a longer one, a word then a prefix. */
const WARM_QUERIES = ['s', 'sta', 'united s', 'presidential elec'];

const inRange = (date: string, from?: string, to?: string) =>
  (!from || date >= from) && (!to || date.slice(0, to.length) <= to);

/** The year of event p, its four digits read in place in the dates column: no substring per event (a hub has tens of thousands at 10×). */
const yearAt = (dates: string, p: number): number =>
  (dates.charCodeAt(10 * p) - 48) * 1000 + (dates.charCodeAt(10 * p + 1) - 48) * 100 + (dates.charCodeAt(10 * p + 2) - 48) * 10 + dates.charCodeAt(10 * p + 3) - 48;

const slice = (column: IntColumn, from: number, to: number): number[] => Array.from(column.subarray(from, to));

interface SearchPart {
  index: SearchIndex;
  vocabulary: Vocabulary;
}

/**
 * The queries every UI needs, over the split data package (core/library/library-files.ts). Pure: no browser, no I/O; the
 * parts beyond the head come through a `LibrarySource`. A hover card reads the head and the shards of the events it
 * shows; the full-text index loads on the first search (or `prepareSearch()`).
 */
export class Library {
  private readonly entityIndex = new Map<string, number>();
  /** Lower-cased titles and aliases → title, built on first use (not before the first card). */
  private aliasMap?: Map<string, string>;
  private readonly shardCache = new Map<number, Promise<ShardLines>>();
  private readonly loaded: Array<ShardLines | undefined> = [];
  /** Aliases folded for diacritic-free autocomplete, built on first use. */
  private foldedAliases?: Array<[string, string]>;
  private dateList?: string[];
  /** Entities' date spans, derived once each (a hub's takes a pass over thousands of dates). */
  private readonly spans = new Map<number, { first: string; last: string; years: number[] }>();
  private positionOf?: Promise<Map<string, number>>;
  private searchPart?: Promise<SearchPart>;
  private warmed?: Promise<void>;
  /** The scores of the query being ranked (one at a time: `rank` awaits nothing while it uses them). */
  private readonly scores = new ScoreTable();
  private kept = new Int32Array(0);
  private keptScores = new Float64Array(0);

  constructor(
    private readonly head: LibraryHead,
    private readonly source: LibrarySource,
  ) {
    head.titles.forEach((title, i) => this.entityIndex.set(title, i));
  }

  private get aliasToTitle(): Map<string, string> {
    if (!this.aliasMap) {
      const map = new Map<string, string>();
      this.head.titles.forEach((title, i) => {
        for (const a of [title, ...this.aliasesOf(i)]) if (!map.has(a.toLowerCase())) map.set(a.toLowerCase(), title);
      });
      this.aliasMap = map;
    }
    return this.aliasMap;
  }

  get meta(): DataMeta {
    return this.head.meta;
  }

  /** The entity with this exact title: its id (index in the head's entity columns). */
  private row(title: string): number | undefined {
    return this.entityIndex.get(title);
  }

  /** The entity with this title or alias (any case). */
  private resolve(title: string): number | undefined {
    return this.row(title) ?? this.row(this.aliasToTitle.get(title.toLowerCase()) ?? '');
  }

  private aliasesOf(e: number): string[] {
    const joined = this.head.aliases[e];
    return joined ? joined.split(ALIAS_SEP) : [];
  }

  private countOf(e: number): number {
    return this.head.entityEventStart[e + 1] - this.head.entityEventStart[e];
  }

  /** Entity e's events from rank `from` to rank `to` (most relevant first). */
  private eventsOfEntity(e: number, from = 0, to = this.countOf(e)): number[] {
    const start = this.head.entityEventStart[e];
    return slice(this.head.entityEvents, start + Math.min(from, to), start + to);
  }

  private info(e: number, first: string, last: string): EntityInfo {
    return { title: this.head.titles[e], aliases: this.aliasesOf(e), count: this.countOf(e), first, last };
  }

  /**
   * The first and last date of entity e's events, and its event count per year (zeros included) in between. Events
   * are in date order (core/library/library-files.ts checks it), so the first and last are at the lowest and highest position.
   */
  private span(e: number): { first: string; last: string; years: number[] } {
    const known = this.spans.get(e);
    if (known) return known;
    const { dates, entityEventStart, entityEvents } = this.head;
    const from = entityEventStart[e];
    const to = entityEventStart[e + 1];
    let span = { first: '', last: '', years: [] as number[] };
    if (to > from) {
      let low = entityEvents[from];
      let high = low;
      for (let j = from + 1; j < to; j++) {
        const p = entityEvents[j];
        if (p < low) low = p;
        else if (p > high) high = p;
      }
      const y0 = yearAt(dates, low);
      const years = new Array<number>(yearAt(dates, high) - y0 + 1).fill(0);
      for (let j = from; j < to; j++) years[yearAt(dates, entityEvents[j]) - y0]++;
      span = { first: dates.slice(10 * low, 10 * low + 10).trimEnd(), last: dates.slice(10 * high, 10 * high + 10).trimEnd(), years };
    }
    this.spans.set(e, span);
    return span;
  }

  private dates(): string[] {
    if (!this.dateList) {
      const { dates } = this.head;
      const list: string[] = new Array(dates.length / 10);
      for (let i = 0; i < list.length; i++) list[i] = dates.slice(10 * i, 10 * i + 10);
      this.dateList = list;
    }
    return this.dateList;
  }

  /** The events at these positions, in this order, loading the shards they live in. */
  private async eventsAt(positions: readonly number[]): Promise<NewsEvent[]> {
    const size = this.head.shardSize;
    const needed = new Set<number>();
    for (const p of positions) if (!this.loaded[Math.floor(p / size)]) needed.add(Math.floor(p / size));
    await Promise.all(
      [...needed].map((k) => {
        let shard = this.shardCache.get(k);
        if (!shard) {
          shard = this.source.shard(k).then((text) => (this.loaded[k] = new ShardLines(text, fileNames.shard(k))));
          shard.catch(() => this.shardCache.delete(k));
          this.shardCache.set(k, shard);
        }
        return shard;
      }),
    );
    return positions.map((p) => this.loaded[Math.floor(p / size)]!.event(p % size));
  }

  /** Loads every event shard in the background, one at a time with pauses, so that later lookups find their events in memory. */
  async prefetchEvents(): Promise<void> {
    const { shards, shardSize } = this.head;
    for (let k = 0; k < shards; k += PREFETCH_BATCH) {
      const batch: number[] = [];
      for (let j = k; j < Math.min(shards, k + PREFETCH_BATCH); j++) if (!this.loaded[j]) batch.push(j * shardSize);
      await this.eventsAt(batch);
      if (this.source.pause) await this.source.pause();
    }
  }

  /**
   * Loads the full-text index (its postings read in place: core/library/search-file.ts), then runs a few throwaway searches so that
   * a reader's first keystrokes do not pay for compiling the search path (the popup asks for this as it opens).
   * Idempotent.
   */
  prepareSearch(): Promise<unknown> {
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

  /** Event ids → positions, from the ids file (loaded on the first lookup by id). */
  private positions(): Promise<Map<string, number>> {
    if (!this.positionOf) {
      const map = this.source.ids().then((ids) => new Map(ids.split('\n').map((id, i) => [id, i])));
      map.catch(() => (this.positionOf = undefined));
      this.positionOf = map;
    }
    return this.positionOf;
  }

  async event(id: string): Promise<NewsEvent | undefined> {
    const i = (await this.positions()).get(id);
    return i === undefined ? undefined : (await this.eventsAt([i]))[0];
  }

  entity(title: string): EntityInfo | undefined {
    const e = this.resolve(title);
    if (e === undefined) return undefined;
    const { first, last } = this.span(e);
    return this.info(e, first, last);
  }

  /** Entity titles whose title or alias starts with `prefix` (for autocomplete), biggest first. */
  suggestEntities(prefix: string, limit = 8): string[] {
    const p = prefix.trim().toLowerCase();
    if (!p) return [];
    const out = new Set<string>();
    const folded = foldText(p);
    this.foldedAliases ??= [...this.aliasToTitle].map(([alias, title]) => [foldText(alias), title]);
    for (const [alias, title] of this.foldedAliases) if (alias.startsWith(folded)) out.add(title);
    return [...out].sort((a, b) => this.countOf(this.row(b)!) - this.countOf(this.row(a)!)).slice(0, limit);
  }

  /** Full-text search with prefix completion, typo correction and alias expansion. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    const limit = isCount(options.limit) ? options.limit : 20; // it comes from a message
    const { total, positions, terms } = await this.rank(query, options, limit);
    return { total, events: await this.eventsAt(positions), terms };
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
      const alias = this.aliasToTitle.get(query.trim().toLowerCase()) ?? this.aliasToTitle.get(words.join(' '));
      const e = alias ? this.row(alias) : undefined;
      if (e !== undefined) this.eventsOfEntity(e, 0, Math.min(400, this.countOf(e))).forEach((pos, rank) => scores.add(pos, 4 * (1 - rank / 400)));
    } else if (entity) {
      const e = this.row(entity);
      const pool = e === undefined ? [] : this.eventsOfEntity(e);
      pool.forEach((pos, rank) => scores.add(pos, 1 - rank / (pool.length + 1)));
    } else if (from || to || category) {
      // No words and no entity: every event is as relevant as any other, so the newest come first.
      for (let pos = 0; pos < this.head.meta.events; pos++) scores.add(pos, 1);
    }
    const dates = this.dates();
    const tagged = entity ? new Set(this.positionsOf(entity)) : undefined;
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

  /** The events of the entity with this exact title, most relevant first (none for an unknown title). */
  private positionsOf(title: string): number[] {
    const e = this.row(title);
    return e === undefined ? [] : this.eventsOfEntity(e);
  }

  /** Positions of an entity's events, most relevant first, with `context` lifting those that involve it. */
  private order(e: number, context: readonly string[], end: number): number[] {
    const n = this.countOf(e);
    const ctx = new Map<number, number>();
    for (const t of context) {
      const id = this.entityIndex.get(t);
      if (id !== e && id !== undefined) ctx.set(id, 1 / Math.log2(2 + this.countOf(id)));
    }
    if (!ctx.size) return this.eventsOfEntity(e, 0, Math.min(end, n));
    const { eventEntityStart: start, eventEntities: ids } = this.head;
    const pool = Math.min(n, CONTEXT_POOL);
    const scored: Array<[number, number]> = [];
    this.eventsOfEntity(e, 0, pool).forEach((pos, rank) => {
      let s = 0;
      for (let j = start[pos], end = start[pos + 1]; j < end; j++) s += ctx.get(ids[j]) ?? 0;
      scored.push([pos, 1 - rank / n + 3 * s]);
    });
    scored.sort((a, b) => b[1] - a[1]);
    return [...scored.map(([pos]) => pos), ...this.eventsOfEntity(e, pool, Math.max(pool, Math.min(end, n)))];
  }

  /**
   * An entity's events, most relevant first. With `context` (the other entities on the page), events that also
   * involve them rise, rarer context entities counting more (among the entity's `CONTEXT_POOL` most relevant).
   */
  async entityEvents(title: string, options: { context?: string[]; limit?: number; offset?: number } = {}): Promise<NewsEvent[]> {
    const { context = [] } = options;
    // Counts from a message: anything but a whole number ≥ 0 takes the default (a negative offset would read into
    // the previous entity's events).
    const limit = isCount(options.limit) ? options.limit : 10;
    const offset = isCount(options.offset) ? options.offset : 0;
    const e = this.row(title);
    if (e === undefined) return [];
    const n = this.countOf(e);
    const order = context.length ? this.order(e, context, offset + limit) : this.eventsOfEntity(e, Math.min(offset, n), Math.min(offset + limit, n));
    return this.eventsAt(context.length ? order.slice(offset, offset + limit) : order);
  }

  /** The hover card's data: the entity, its events per year and its most relevant events given the page. */
  async card(title: string, options: { context?: string[]; limit?: number } = {}): Promise<EntityCard | undefined> {
    const e = this.resolve(title);
    if (e === undefined) return undefined;
    const { first, last, years } = this.span(e);
    const y0 = Number(first.slice(0, 4));
    const info = this.info(e, first, last);
    return {
      info,
      years: years.map((count, i) => ({ period: String(y0 + i), count })),
      events: await this.entityEvents(info.title, { context: options.context, limit: options.limit ?? 5 }),
    };
  }

  /** Every event tagged with any of these entities (titles or aliases), once each, oldest first. */
  async eventsOf(titles: readonly string[]): Promise<NewsEvent[]> {
    const positions = new Set<number>();
    for (const t of titles) {
      const e = this.resolve(t);
      if (e !== undefined) for (const pos of this.eventsOfEntity(e)) positions.add(pos);
    }
    const dates = this.dates();
    return this.eventsAt([...positions].sort((a, b) => (dates[a] < dates[b] ? -1 : dates[a] > dates[b] ? 1 : 0)));
  }

  async related(id: string): Promise<NewsEvent[]> {
    const related = (await this.event(id))?.related ?? [];
    const positionOf = await this.positions();
    const positions = related.map((r) => positionOf.get(r)).filter((p): p is number => p !== undefined);
    return this.eventsAt(positions);
  }

  /** Event counts per year or month, for an entity or for a query (or for everything). */
  async counts(by: 'year' | 'month', target: { entity?: string; query?: string } = {}): Promise<Array<{ period: string; count: number }>> {
    const dates = this.dates();
    let positions: Iterable<number>;
    if (target.entity) positions = this.positionsOf(target.entity);
    else if (target.query) positions = (await this.rank(target.query, {}, 'all')).positions;
    else positions = dates.keys();
    const len = by === 'year' ? 4 : 7;
    const counts = new Map<string, number>();
    for (const p of positions) counts.set(dates[p].slice(0, len), (counts.get(dates[p].slice(0, len)) ?? 0) + 1);
    return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([period, count]) => ({ period, count }));
  }
}
