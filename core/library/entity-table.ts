import type { IntColumn } from './binary-file';
import { ALIAS_SEP, dateAt, type LibraryHead } from './library-files';
import { foldText } from '../text';
import { searchWords } from './vocabulary';

export interface EntityInfo {
  title: string;
  aliases: string[];
  /** Who or what it is, in a line from the data ("Russian President (2003–2008, 2012–)"); absent when the data says nothing. */
  description?: string;
  count: number;
  first: string;
  last: string;
}

/** Context ranking looks at an entity's most relevant events only: hub entities have thousands. */
export const CONTEXT_POOL = 300;

/** A sense's affinity to a page reads this many of its most defining events. */
const SENSE_POOL = 200;

/** The year of event p, its four digits read in place in the dates column: no substring per event (a hub has tens of thousands at 10×). */
const yearAt = (dates: string, p: number): number =>
  (dates.charCodeAt(10 * p) - 48) * 1000 + (dates.charCodeAt(10 * p + 1) - 48) * 100 + (dates.charCodeAt(10 * p + 2) - 48) * 10 + dates.charCodeAt(10 * p + 3) - 48;

/** A name's words as a query's words are read (core/library/vocabulary.ts), one space between. */
const wordKey = (name: string): string => searchWords(name).join(' ');

const slice = (column: IntColumn, from: number, to: number): number[] => Array.from(column.subarray(from, to));

/**
 * The head's entities: their titles and aliases, the lookups by name, and each entity's events as positions (most
 * relevant first). An entity is its id, its index in the head's entity columns.
 */
export class EntityTable {
  private readonly entityIndex = new Map<string, number>();
  /** Lower-cased titles and aliases → title, built on first use (not before the first card). */
  private aliasMap?: Map<string, string>;
  /** Titles and aliases by their words (`wordKey`: "kim jong un" for "Kim Jong-un", "erdogan" for "Erdoğan") → title, built on first use. */
  private wordMap?: Map<string, string>;
  /** Aliases folded for diacritic-free autocomplete, built on first use. */
  private foldedAliases?: Array<[string, string]>;
  /** Entities' date spans, derived once each (a hub's takes a pass over thousands of dates). */
  private readonly spans = new Map<number, { first: string; last: string; years: number[] }>();

  constructor(private readonly head: LibraryHead) {
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

  private get wordKeyToTitle(): Map<string, string> {
    if (!this.wordMap) {
      const map = new Map<string, string>();
      this.head.titles.forEach((title, i) => {
        for (const a of [title, ...this.aliasesOf(i)]) {
          const key = wordKey(a);
          if (!map.has(key)) map.set(key, title);
        }
      });
      this.wordMap = map;
    }
    return this.wordMap;
  }

  /** The entity with this exact title. */
  row(title: string): number | undefined {
    return this.entityIndex.get(title);
  }

  /** The entity with this title or alias, already lower-cased. */
  named(name: string): number | undefined {
    const title = this.aliasToTitle.get(name);
    return title ? this.row(title) : undefined;
  }

  /**
   * The entity a query names in full by a title or alias, in any case, but an acronym ("WHO", "ISIS") only as
   * written in capitals: "who" is the word. `acronym` says the query is that acronym.
   */
  namedBy(query: string): { e: number; acronym: boolean } | undefined {
    let e = this.named(query.toLowerCase());
    let same = (a: string) => a.toLowerCase() === query.toLowerCase();
    if (e === undefined) {
      // The same words in other case, dashes or accents ("kim jong un", "Erdogan").
      const key = wordKey(query);
      const title = key ? this.wordKeyToTitle.get(key) : undefined;
      e = title === undefined ? undefined : this.row(title);
      same = (a: string) => wordKey(a) === key;
    }
    if (e === undefined) return undefined;
    const written = [this.head.titles[e], ...this.aliasesOf(e)].find(same)!;
    const acronym = /^\p{Lu}{2,8}$/u.test(written);
    return acronym && written !== query ? undefined : { e, acronym };
  }

  /** The entity with this title or alias (any case). */
  resolve(title: string): number | undefined {
    return this.row(title) ?? this.row(this.aliasToTitle.get(title.toLowerCase()) ?? '');
  }

  private aliasesOf(e: number): string[] {
    const joined = this.head.aliases[e];
    return joined ? joined.split(ALIAS_SEP) : [];
  }

  countOf(e: number): number {
    return this.head.entityEventStart[e + 1] - this.head.entityEventStart[e];
  }

  /** Entity e's events from rank `from` to rank `to` (most relevant first). */
  eventsOfEntity(e: number, from = 0, to = this.countOf(e)): number[] {
    const start = this.head.entityEventStart[e];
    return slice(this.head.entityEvents, start + Math.min(from, to), start + to);
  }

  /** The events of the entity with this exact title, most relevant first (none for an unknown title). */
  positionsOf(title: string): number[] {
    const e = this.row(title);
    return e === undefined ? [] : this.eventsOfEntity(e);
  }

  /** Every event of any of these entities (titles or aliases), once each. */
  eventsOfAny(titles: readonly string[]): Set<number> {
    const positions = new Set<number>();
    for (const t of titles) {
      const e = this.resolve(t);
      if (e !== undefined) for (const pos of this.eventsOfEntity(e)) positions.add(pos);
    }
    return positions;
  }

  info(e: number, first: string, last: string): EntityInfo {
    const description = this.head.descriptions[e];
    return { title: this.head.titles[e], aliases: this.aliasesOf(e), ...(description && { description }), count: this.countOf(e), first, last };
  }

  entity(title: string): EntityInfo | undefined {
    const e = this.resolve(title);
    if (e === undefined) return undefined;
    const { first, last } = this.span(e);
    return this.info(e, first, last);
  }

  /**
   * The first and last date of entity e's events, and its event count per year (zeros included) in between. Events
   * are in date order (core/build/split-package.ts checks it), so the first and last are at the lowest and highest position.
   */
  span(e: number): { first: string; last: string; years: number[] } {
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
      span = { first: dateAt(dates, low), last: dateAt(dates, high), years };
    }
    this.spans.set(e, span);
    return span;
  }

