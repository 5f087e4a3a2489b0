import type { LineKind } from './line-kind';
import { namesOf } from './story-words';
import { chainAfter, type StoryTree } from './story-tree';

/**
 * The story chain of each event of a section, outermost first, in the section's order. `base` is the section's
 * own story, if it is one. Headings build the chain (`chainAfter`). The first event under a heading is the
 * heading's; an event after an event stays in the chain while it shares a word with the chain's titles or the
 * events already under them; once one does not, it and the events after it up to the next heading have only
 * `base`, while the chain is kept to place that heading.
 */
export function sectionStories(kinds: LineKind[], base: string[], tree: StoryTree): string[][] {
  const topics: string[][] = [];
  let chain = base;
  let names = new Set<string>();
  let afterHeading = base.length > 0;
  let inChain = true;
  for (const k of kinds) {
    if (k.kind === 'heading') {
      chain = chainAfter(chain, k.titles, afterHeading, base, tree);
      names = new Set(chain.flatMap((t) => namesOf(t, tree.common)));
      afterHeading = inChain = true;
      continue;
    }
    const own = namesOf(k.text, tree.common);
    if (!afterHeading && chain.length > base.length && !own.some((n) => names.has(n))) inChain = false;
    for (const n of own) names.add(n);
    afterHeading = false;
    topics.push(inChain ? chain : base);
  }
  return topics;
}
