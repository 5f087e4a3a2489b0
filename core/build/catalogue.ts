import { acronymsOf, aliasRejection, isAcronym, isCommonNoun, isTimeZone } from './alias-rules';
import type { MergedCorpus } from './build-corpus';
import { rankEntityEvents } from './event-order';
import { placeNames, surnameAliases } from './surnames';
import { UnionFind } from './union-find';
import { stripQualifier } from '../text';

export interface Alias {
  /** The name as it is written on pages. */
  text: string;
  /** How the data attests it (a surname is inferred from a person's title: core/build/surnames.ts). */
  kind: 'title' | 'surface' | 'acronym' | 'surname';
  /** Times the data links this exact surface form to the entity (for acronyms: events that write it). */
  count: number;
  /** The data also uses this text, often enough, for another entity ("Georgia", "Chancellor"). */
  ambiguous?: boolean;
}

export interface EntityEntry {
  title: string;
  /** Other titles folded into this one ("ISIL" → "Islamic State of Iraq and the Levant"). */
  folded: string[];
  aliases: Alias[];
  /** Event ids, most relevant first. */
  events: string[];
}

export interface Catalogue {
  entities: EntityEntry[];
  /** Title (canonical or folded) → canonical title. */
  canonical: Map<string, string>;
  /** Lower-cased words the event texts use as ordinary words ("leader", "hotel"): weak as one-word names. */
  commonWords: Set<string>;
}

/** A word written in lower case at least this often, and in this share of its uses, is an ordinary word. */
const COMMON_MIN = 3;
const COMMON_SHARE = 0.2;

/** How often each word (lower-cased) is written in the texts, and how often in lower case: one pass over them. */
interface WordCases {
  all: Counter;
  lower: Counter;
}

function wordCases(texts: Iterable<string>): WordCases {
  const cases: WordCases = { all: new Map(), lower: new Map() };
  for (const text of texts) {
    for (const [w] of text.matchAll(/\p{L}+/gu)) {
      const key = w.toLowerCase();
      bump(cases.all, key);
      if (w === key) bump(cases.lower, key);
    }
  }
  return cases;
}

/** The words written in lower case often enough to be ordinary words, whatever their capitalised uses. */
function ordinaryIn({ all, lower }: WordCases): Set<string> {
  const out = new Set<string>();
  for (const [w, n] of lower) if (n >= COMMON_MIN && n >= COMMON_SHARE * (all.get(w) ?? n)) out.add(w);
  return out;
}

/** Words the corpus writes in lower case often enough to be ordinary words, whatever their capitalised uses. */
export function ordinaryWords(texts: Iterable<string>): Set<string> {
  return ordinaryIn(wordCases(texts));
}

/** Fold a title into another when its own name links there in most cases (≥ 3 links, > 50 %). */
const FOLD_MIN_LINKS = 3;
const FOLD_MIN_SHARE = 0.5;
/** A short title folds into the one longer title its name links to this many times more than to any other. */
const FOLD_DOMINANCE = 3;
/** A surface form is an alias of the entity it links to most, when that is ≥ 60 % of its links. */
const ALIAS_MIN_SHARE = 0.6;
/** An alias is ambiguous when its runner-up entity has at least this share of its uses. */
const AMBIGUOUS_SHARE = 0.1;

