/**
 * What a page is about: its names weighed by where they appear and how often, names in thousands of events (the
 * United States, China) counting less, so that the side panel opens on the article's own subjects (Afghanistan and
 * the Taliban on an article about the Taliban's hostage release, not every US event since 2002). Judged with
 * `npm run panel-eval` (docs/timeline.md, "What the panel opens on").
 */

/** A name as the page reports it (messaging/protocol.ts `pageEntities`). */
export interface PageName {
  title: string;
  mentions: number;
  /** Named in the page's headline. */
  headline?: boolean;
  /** Its place among the page's names by first mention (0: named first). */
  first?: number;
}

/** A name as the content script reports it. */
export type PageEntity = Required<PageName>;

/** What being in the headline adds. */
const HEADLINE = 3;
/** What being among the first names adds (the lead), and how many count as first. */
const LEAD = 1.5;
const LEAD_NAMES = 4;
/** The least a name's rarity counts: a name in nearly every event still counts a little. */
const MIN_RARITY = 0.5;
/** The main subjects: those weighing at least this share of the heaviest, at most this many. */
const SUBJECT_SHARE = 0.35;
const MAX_SUBJECTS = 4;
/**
 * A name with this many times the events of the heaviest subject, and at least this share of all events, is no
 * subject of its own: its events would fill the timeline (the United States on an article about the Taliban).
 */
const FLOOD_RATIO = 5;
const FLOOD_SHARE = 0.01;

/**
 * A name's weight on the page: where it appears and how often, times how rare it is in the data (the log of all
 * events over its events: the United States counts a third of what the Taliban does).
 */
export function nameWeight(name: PageName, events: number, total: number): number {
  const place = (name.headline ? HEADLINE : 0) + (name.first !== undefined && name.first < LEAD_NAMES ? LEAD : 0);
  const often = Math.log2(1 + name.mentions);
  return (place + often) * Math.max(MIN_RARITY, Math.log(total / Math.max(1, events)));
}

/**
 * The page's main subjects, heaviest first: the names weighing at least `SUBJECT_SHARE` of the heaviest, at most
 * `MAX_SUBJECTS`, less those whose events would flood the others' (`FLOOD_RATIO`); names with no events, and news
 * outlets (`outlets`: "told Reuters" is a source, not a subject), are none. `eventsOf(title)` is a name's number of
 * events, `total` the data's.
 */
export function mainSubjects(names: readonly PageName[], eventsOf: (title: string) => number, total: number, outlets: ReadonlySet<string> = new Set()): string[] {
  const weighed = names
    .filter((n) => eventsOf(n.title) > 0 && !outlets.has(n.title))
    .map((n) => ({ title: n.title, weight: nameWeight(n, eventsOf(n.title), total) }))
    .sort((a, b) => b.weight - a.weight || (a.title < b.title ? -1 : 1));
  const top = weighed[0];
  if (!top) return [];
  return weighed
    .filter((n) => n.weight >= SUBJECT_SHARE * top.weight && !floods(eventsOf(n.title), eventsOf(top.title), total))
    .slice(0, MAX_SUBJECTS)
    .map((n) => n.title);
}

const floods = (events: number, topEvents: number, total: number) => events > FLOOD_RATIO * topEvents && events > FLOOD_SHARE * total;

/** Events citing a news outlet at least this many times, and more often than events name it, make it one. */
const OUTLET_SOURCES = 10;

/**
 * The names among `titles` that are news outlets, as the events' sources say ("Reuters", "BBC News" for "BBC"):
 * cited by at least `OUTLET_SOURCES` of `events`, and by more of them than name it (NASA, cited for its own news,
 * is named in more).
 */
export function newsOutlets(titles: readonly string[], events: ReadonlyArray<{ sources: ReadonlyArray<{ name: string }>; entities: readonly string[] }>): Set<string> {
  const cited = new Map<string, number>();
  const named = new Map<string, number>();
  for (const e of events) {
    for (const s of e.sources) cited.set(s.name, (cited.get(s.name) ?? 0) + 1);
    for (const t of e.entities) named.set(t, (named.get(t) ?? 0) + 1);
  }
  const citedAs = (t: string) => [...cited].reduce((n, [name, k]) => (name === t || name.startsWith(`${t} `) ? n + k : n), 0);
  return new Set(titles.filter((t) => {
    const k = citedAs(t);
    return k >= OUTLET_SOURCES && k > (named.get(t) ?? 0);
  }));
}

/** The names in the order of their weight on the page, heaviest first. */
export function byWeight<N extends PageName>(names: readonly N[], eventsOf: (title: string) => number, total: number): N[] {
  const weight = new Map(names.map((n) => [n.title, nameWeight(n, eventsOf(n.title), total)]));
  return [...names].sort((a, b) => weight.get(b.title)! - weight.get(a.title)!);
}
