/** The Library as it was before the package was split (one JSON file, every event in memory): the reference the split form is checked against. */
import { canonicalCategory } from '../../core/build/categories';
import { withGaps } from '../../core/library/coverage';
import { cardChoice } from '../../core/library/card-events';
import { foldText } from '../../core/text';
import type { DataMeta, DataPackage, EntityCard, EntityInfo, SearchOptions, SearchResult } from '../../core/library/library';
import type { NewsEvent } from '../../core/types';
import { searchWords, Vocabulary } from '../../core/library/vocabulary';
import { LegacySearchIndex } from './legacy-search';

const inRange = (date: string, from?: string, to?: string) =>
  (!from || date >= from) && (!to || date.slice(0, to.length) <= to);

/** The queries every UI needs, over one loaded data package. Pure: no browser, no I/O. */
export class LegacyLibrary {
  private readonly vocabulary: Vocabulary;
  private readonly positionOf = new Map<string, number>();
  private readonly entityOf = new Map<string, DataPackage['entities'][number]>();
  private readonly aliasToTitle = new Map<string, string>();
  /** Aliases folded for diacritic-free autocomplete, built on first use. */
  private foldedAliases?: Array<[string, string]>;
  private categoryOf?: Array<string | undefined>;

  /** `data` without its search postings: the index is FlexSearch's own, built again from the events. */
  static async create(data: DataPackage): Promise<LegacyLibrary> {
    const aliases = new Map(data.entities.map((e) => [e.title, e.aliases]));
    return new LegacyLibrary(data, await LegacySearchIndex.build(data.events, (t) => aliases.get(t) ?? []));
  }

  private constructor(
    private readonly data: DataPackage,
    private readonly index: LegacySearchIndex,
  ) {
    this.vocabulary = new Vocabulary(data.vocabulary);
    data.events.forEach((e, i) => this.positionOf.set(e.id, i));
    for (const e of data.entities) {
      this.entityOf.set(e.title, e);
      for (const a of [e.title, ...e.aliases]) {
        const key = a.toLowerCase();
        if (!this.aliasToTitle.has(key)) this.aliasToTitle.set(key, e.title);
      }
    }
  }

  get meta(): DataMeta {
    return this.data.meta;
  }

  event(id: string): NewsEvent | undefined {
    const i = this.positionOf.get(id);
    return i === undefined ? undefined : this.data.events[i];
  }

  entity(title: string): EntityInfo | undefined {
    const e = this.entityOf.get(title) ?? this.entityOf.get(this.aliasToTitle.get(title.toLowerCase()) ?? '');
    if (!e) return undefined;
    const dates = e.events.map((i) => this.data.events[i].date).sort();
    return { title: e.title, aliases: e.aliases, count: e.events.length, first: dates[0] ?? '', last: dates[dates.length - 1] ?? '' };
  }

  /** Entity titles whose title or alias starts with `prefix` (for autocomplete), biggest first. */
  suggestEntities(prefix: string, limit = 8): string[] {
    const p = prefix.trim().toLowerCase();
    if (!p) return [];
    const out = new Set<string>();
    const folded = foldText(p);
    this.foldedAliases ??= [...this.aliasToTitle].map(([alias, title]) => [foldText(alias), title]);
    for (const [alias, title] of this.foldedAliases) if (alias.startsWith(folded)) out.add(title);
    return [...out].sort((a, b) => this.entityOf.get(b)!.events.length - this.entityOf.get(a)!.events.length).slice(0, limit);
  }

  /** Full-text search with prefix completion, typo correction and alias expansion. */
  search(query: string, options: SearchOptions = {}): SearchResult {
    const { limit = 20, entity, from, to, category, sort = 'relevance' } = options;
    const words = searchWords(query);
    const scores = new Map<number, number>();
    const terms: string[] = [];
    if (words.length) {
      const head = words.slice(0, -1).map((w) => (this.vocabulary.has(w) ? w : this.vocabulary.correct(w)[0] ?? w));
      const last = words[words.length - 1];
      // As many completions as the split library takes (core/library/library.ts: fewer for a short last word).
      const variants = last.length === 1 && !head.length ? 1 : last.length <= 2 ? 2 : 5;
      const lastVariants = [...new Set([...(this.vocabulary.has(last) ? [last] : []), ...this.vocabulary.complete(last, variants)])];
      if (!lastVariants.length) lastVariants.push(...this.vocabulary.correct(last, 2));
      terms.push(...head, ...lastVariants);
      for (const [n, variant] of lastVariants.entries()) {
        const weight = variant === last ? 1 : 0.9 - n * 0.05;
        // Every match, no field's answer cut (until 2026-12-01, eleventh session, 400 a field: filters and the
        // order by date then saw only those, and the count counted only those).
        for (const hit of this.index.search([...head, variant].join(' '), this.data.events.length)) {
          scores.set(hit.id, Math.max(scores.get(hit.id) ?? 0, hit.score * weight));
        }
      }
      // An alias or title typed in full ("ISIS") brings the entity's own events.
      const alias = this.aliasToTitle.get(query.trim().toLowerCase()) ?? this.aliasToTitle.get(words.join(' '));
      const e = alias ? this.entityOf.get(alias) : undefined;
      e?.events.slice(0, 400).forEach((pos, rank) => scores.set(pos, (scores.get(pos) ?? 0) + 4 * (1 - rank / 400)));
    } else if (entity) {
      const pool = this.entityOf.get(entity)?.events ?? [];
      pool.forEach((pos, rank) => scores.set(pos, 1 - rank / (pool.length + 1)));
    } else if (from || to || category) {
      // No words and no entity: every event is as relevant as any other, so the newest come first.
      this.data.events.forEach((_, pos) => scores.set(pos, 1));
    }
    const tagged = entity ? new Set(this.entityOf.get(entity)?.events ?? []) : undefined;
    const categories = category ? this.eventCategories() : undefined;
    const hits = [...scores].filter(
      ([pos]) => (!tagged || tagged.has(pos)) && (!categories || categories[pos] === category) && inRange(this.data.events[pos].date, from, to),
    );
    // Newest first, and among events of one day the one stored later (events are stored in date order).
    if (sort === 'date') hits.sort((a, b) => b[0] - a[0]);
    else hits.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    return { total: hits.length, events: hits.slice(0, limit).map(([pos]) => this.data.events[pos]), terms: [...new Set(terms)], allWords: true };
  }