  /** Entity titles whose title or alias starts with `prefix` (for autocomplete), biggest first. */
  suggest(prefix: string, limit: number): string[] {
    const p = prefix.trim().toLowerCase();
    if (!p) return [];
    const out = new Set<string>();
    const folded = foldText(p);
    this.foldedAliases ??= [...this.aliasToTitle].map(([alias, title]) => [foldText(alias), title]);
    for (const [alias, title] of this.foldedAliases) if (alias.startsWith(folded)) out.add(title);
    return [...out].sort((a, b) => this.countOf(this.row(b)!) - this.countOf(this.row(a)!)).slice(0, limit);
  }

  /**
   * Entity e's events from rank `offset`, `limit` of them. With `context` (titles of other entities on the page),
   * events that also involve them rise, rarer context entities counting more (among e's `CONTEXT_POOL` most relevant).
   */
  ranked(e: number, context: readonly string[], offset: number, limit: number): number[] {
    const n = this.countOf(e);
    if (!context.length) return this.eventsOfEntity(e, Math.min(offset, n), Math.min(offset + limit, n));
    return this.order(e, context, offset + limit).slice(offset, offset + limit);
  }

  /** The context entities other than e, each weighing less the more events it has. */
  private contextWeights(e: number, context: readonly string[]): Map<number, number> {
    return this.weighed(context, (rarity) => rarity, e);
  }

  /** The entities of these titles (but `except`), each weighed by `weight` of its rarity, 1 / log₂(2 + its events). */
  private weighed(titles: readonly string[], weight: (rarity: number) => number, except?: number): Map<number, number> {
    const out = new Map<number, number>();
    for (const t of titles) {
      const id = this.entityIndex.get(t);
      if (id !== except && id !== undefined) out.set(id, weight(1 / Math.log2(2 + this.countOf(id))));
    }
    return out;
  }

  /** The entities of these titles, each weighing less the more events it has ("United States" says little of a page). */
  contextIds(titles: readonly string[]): Map<number, number> {
    return this.weighed(titles, (rarity) => Math.min(1, 3 * rarity));
  }

  /** Of an entity's most defining events, the share that involve `context`'s entities, each event counting its weightiest one. */
  affinity(title: string, context: ReadonlyMap<number, number>): number {
    const e = this.entityIndex.get(title);
    const n = e === undefined ? 0 : Math.min(this.countOf(e), SENSE_POOL);
    if (!n) return 0;
    const { eventEntityStart: start, eventEntities: ids } = this.head;
    let sum = 0;
    for (const pos of this.eventsOfEntity(e!, 0, n)) {
      let best = 0;
      for (let j = start[pos], end = start[pos + 1]; j < end; j++) best = Math.max(best, context.get(ids[j]) ?? 0);
      sum += best;
    }
    return sum / n;
  }

  /** How much event p involves the page's other names (`context`), rarer names counting more: 0 for none. */
  contextLift(e: number, context: readonly string[]): (p: number) => number {
    const ctx = this.contextWeights(e, context);
    const { eventEntityStart: start, eventEntities: ids } = this.head;
    return (pos) => {
      let s = 0;
      if (ctx.size) for (let j = start[pos], end = start[pos + 1]; j < end; j++) s += ctx.get(ids[j]) ?? 0;
      return s;
    };
  }

  /** Positions of an entity's events, most relevant first, with `context` lifting those that involve it. */
  private order(e: number, context: readonly string[], end: number): number[] {
    const n = this.countOf(e);
    if (!this.contextWeights(e, context).size) return this.eventsOfEntity(e, 0, Math.min(end, n));
    const lift = this.contextLift(e, context);
    const pool = Math.min(n, CONTEXT_POOL);
    const scored: Array<[number, number]> = [];
    this.eventsOfEntity(e, 0, pool).forEach((pos, rank) => scored.push([pos, 1 - rank / n + 3 * lift(pos)]));
    scored.sort((a, b) => b[1] - a[1]);
    return [...scored.map(([pos]) => pos), ...this.eventsOfEntity(e, pool, Math.max(pool, Math.min(end, n)))];
  }
}
