import { acronymsOf, aliasRejection, isAcronym, isTimeZone } from '../alias-rules';
import type { Alias } from './types';
import { stripQualifier } from '../../text';
import { bump, isOrdinaryWord, rankKind, weight, type CatalogueState, type Counter } from './catalogue-state';

/** A surface form is an alias of the entity it links to most, when that is ≥ 60 % of its links. */
const ALIAS_MIN_SHARE = 0.6;
/** An alias is ambiguous when its runner-up entity has at least this share of its uses. */
export const AMBIGUOUS_SHARE = 0.1;

/**
 * A common noun's acronym ("CEO", "GDP", "IT") is no name, and a time zone ("GMT", "EST") is in every page's
 * timestamps: neither is marked (the entities stay on their events).
 */
const unmarked = ({ commonNouns }: CatalogueState, owner: string, text: string) =>
  isTimeZone(owner) || (commonNouns.has(stripQualifier(owner).toLowerCase()) && isAcronym(text.replace(/s$/, '')));

/** Offers `text` as an alias of `owner`; of two offers of one text to one owner, the stronger kind and the larger count stay. */
function offer(state: CatalogueState, text: string, owner: string, kind: Alias['kind'], count: number): void {
  if (aliasRejection(text) || unmarked(state, owner, text)) return;
  const owners = state.aliasOwners.get(text) ?? state.aliasOwners.set(text, new Map()).get(text)!;
  const prev = owners.get(owner);
  if (!prev || rankKind(kind) > rankKind(prev.kind)) owners.set(owner, { text, kind, count: Math.max(count, prev?.count ?? 0) });
  else prev.count = Math.max(prev.count, count);
}

/** Every title, and its name without a qualifier, for its entity. */
export function offerTitles(state: CatalogueState): void {
  for (const [t, c] of state.canonical) {
    if (isOrdinaryWord(state, t)) continue;
    offer(state, t, c, 'title', weight(state, t));
    const bare = stripQualifier(t);
    if (bare !== t) offer(state, bare, c, 'title', weight(state, t));
  }
}

/** Every surface form, for the entity it links to most, when it links there often enough. */
export function offerSurfaces(state: CatalogueState): void {
  const { surfaces, canonical } = state;
  const abbreviated = new Set(state.titles.flatMap(acronymsOf));
  for (const [surface, links] of surfaces) {
    const byOwner = new Map<string, number>();
    for (const [t, k] of links) bump(byOwner, canonical.get(t) ?? t, k);
    // A surface that is itself a title also names that title each time an event is tagged with it.
    if (canonical.has(surface) && !isOrdinaryWord(state, surface)) bump(byOwner, canonical.get(surface)!, weight(state, surface));
    const total = [...byOwner.values()].reduce((x, y) => x + y, 0);
    for (const [t, n] of [...byOwner]) {
      const base = aspectOf(t, surface, canonical);
      if (base) {
        byOwner.delete(t);
        bump(byOwner, base, n);
      }
    }
    const [[owner, k], runnerUp] = [...byOwner].sort((x, y) => y[1] - x[1]);
    if (k / total < ALIAS_MIN_SHARE) continue;
    if (borrowedAcronym(surface, owner, abbreviated)) continue;
    if (runnerUp && runnerUp[1] >= AMBIGUOUS_SHARE * total) state.ambiguousTexts.add(surface);
    const words = new Set(owner.toLowerCase().split(/\W+/));
    const inTitle = surface.toLowerCase().split(/\W+/).filter(Boolean).every((w) => words.has(w));
    if (k >= 2 || inTitle || acronymsOf(owner).includes(surface)) offer(state, surface, owner, 'surface', k);
  }
}

/**
 * A short all-capitals surface linked to an entity whose title it does not abbreviate, when it abbreviates another
 * title the data has: a link cut short ("US" of "US$" linked to the dollar), not the dollar's name. "US" stays the
 * United States'.
 */
function borrowedAcronym(surface: string, owner: string, abbreviated: ReadonlySet<string>): boolean {
  return /^\p{Lu}{2,3}$/u.test(surface) && abbreviated.has(surface) && !acronymsOf(owner).includes(surface);
}

/**
 * Acronyms the event texts attest: "(RAAF)" in an event tagged Royal Australian Air Force. Not for an entity only story
 * headings name: a heading is a title, and gives no evidence of what else the thing is called.
 */
export function offerAcronyms(state: CatalogueState): void {
  const attested = new Map<string, Counter>(); // acronym → title → events that write it
  state.events.forEach((e) => {
    const caps = new Set(`${e.topics.join(' ')} ${e.text} ${e.summary ?? ''}`.match(/\p{Lu}{2,8}/gu) ?? []);
    if (!caps.size) return;
    for (const title of e.entities) if (!state.headingOnly.has(title)) for (const a of acronymsOf(title)) if (caps.has(a)) bump(attested.get(a) ?? attested.set(a, new Map()).get(a)!, title);
  });
  for (const [a, byTitle] of attested) for (const [title, n] of byTitle) offer(state, a, title, 'acronym', n);
}

/**
 * The entity a title is an aspect of, when a surface form names that entity rather than the aspect:
 * "Trump" linked to "Presidency of Donald Trump" names Donald Trump.
 */
function aspectOf(title: string, surface: string, canonical: Map<string, string>): string | undefined {
  const of = / of (.+)$/.exec(title)?.[1];
  if (!of || !canonical.has(of) || !of.split(/\s+/).includes(surface)) return undefined;
  return canonical.get(of);
}
