/**
 * The story a page's article belongs to, when the data has one: of the stories (the portal's headings) of the
 * events of the page's names, the one whose events involve the page's names most, the heavier names counting more,
 * around the article's date when it states one ("2019 Afghan peace process" for an article of November 2019 on the
 * Taliban freeing hostages). The side panel names it at its top, with its own events a click away.
 */
import type { NewsEvent } from './types';

export interface ArticleStory {
  /** The story as the portal heads it. */
  title: string;
  events: number;
  first: string;
  last: string;
}

/** A story needs this many events, naming at least this many of the page's names between them. */
const MIN_EVENTS = 3;
const MIN_NAMES = 2;
/** Events this many days around the article's date count fully; others this much. */
const AROUND_DAYS = 365;
const FAR = 0.2;
/** What each step down a story chain adds to a story's score. */
const DEEPER = 0.5;
/** Stories no reader would call the article's: an event's country or a year's page. */
const TOO_WIDE = /^(?:\d{4}|politics of |economy of |history of |timeline of |list of )/i;

const DAY = 86_400_000;

/**
 * The article's story, or undefined. `weights` are the page's main subjects and their weight on the page
 * (core/page-subjects.ts `nameWeight`); `published` its date (YYYY-MM-DD) when it states one.
 */
export function articleStory(events: readonly NewsEvent[], weights: ReadonlyMap<string, number>, published?: string): ArticleStory | undefined {
  const top = Math.max(0, ...weights.values());
  if (!top) return undefined;
  const at = published ? Date.parse(published) : undefined;
  const stories = new Map<string, { score: number; events: number; near: number; lead: number; names: Set<string>; first: string; last: string; depth: number }>();
  const lead = [...weights].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  for (const e of events) {
    let w = 0;
    const named: string[] = [];
    for (const t of e.entities) {
      const weight = weights.get(t);
      if (weight) {
        w += weight / top;
        named.push(t);
      }
    }
    if (!w) continue;
    const near = at === undefined || Math.abs(Date.parse(e.date) - at) <= AROUND_DAYS * DAY ? 1 : FAR;
    for (const [depth, title] of e.topics.entries()) {
      if (TOO_WIDE.test(title) || weights.has(title) || e.topics.indexOf(title) !== depth) continue;
      const s = stories.get(title) ?? stories.set(title, { score: 0, events: 0, near: 0, lead: 0, names: new Set(), first: e.date, last: e.date, depth }).get(title)!;
      s.depth = Math.max(s.depth, depth);
      s.score += w * near;
      s.events++;
      if (near === 1) s.near++;
      if (named.includes(lead)) s.lead++;
      for (const t of named) s.names.add(t);
      if (e.date < s.first) s.first = e.date;
      if (e.date > s.last) s.last = e.date;
    }
  }
  let best: ArticleStory | undefined;
  let bestScore = 0;
  for (const [title, s] of stories) {
    // It must be the heaviest name's story (several of its events name it), and under way around the article.
    if (s.events < MIN_EVENTS || s.names.size < MIN_NAMES || s.lead < MIN_EVENTS || s.near < MIN_EVENTS) continue;
    // How much its events name the page's names, on average; a longer story a little more, and a story within a
    // story (the peace process within the war) more: the article is about the narrower one.
    const score = (s.score / s.events) * Math.log2(1 + s.events) * (1 + DEEPER * s.depth);
    if (score > bestScore) [best, bestScore] = [{ title, events: s.events, first: s.first, last: s.last }, score];
  }
  return best;
}
