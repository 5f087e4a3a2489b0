/**
 * One person or thing under titles spelt a little differently: a transliteration ("Zelensky", "Zelenskyy",
 * "Zelenskiy"; "Lukashenko", "Lukashenka"; "Donbass", "Donbas"), a spelling ("Organization", "Organisation"), a
 * plural ("Academy Award", "Academy Awards") or the case of a word ("Tropical Storm"). The titles must differ in one
 * word only, in one of those ways, and their events must name the same other things: "President of Ireland" and
 * "President of Iceland" differ by a letter no spelling trades, and "Georgia (country)" and "Georgia (U.S. state)"
 * by their qualifier, so each stays apart.
 */
import { weight, type CatalogueState } from './catalogue-state';

/** Letters that spellings and transliterations trade for each other, in either order. */
const TRADED = new Set(['iy', 'yi', 'sz', 'zs', 'cs', 'sc', 'ao', 'oa', 'ck', 'kc']);
/** A word must be this long for one letter to be a variant, not another word. */
const MIN_LETTERS = 5;
/** The smaller title's events that name something the larger one's events name too, at least. */
const MIN_SHARED = 0.3;

/** True when two words are one word spelt two ways, as above. */
export function spellingOf(x: string, y: string): boolean {
  if (x === y) return false;
  const [a, b] = [x.toLowerCase(), y.toLowerCase()];
  if (a === b) return true;
  if (a + 's' === b || b + 's' === a || a + 'es' === b || b + 'es' === a) return true;
  if (Math.min(a.length, b.length) < MIN_LETTERS || !/^\p{L}+$/u.test(a + b)) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return diff.length === 1 && diff[0] > 0 && TRADED.has(a[diff[0]] + b[diff[0]]);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let i = 1; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** True when two titles differ in one word, spelt two ways (and in nothing else: a qualifier included). */
export function spellingVariants(a: string, b: string): boolean {
  const [wa, wb] = [a.split(' '), b.split(' ')];
  if (wa.length !== wb.length || wa.length < 2) return false;
  const diff = wa.flatMap((w, i) => (w === wb[i] ? [] : [i]));
  return diff.length === 1 && spellingOf(wa[diff[0]], wb[diff[0]]);
}

/** Each title, and the other titles its events name. */
function neighbours({ events, mentions }: CatalogueState): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  events.forEach((e, i) => {
    const titles = [...new Set([...e.entities, ...mentions[i].map((m) => m.title)])];
    for (const t of titles) {
      const set = out.get(t) ?? out.set(t, new Set()).get(t)!;
      for (const u of titles) if (u !== t) set.add(u);
    }
  });
  return out;
}

export function foldSpellings(state: CatalogueState): void {
  // Titles that may differ in their last differing word: grouped by their word count and first letter, to compare few.
  const groups = new Map<string, string[]>();
  for (const t of state.titles) {
    const key = `${t.split(' ').length}|${t.slice(0, 1).toLowerCase()}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(t);
  }
  const near = neighbours(state);
  const shared = (a: string, b: string) => {
    const [x, y] = [near.get(a) ?? new Set<string>(), near.get(b) ?? new Set<string>()];
    const [small, big] = x.size < y.size ? [x, y] : [y, x];
    if (!small.size) return false;
    let n = 0;
    for (const t of small) if (big.has(t) && t !== a && t !== b) n++;
    return n / small.size >= MIN_SHARED;
  };
  for (const titles of groups.values()) {
    for (let i = 0; i < titles.length; i++) {
      for (let j = i + 1; j < titles.length; j++) {
        const [a, b] = [titles[i], titles[j]];
        if (!spellingVariants(a, b) || !shared(a, b)) continue;
        const [minor, major] = weight(state, a) < weight(state, b) ? [a, b] : [b, a];
        state.sets.union(state.titleIndex.get(minor)!, state.titleIndex.get(major)!);
      }
    }
  }
}

/**
 * A title as written, its case, its kind of dash and a dash for a space set aside ("Israeli-Palestinian Conflict",
 * "Israeli–Palestinian conflict"; "Kim Jong-un", "Kim Jong Un").
 */
export const writingKey = (title: string): string => title.toLowerCase().replace(/[‐‑‒–—−-]/g, ' ');

/**
 * Titles of two words or more that differ only in their case or their dashes are one thing written two ways: the
 * portal's story headings write "Gaza War" and "Gaza war", "Israeli-Palestinian Conflict" and "Israeli–Palestinian
 * conflict", its sentences "Kim Jong-un" and "Kim Jong Un". Wikipedia redirects such variants to one article; a one-word title keeps its case ("AIDS", "Aids").
 */
export function foldWritings(state: CatalogueState): void {
  const first = new Map<string, number>();
  for (const t of state.titles) {
    if (!t.includes(' ')) continue;
    const key = writingKey(t);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, state.titleIndex.get(t)!);
    else state.sets.union(seen, state.titleIndex.get(t)!);
  }
}

/**
 * Places Wikipedia moved to a new name within the data's years, which the portal wrote one way and then the other
 * ("Kiev" until 2019, "Kyiv" after): old → new. Exonyms and romanisations an article was moved from, not names two
 * things share.
 */
const PLACE_RENAMES: ReadonlyArray<readonly [string, string]> = [
  ['Kiev', 'Kyiv'], ['Kharkov', 'Kharkiv'], ['Odessa', 'Odesa'], ['Lvov', 'Lviv'], ['Lugansk', 'Luhansk'],
  ['Nikolaev', 'Mykolaiv'], ['Zaporozhye', 'Zaporizhzhia'], ['Dnepropetrovsk', 'Dnipro'], ['Kiev Oblast', 'Kyiv Oblast'],
  ['Burma', 'Myanmar'], ['Swaziland', 'Eswatini'], ['Republic of Macedonia', 'North Macedonia'], ['Czech Republic', 'Czechia'],
  ['Bombay', 'Mumbai'], ['Calcutta', 'Kolkata'], ['Madras', 'Chennai'], ['Peking', 'Beijing'],
];

/**
 * A story or a place renamed on Wikipedia since the linked corpus was taken is one entity under both titles, when the
 * data has both as titles ("2019–20 coronavirus pandemic", now "COVID-19 pandemic", corpus/story-renames.ts finds
 * them; "Kiev", now "Kyiv", from `PLACE_RENAMES`). The entity is named by the title with more events.
 */
export function foldRenames(state: CatalogueState): void {
  for (const [old, now] of [...state.renames, ...PLACE_RENAMES]) {
    const [a, b] = [state.titleIndex.get(old), state.titleIndex.get(now)];
    if (a !== undefined && b !== undefined) state.sets.union(a, b);
  }
}
