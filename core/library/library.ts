import { withGaps, type Coverage } from './coverage';
import { EntityTable, type EntityInfo } from './entity-table';
import { CARD_POOL, cardChoice, cardDate } from './card-events';
import { EventStore } from './event-store';
import { isCount } from './is-count';
import { dateAt, fileNames, type DataMeta, type LibraryHead, type LibrarySource } from './library-files';
import { LibrarySearch, type SearchOptions, type SearchResult } from './library-search';
import type { NewsEvent } from '../types';
import { chooseSense, parseSenses, type Sense, type SenseChoice } from './senses';

export type { DataMeta, DataPackage } from './library-files';
export type { EntityInfo } from './entity-table';
export type { SearchOptions, SearchResult } from './library-search';
export { CONTEXT_POOL } from './entity-table';
export { fileNames };
export type { SenseChoice } from './senses';

/** What the hover card shows of one entity. */
export interface EntityCard {
  info: EntityInfo;
  /**
   * Events per year, every year from the first to the last (zeros included) so the strip reads as a timeline; `gap`
   * marks an empty year the data has no events for at all (core/library/coverage.ts), which is no quiet year.
   */
  years: Array<{ period: string; count: number; gap?: boolean }>;
  /** The span of the whole data, and its gaps: the card says what stretch of time it draws on. */
  coverage: Coverage;
  events: NewsEvent[];
}

/**
 * The queries every UI needs, over the split data package (core/library/library-files.ts). Pure: no browser, no I/O; the
 * parts beyond the head come through a `LibrarySource`. A hover card reads the head and the shards of the events it
 * shows; the full-text index loads on the first search (or `prepareSearch()`). The work is done by three parts: the
 * entity table (core/library/entity-table.ts), the event store (core/library/event-store.ts) and the search
 * (core/library/library-search.ts).
 */
export class Library {
  private readonly entities: EntityTable;
  private readonly events: EventStore;
  private readonly finder: LibrarySearch;
  private senseTable?: Map<string, Sense[]>;

  constructor(
    private readonly head: LibraryHead,
    source: LibrarySource,
  ) {
    this.entities = new EntityTable(head);
    this.events = new EventStore(head, source);
    this.finder = new LibrarySearch(head, source, this.entities, this.events);
  }

  get meta(): DataMeta {
    return this.head.meta;
  }

  /** Loads every event shard in the background, one at a time with pauses, so that later lookups find their events in memory. */
  prefetchEvents(): Promise<void> {
    return this.events.prefetch();
  }

  /** Loads the full-text index and warms the search path (the popup asks for this as it opens). Idempotent. */
  prepareSearch(): Promise<unknown> {
    return this.finder.prepare();
  }

  event(id: string): Promise<NewsEvent | undefined> {
    return this.events.event(id);
  }

  entity(title: string): EntityInfo | undefined {
    return this.entities.entity(title);
  }

  /** Entity titles whose title or alias starts with `prefix` (for autocomplete), biggest first. */
  suggestEntities(prefix: string, limit = 8): string[] {
    return this.entities.suggest(prefix, limit);
  }

  /** Full-text search with prefix completion, typo correction and alias expansion. */
  search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    return this.finder.search(query, options);
  }

  /** Every category with its number of events, biggest first (spelling variants of the data merged). */
  categories(): Array<{ name: string; count: number }> {
    return this.finder.categories();
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
    const e = this.entities.row(title);
    if (e === undefined) return [];
    return this.events.at(this.entities.ranked(e, context, offset, limit));
  }

  /** The sense of each name on a page whose other names are `context` (core/library/senses.ts); names with one sense are left out. */
  senses(names: readonly string[], context: readonly string[]): SenseChoice[] {
    this.senseTable ??= parseSenses(this.head.senses);
    const evidence = { ids: (titles: readonly string[]) => this.entities.contextIds(titles), affinity: (t: string, c: ReadonlyMap<number, number>) => this.entities.affinity(t, c) };
    const out: SenseChoice[] = [];
    for (const name of new Set(names)) {
      const senses = this.senseTable.get(name);
      if (senses) out.push(chooseSense(name, senses, context, evidence));
    }
    return out;
  }

  /** The hover card's data: the entity, its events per year and its most relevant events given the page. */
  async card(title: string, options: { context?: string[]; limit?: number; around?: string } = {}): Promise<EntityCard | undefined> {
    const e = this.entities.resolve(title);
    if (e === undefined) return undefined;
    const { first, last, years } = this.entities.span(e);
    const y0 = Number(first.slice(0, 4));
    const info = this.entities.info(e, first, last);
    return {
      info,
      years: withGaps(years.map((count, i) => ({ period: String(y0 + i), count })), this.meta),
      coverage: { first: this.meta.first, last: this.meta.last, gaps: this.meta.gaps },
      events: await this.cardEvents(e, options),
    };
  }

  /** The card's events (core/library/card-events.ts): the defining ones, the page breaking ties, around its date when it has one, oldest first. */
  private cardEvents(e: number, options: { context?: string[]; limit?: number; around?: string }): Promise<NewsEvent[]> {
    const limit = isCount(options.limit) ? options.limit : 5;
    const context = Array.isArray(options.context) ? options.context : [];
    const date = cardDate(options.around);
    const dates = this.head.dates;
    const ranked = this.entities.eventsOfEntity(e, 0, Math.min(CARD_POOL, this.entities.countOf(e)));
    return this.events.at(cardChoice(ranked, this.entities.contextLift(e, context), limit, date ? { date, dateOf: (p) => dateAt(dates, p) } : undefined));
  }

  /** Every event tagged with any of these entities (titles or aliases), once each, oldest first. */
  async eventsOf(titles: readonly string[]): Promise<NewsEvent[]> {
    const dates = this.events.dates();
    return this.events.at([...this.entities.eventsOfAny(titles)].sort((a, b) => (dates[a] < dates[b] ? -1 : dates[a] > dates[b] ? 1 : 0)));
  }

  related(id: string): Promise<NewsEvent[]> {
    return this.events.related(id);
  }

  /** Event counts per year or month, for an entity or for a query (or for everything). */
  counts(by: 'year' | 'month', target: { entity?: string; query?: string } = {}): Promise<Array<{ period: string; count: number }>> {
    return this.finder.counts(by, target);
  }
}
