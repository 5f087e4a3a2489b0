import { kindsOf } from './line-kind';
import { namesOf } from './story-words';
import type { Day } from './read-day';

/**
 * What the story chains are rebuilt with, learnt over all days:
 * - `parents`: for each heading, the headings seen right before it, most often first (a heading right after a
 *   heading is its child: the portal nests "COVID-19 pandemic" > "… in Asia" > "… in mainland China", and
 *   flattening keeps that order);
 * - `common`: words too common in events ("killed", "United States", "COVID") to tell that two events are of a story.
 */
export interface StoryTree {
  parents: ReadonlyMap<string, readonly string[]>;
  common: ReadonlySet<string>;
}

export const NO_TREE: StoryTree = { parents: new Map(), common: new Set() };

/** A word is common when more than this share of all events hold it, and at least `COMMON_MIN` of them. */
const COMMON_SHARE = 0.02;
const COMMON_MIN = 100;

export function learnStoryTree(days: Day[]): StoryTree {
  const parents = new Map<string, Map<string, number>>();
  const holding = new Map<string, number>();
  let events = 0;
  const count = (title: string, parent: string) => {
    const seen = parents.get(title) ?? parents.set(title, new Map()).get(title)!;
    seen.set(parent, (seen.get(parent) ?? 0) + 1);
  };
  for (const day of days) {
    for (const section of day.sections) {
      let before: string | undefined;
      for (const k of kindsOf(section.lines)) {
        if (k.kind === 'event') {
          events++;
          for (const w of new Set(namesOf(k.text))) holding.set(w, (holding.get(w) ?? 0) + 1);
          before = undefined;
          continue;
        }
        k.titles.forEach((t, i) => {
          const parent = i ? k.titles[i - 1] : before;
          if (parent) count(t, parent);
        });
        before = k.titles[k.titles.length - 1];
      }
    }
  }
  const threshold = Math.max(COMMON_MIN, COMMON_SHARE * events);
  return {
    parents: new Map([...parents].map(([title, seen]) => [title, [...seen].sort((a, b) => b[1] - a[1]).map(([p]) => p)])),
    common: new Set([...holding].filter(([, n]) => n > threshold).map(([w]) => w)),
  };
}

/**
 * The story chain after a heading line. Right after a heading, the titles nest under it. After an event, the
 * chain is kept up to the heading itself when it is in the chain again, else up to its usual parent, else up to
 * the deepest of its other known parents, else up to the nearest ancestor of its usual parent; else a new chain
 * starts under the section's own story, if any.
 */
export function chainAfter(chain: string[], titles: string[], afterHeading: boolean, base: string[], tree: StoryTree): string[] {
  if (afterHeading) return [...chain, ...titles];
  const again = chain.indexOf(titles[0]);
  const at = again >= 0 ? again - 1 : parentIn(chain, titles[0], tree);
  return at >= base.length - 1 ? [...chain.slice(0, at + 1), ...titles] : [...base, ...titles];
}

/** Where in the chain the title goes under, or -1. */
function parentIn(chain: string[], title: string, { parents }: StoryTree): number {
  const known = parents.get(title) ?? [];
  if (known.length && chain.includes(known[0])) return chain.lastIndexOf(known[0]);
  for (let i = chain.length - 1; i >= 0; i--) if (known.includes(chain[i])) return i;
  const visited = new Set([title]);
  for (let up: string | undefined = known[0]; up && !visited.has(up); up = parents.get(up)?.[0]) {
    const at = chain.lastIndexOf(up);
    if (at >= 0) return at;
    visited.add(up);
  }
  return -1;
}
