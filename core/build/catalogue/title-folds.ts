import { acronymsOf, isAcronym } from '../alias-rules';
import { weight, type CatalogueState } from './catalogue-state';

/** Fold a title into another when its own name links there in most cases (≥ 3 links, > 50 %). */
const FOLD_MIN_LINKS = 3;
const FOLD_MIN_SHARE = 0.5;
/** A short title folds into the one longer title its name links to this many times more than to any other. */
const FOLD_DOMINANCE = 3;
/** … and its links there are at least a tenth of the events naming the short title itself. */
const FOLD_LINKS_PER_EVENT = 10;

const fold = ({ sets, titleIndex }: CatalogueState, a: string, b: string) => sets.union(titleIndex.get(a)!, titleIndex.get(b)!);

/** A title whose own name, written on a page, links mostly to another title is that title. */
export function foldByLinks(state: CatalogueState): void {
  for (const a of state.titles) {
    const links = state.surfaces.get(a);
    if (!links) continue;
    const total = [...links.values()].reduce((x, y) => x + y, 0) + weight(state, a);
    for (const [b, k] of links) {
      if (b !== a && k >= FOLD_MIN_LINKS && k / total > FOLD_MIN_SHARE && weight(state, b) > weight(state, a)) fold(state, a, b);
    }
  }
}

/**
 * A short title whose name links at least once to a longer title holding all its words ("Putin" → "Vladimir
 * Putin"), when that title has most of such links: a generic name linked to many such titles ("Governor" to the
 * governors of New York, California and Ohio; "Ministry of Health" to a dozen countries'; "Russian" to Russian
 * Air Force and Russian language) would chain them all into one entity.
 */
export function foldIntoLongerTitles(state: CatalogueState): void {
  for (const a of state.titles) {
    const links = state.surfaces.get(a);
    if (!links) continue;
    const words = a.toLowerCase().split(/\s+/);
    // A title that ends in " of <a>" after several words is an institution of it ("Ministry of Foreign Affairs of
    // the People's Republic of China"), not a longer name for it; after one word it is the article about it
    // ("Killing of Daunte Wright").
    const organOf = (b: string) => {
      const at = b.endsWith(` of the ${a}`) ? b.length - a.length - 8 : b.endsWith(` of ${a}`) ? b.length - a.length - 4 : -1;
      return at > 0 && /\s/.test(b.slice(0, at));
    };
    const longer = [...links].filter(([b]) => {
      const bw = new Set(b.toLowerCase().split(/\s+/));
      return b !== a && words.every((w) => bw.has(w)) && weight(state, b) >= 2 * weight(state, a) && !organOf(b);
    });
    const [top, next] = longer.sort((x, y) => y[1] - x[1]);
    // The links must be a fair share of the short title's own events: "United States", linked 3 times to "COVID-19
    // pandemic in the United States" and named by 400 events itself, is no short name of it.
    if (top && (!next || top[1] >= FOLD_DOMINANCE * next[1]) && top[1] * FOLD_LINKS_PER_EVENT >= weight(state, a)) fold(state, a, top[0]);
  }
}

/**
 * One story under titles that differ only in the end of a year span or the dash ("War in Afghanistan
 * (2001–2021)" and "(2001–present)", "2019–2020 Persian Gulf crisis" and "2019–2021 …"): the data's titles changed
 * while the story went on.
 */
export function foldYearSpans(state: CatalogueState): void {
  const spanKey = (t: string) => t.replace(/(\d{4})\s*[-–—]\s*(?:\d{4}|\d{2}|present)\b/g, '$1–');
  const bySpan = new Map<string, string>();
  for (const t of state.titles) {
    const key = spanKey(t);
    if (key === t && !/[-—]/.test(t)) continue;
    const norm = key.replace(/[-—]/g, '–');
    const first = bySpan.get(norm);
    if (first) fold(state, first, t);
    else bySpan.set(norm, t);
  }
}

/**
 * An acronym title that is the initials of exactly one other thing ("ISIL"; titles folded already count once), a
 * thing some link names: a story heading seen a few times ("North American tornado outbreaks", "Dissolution of the
 * Netherlands Antilles") is not what "NATO" or "DNA" names.
 */
export function foldAcronyms(state: CatalogueState): void {
  const byAcronym = new Map<string, Set<number>>();
  for (const t of state.titles) {
    if (!state.linkedTitles.has(t)) continue;
    for (const a of acronymsOf(t)) (byAcronym.get(a) ?? byAcronym.set(a, new Set()).get(a)!).add(state.sets.find(state.titleIndex.get(t)!));
  }
  for (const t of state.titles) {
    const candidates = isAcronym(t) ? byAcronym.get(t) : undefined;
    if (candidates?.size === 1) state.sets.union(state.titleIndex.get(t)!, [...candidates][0]);
  }
}