type Counter = Map<string, number>;
const bump = (m: Counter, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/**
 * Learns the entity catalogue from the merged corpus, then rewrites each event's entities to canonical titles.
 * Every entity the data names stays on its events; only aliases are filtered (alias-rules.ts).
 */
export function buildCatalogue(corpus: MergedCorpus): Catalogue {
  const { events, mentions } = corpus;
  const eventsOfTitle = new Map<string, number>();
  const surfaces = new Map<string, Counter>();
  events.forEach((e, i) => {
    for (const t of new Set([...e.entities, ...mentions[i].map((m) => m.title)])) bump(eventsOfTitle, t);
    for (const m of mentions[i]) {
      if (m.surface === m.title) continue;
      bump(surfaces.get(m.surface) ?? surfaces.set(m.surface, new Map()).get(m.surface)!, m.title);
    }
  });
  // How often each title is linked from lower-case words: a title linked mostly that way is an ordinary word ("warship").
  const lowerLinks = new Map<string, number>();
  const allLinks = new Map<string, number>();
  mentions.forEach((ms) => ms.forEach((m) => {
    bump(allLinks, m.title);
    if (/^\p{Ll}/u.test(m.surface)) bump(lowerLinks, m.title);
  }));
  const ordinaryWord = (t: string) => (lowerLinks.get(t) ?? 0) * 2 >= (allLinks.get(t) ?? 1);
  const titles = [...eventsOfTitle.keys()];
  // A common noun's acronym ("CEO", "GDP", "IT") is no name, and a time zone ("GMT", "EST") is in every page's
  // timestamps: neither is marked (the entities stay on their events).
  const commonNouns = new Set(titles.filter(isCommonNoun).map((t) => stripQualifier(t).toLowerCase()));
  const unmarked = (owner: string, text: string) =>
    isTimeZone(owner) || (commonNouns.has(stripQualifier(owner).toLowerCase()) && isAcronym(text.replace(/s$/, '')));
  const sets = new UnionFind(titles.length);
  const titleIndex = new Map(titles.map((t, i) => [t, i]));
  const fold = (a: string, b: string) => sets.union(titleIndex.get(a)!, titleIndex.get(b)!);
  const weight = (t: string) => eventsOfTitle.get(t) ?? 0;

  // Fold 1: a title whose own name, written on a page, links mostly to another title is that title.
  for (const a of titles) {
    const links = surfaces.get(a);
    if (!links) continue;
    const total = [...links.values()].reduce((x, y) => x + y, 0) + weight(a);
    for (const [b, k] of links) {
      if (b !== a && k >= FOLD_MIN_LINKS && k / total > FOLD_MIN_SHARE && weight(b) > weight(a)) fold(a, b);
    }
  }
  // Fold 1b: a short title whose name links at least once to a longer title holding all its words ("Putin" → "Vladimir
  // Putin"), when that title has most of such links: a generic name linked to many such titles ("Governor" to the
  // governors of New York, California and Ohio; "Ministry of Health" to a dozen countries'; "Russian" to Russian
  // Air Force and Russian language) would chain them all into one entity.
  for (const a of titles) {
    const links = surfaces.get(a);
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
      return b !== a && words.every((w) => bw.has(w)) && weight(b) >= 2 * weight(a) && !organOf(b);
    });
    const [top, next] = longer.sort((x, y) => y[1] - x[1]);
    if (top && (!next || top[1] >= FOLD_DOMINANCE * next[1])) fold(a, top[0]);
  }
  // Fold 1c: one story under titles that differ only in the end of a year span or the dash ("War in Afghanistan
  // (2001–2021)" and "(2001–present)", "2019–2020 Persian Gulf crisis" and "2019–2021 …"): the data's titles changed
  // while the story went on.
  const spanKey = (t: string) => t.replace(/(\d{4})\s*[-–—]\s*(?:\d{4}|\d{2}|present)\b/g, '$1–');
  const bySpan = new Map<string, string>();
  for (const t of titles) {
    const key = spanKey(t);
    if (key === t && !/[-—]/.test(t)) continue;
    const norm = key.replace(/[-—]/g, '–');
    const first = bySpan.get(norm);
    if (first) fold(first, t);
    else bySpan.set(norm, t);
  }
  // Fold 2: an acronym title that is the initials of exactly one other title ("ISIL").
  const byAcronym = new Map<string, string[]>();
  for (const t of titles) for (const a of acronymsOf(t)) (byAcronym.get(a) ?? byAcronym.set(a, []).get(a)!).push(t);
  for (const t of titles) {
    const candidates = isAcronym(t) ? byAcronym.get(t) : undefined;
    if (candidates?.length === 1) fold(t, candidates[0]);
  }

  // Canonical title of each set: the member with the most events.
  const members = sets.sets().map((set) => set.map((i) => titles[i]));
  const canonical = new Map<string, string>();
  for (const group of members) {
    const better = (x: string, y: string) => Number(isAcronym(x)) - Number(isAcronym(y)) || weight(y) - weight(x) || (x < y ? -1 : 1);
    const best = [...group].sort(better)[0];
    for (const t of group) canonical.set(t, best);
  }

  // Rewrite event entities to canonical titles (deduplicated, order kept).
  events.forEach((e, i) => {
    const all = [...e.entities, ...mentions[i].map((m) => m.title)];
    e.entities = [...new Set(all.map((t) => canonical.get(t) ?? t))];
  });

  // Aliases: titles, attested surface forms, attested acronyms.
  const aliasOwners = new Map<string, Map<string, Alias>>(); // alias text → canonical → alias
  const ambiguousTexts = new Set<string>();
  const offer = (text: string, owner: string, kind: Alias['kind'], count: number) => {
    if (aliasRejection(text) || unmarked(owner, text)) return;
    const owners = aliasOwners.get(text) ?? aliasOwners.set(text, new Map()).get(text)!;
    const prev = owners.get(owner);
    if (!prev || rankKind(kind) > rankKind(prev.kind)) owners.set(owner, { text, kind, count: Math.max(count, prev?.count ?? 0) });
    else prev.count = Math.max(prev.count, count);
  };
  for (const [t, c] of canonical) {
    if (ordinaryWord(t)) continue;
    offer(t, c, 'title', weight(t));
    const bare = stripQualifier(t);
    if (bare !== t) offer(bare, c, 'title', weight(t));
  }
  for (const [surface, links] of surfaces) {
    const byOwner = new Map<string, number>();
    for (const [t, k] of links) bump(byOwner, canonical.get(t) ?? t, k);
    // A surface that is itself a title also names that title each time an event is tagged with it.
    if (canonical.has(surface) && !ordinaryWord(surface)) bump(byOwner, canonical.get(surface)!, weight(surface));
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
    if (runnerUp && runnerUp[1] >= AMBIGUOUS_SHARE * total) ambiguousTexts.add(surface);
    const words = new Set(owner.toLowerCase().split(/\W+/));
    const inTitle = surface.toLowerCase().split(/\W+/).filter(Boolean).every((w) => words.has(w));
    if (k >= 2 || inTitle || acronymsOf(owner).includes(surface)) offer(surface, owner, 'surface', k);
  }
  // Acronyms the event texts attest: "(RAAF)" in an event tagged Royal Australian Air Force.
  const attested = new Map<string, Counter>(); // acronym → title → events that write it
  events.forEach((e) => {
    const caps = new Set(`${e.topics.join(' ')} ${e.text} ${e.summary ?? ''}`.match(/\p{Lu}{2,8}/gu) ?? []);
    if (!caps.size) return;
    for (const title of e.entities) for (const a of acronymsOf(title)) if (caps.has(a)) bump(attested.get(a) ?? attested.set(a, new Map()).get(a)!, title);
  });
  for (const [a, byTitle] of attested) for (const [title, n] of byTitle) offer(a, title, 'acronym', n);

  // Each alias text goes to one entity: a title beats a surface form; else the most links; a tie drops it.
  const aliasesOf = new Map<string, Alias[]>();
  for (const owners of aliasOwners.values()) {
    const ranked = [...owners].sort((x, y) => rankKind(y[1].kind) - rankKind(x[1].kind) || y[1].count - x[1].count);
    const [first, second] = ranked;
    if (second && rankKind(second[1].kind) === rankKind(first[1].kind) && second[1].count === first[1].count) continue;
    const total = ranked.reduce((n, [, a]) => n + a.count, 0);
    // An exact title is ambiguous only when another title shares it; a bare or surface name also when links part ways.
    const exactTitle = canonical.has(first[1].text);
    const ambiguous = (!exactTitle && ambiguousTexts.has(first[1].text)) || (second && second[1].count >= AMBIGUOUS_SHARE * total);
    const alias = ambiguous ? { ...first[1], ambiguous: true } : first[1];
    (aliasesOf.get(first[0]) ?? aliasesOf.set(first[0], []).get(first[0])!).push(alias);
  }

  const ranked = rankEntityEvents(events);
  const entities: EntityEntry[] = members.map((group) => {
    const title = canonical.get(group[0])!;
    const aliases = (aliasesOf.get(title) ?? []).sort((x, y) => rankKind(y.kind) - rankKind(x.kind) || y.count - x.count || x.text.localeCompare(y.text));
    return { title, folded: group.filter((t) => t !== title).sort(), aliases, events: ranked.get(title) ?? [] };
  });
  entities.sort((x, y) => y.events.length - x.events.length || x.title.localeCompare(y.title));
  const texts = events.map((e) => `${e.text} ${e.summary ?? ''}`);
  const cases = wordCases(texts);
  const commonWords = ordinaryIn(cases);
  // Every word written in lower case even once ("institute") is no surname.
  const surnames = surnameAliases(entities, commonWords, new Set(cases.lower.keys()), placeNames(texts));
  for (const e of entities) {
    if (surnames.released.size) e.aliases = e.aliases.filter((a) => !surnames.released.has(a.text));
    for (const alias of surnames.added.get(e.title) ?? []) e.aliases.push(alias);
    // A one-word title that Wikipedia qualifies ("Nature (journal)", "Tank (city)") has a commoner sense, and the
    // corpus writes the word in lower case too: the bare word is ambiguous, so weak ("Nature" in a site's menu).
    const bare = stripQualifier(e.title);
    if (bare === e.title || /\s/.test(bare) || !cases.lower.has(bare.toLowerCase())) continue;
    e.aliases = e.aliases.map((a) => (a.text === bare && a.kind === 'title' ? { ...a, ambiguous: true } : a));
  }
  return { entities, canonical, commonWords };
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

function rankKind(kind: Alias['kind']): number {
  return kind === 'title' ? 3 : kind === 'acronym' ? 2 : kind === 'surface' ? 1 : 0;
}

