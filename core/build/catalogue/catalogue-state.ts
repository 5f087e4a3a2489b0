import type { Alias, EntityEntry } from './types';
import type { MergedCorpus } from '../build-corpus';
import { UnionFind } from '../union-find';

export type Counter = Map<string, number>;
export const bump = (m: Counter, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/** How often each word (lower-cased) is written in the texts, and how often in lower case: one pass over them. */
export interface WordCases {
  all: Counter;
  lower: Counter;
}

/** What the catalogue passes (catalogue.ts) read and fill in, in order. */
export interface CatalogueState extends Pick<MergedCorpus, 'events' | 'mentions'> {
  /** Stories renamed since the linked corpus was taken, old name → new name. */
  renames: ReadonlyMap<string, string>;
  /** Events that name each title, by the entities they carry or the links they hold. */
  eventsOfTitle: Counter;
  /** Titles a link names (or an event's own entities), not only a story heading. */
  linkedTitles: Set<string>;
  /** Canonical titles of the entities only story headings name: their title is all they are known by. */
  headingOnly: Set<string>;
  /** Surface form → title it links to → links. */
  surfaces: Map<string, Counter>;
  /** Links to each title, and those from a lower-case word. */
  allLinks: Counter;
  lowerLinks: Counter;
  titles: string[];
  /** Each title's index in `titles`: the titles' union-find works on indexes. */
  titleIndex: Map<string, number>;
  /** Titles folded into one entity. */
  sets: UnionFind;
  /** Lower-cased, unqualified titles that are common nouns ("Chief executive officer"). */
  commonNouns: Set<string>;
  /** Each entity's titles, in the order the titles were first met. */
  members: string[][];
  /** Title (canonical or folded) → canonical title. */
  canonical: Map<string, string>;
  /** Alias text → canonical title → the alias it would be of that entity. */
  aliasOwners: Map<string, Map<string, Alias>>;
  /** Surface forms whose links part ways between entities. */
  ambiguousTexts: Set<string>;
  /** Canonical title → the aliases it won. */
  aliasesOf: Map<string, Alias[]>;
  entities: EntityEntry[];
  /** Marked name → the entities it may stand for, with the data's uses of the name for each (catalogue/senses.ts). */
  senses: Map<string, Array<[string, number]>>;
  /** Each event's text and summary, the prose the word counts and the place names read. */
  texts: string[];
  cases: WordCases;
  commonWords: Set<string>;
}

export function newCatalogueState({ events, mentions, renames }: MergedCorpus): CatalogueState {
  return {
    events, mentions, renames,
    eventsOfTitle: new Map(), linkedTitles: new Set(), headingOnly: new Set(), surfaces: new Map(), allLinks: new Map(), lowerLinks: new Map(),
    titles: [], titleIndex: new Map(), sets: new UnionFind(0), commonNouns: new Set(),
    members: [], canonical: new Map(), aliasOwners: new Map(), ambiguousTexts: new Set(), aliasesOf: new Map(),
    entities: [], senses: new Map(), texts: [], cases: { all: new Map(), lower: new Map() }, commonWords: new Set(),
  };
}

/** How many events name a title: what makes one title the better name for another. */
export const weight = ({ eventsOfTitle }: CatalogueState, t: string) => eventsOfTitle.get(t) ?? 0;

/** A title linked mostly from lower-case words is an ordinary word ("warship"). */
export const isOrdinaryWord = ({ lowerLinks, allLinks }: CatalogueState, t: string) => (lowerLinks.get(t) ?? 0) * 2 >= (allLinks.get(t) ?? 1);

export function rankKind(kind: Alias['kind']): number {
  return kind === 'title' ? 3 : kind === 'acronym' ? 2 : kind === 'surface' ? 1 : 0;
}