  /** Every category with its number of events, biggest first (spelling variants of the data merged). */
  categories(): Array<{ name: string; count: number }> {
    const counts = new Map<string, number>();
    for (const c of this.eventCategories()) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  }

  private eventCategories(): Array<string | undefined> {
    return (this.categoryOf ??= this.data.events.map((e) => canonicalCategory(e.category)));
  }

  /**
   * An entity's events, most relevant first. With `context` (the other entities on the page),
   * events that also involve them rise, rarer context entities counting more.
   */
  entityEvents(title: string, options: { context?: string[]; limit?: number; offset?: number } = {}): NewsEvent[] {
    const { context = [], limit = 10, offset = 0 } = options;
    const e = this.entityOf.get(title);
    if (!e) return [];
    const ctx = new Map(context.filter((t) => t !== title).map((t) => [t, 1 / Math.log2(2 + (this.entityOf.get(t)?.events.length ?? 1))]));
    let order = e.events;
    if (ctx.size) {
      const n = e.events.length;
      const score = (pos: number, rank: number) => (1 - rank / n) + 3 * this.data.events[pos].entities.reduce((s, t) => s + (ctx.get(t) ?? 0), 0);
      order = e.events.map((pos, rank) => [pos, score(pos, rank)] as const).sort((a, b) => b[1] - a[1]).map(([pos]) => pos);
    }
    return order.slice(offset, offset + limit).map((pos) => this.data.events[pos]);
  }

  /** The hover card's data: the entity, its events per year and its most relevant events given the page. */
  card(title: string, options: { context?: string[]; limit?: number } = {}): EntityCard | undefined {
    const info = this.entity(title);
    if (!info) return undefined;
    const counts = new Map(this.counts('year', { entity: info.title }).map((c) => [c.period, c.count]));
    const years: EntityCard['years'] = [];
    const { first, last, gaps } = this.data.meta;
    for (let y = Number(info.first.slice(0, 4)); y <= Number(info.last.slice(0, 4)); y++) years.push({ period: String(y), count: counts.get(String(y)) ?? 0 });
    const ctx = new Map((options.context ?? []).filter((t) => t !== info.title).map((t) => [t, 1 / Math.log2(2 + (this.entityOf.get(t)?.events.length ?? 1))]));
    const lift = (pos: number) => this.data.events[pos].entities.reduce((s, t) => s + (ctx.get(t) ?? 0), 0);
    const chosen = cardChoice(this.entityOf.get(info.title)!.events, lift, options.limit ?? 5);
    return { info, years: withGaps(years, this.data.meta), coverage: { first, last, gaps }, events: chosen.map((pos) => this.data.events[pos]) };
  }

  /** Every event tagged with any of these entities (titles or aliases), once each, oldest first. */
  eventsOf(titles: readonly string[]): NewsEvent[] {
    const positions = new Set<number>();
    for (const t of titles) {
      const e = this.entityOf.get(t) ?? this.entityOf.get(this.aliasToTitle.get(t.toLowerCase()) ?? '');
      e?.events.forEach((p) => positions.add(p));
    }
    return [...positions].map((p) => this.data.events[p]).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  related(id: string): NewsEvent[] {
    return (this.event(id)?.related ?? []).map((r) => this.event(r)).filter((e): e is NewsEvent => !!e);
  }

  /** Event counts per year or month, for an entity or for a query (or for everything). */
  counts(by: 'year' | 'month', target: { entity?: string; query?: string } = {}): Array<{ period: string; count: number }> {
    let events: NewsEvent[];
    if (target.entity) events = (this.entityOf.get(target.entity)?.events ?? []).map((p) => this.data.events[p]);
    else if (target.query) events = this.search(target.query, { limit: Infinity }).events;
    else events = this.data.events;
    const len = by === 'year' ? 4 : 7;
    const counts = new Map<string, number>();
    for (const e of events) counts.set(e.date.slice(0, len), (counts.get(e.date.slice(0, len)) ?? 0) + 1);
    return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([period, count]) => ({ period, count }));
  }
}
