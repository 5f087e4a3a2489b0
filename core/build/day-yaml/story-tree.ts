import { lineKind, type LineKind } from './line-kind';
import type { Day } from './read-day';

/**
 * Where each story heading usually sits, learnt over all days: the heading that most often comes right
 * before it (a heading right after a heading is its child: the portal nests "COVID-19 pandemic" >
 * "COVID-19 pandemic in Asia" > "… in mainland China"). `null`: it most often opens a chain (after an event or
 * at a section's start).
 */
export type StoryTree = ReadonlyMap<string, string | null>;

export const NO_TREE: StoryTree = new Map();

/** Each line of a section told apart, with its line number. */
export const kindsOf = (lines: Day['sections'][number]['lines']): Array<LineKind & { line: number }> =>
  lines.map((l) => ({ ...lineKind(l.text), line: l.line }));

export function learnStoryTree(days: Day[]): StoryTree {
  const counts = new Map<string, Map<string | null, number>>();
  const count = (title: string, parent: string | null) => {
    const seen = counts.get(title) ?? counts.set(title, new Map()).get(title)!;
    seen.set(parent, (seen.get(parent) ?? 0) + 1);
  };
  for (const day of days) {
    for (const section of day.sections) {
      let before: string | null = null;
      for (const k of kindsOf(section.lines)) {
        if (k.kind === 'event') {
          before = null;
          continue;
        }
        k.titles.forEach((t, i) => count(t, i ? k.titles[i - 1] : before));
        before = k.titles[k.titles.length - 1];
      }
    }
  }
  const tree = new Map<string, string | null>();
  for (const [title, parents] of counts) tree.set(title, [...parents].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);
  return tree;
}

/**
 * The story chain after a heading line: right after a heading, the titles nest under it; after an event,
 * the chain is kept up to the heading's usual parent (or up to the heading itself, when it is in the chain
 * again), else a new chain starts under the section's own story, if any.
 */
export function chainAfter(chain: string[], titles: string[], afterHeading: boolean, base: string[], tree: StoryTree): string[] {
  if (afterHeading) return [...chain, ...titles];
  const first = titles[0];
  const again = chain.indexOf(first);
  if (again >= base.length) return [...chain.slice(0, again), ...titles];
  const parent = tree.get(first);
  const at = parent ? chain.lastIndexOf(parent) : -1;
  return at >= 0 ? [...chain.slice(0, at + 1), ...titles] : [...base, ...titles];
}
