import { senseKey, type Match } from '../core/names/matcher';
import type { Mention } from './mention-store';
import { isLinkLabel, onlyNames } from './link-labels';
import { nodeAt, type TextBlock } from './text-blocks';

/**
 * The names found in one block's text (by the background worker), as ranges over the block's text nodes. StaticRange, not Range:
 * live ranges would make every later DOM change on the page slower; a block that changes is read again instead.
 */
export function blockMentions(block: TextBlock, matches: Match[]): Mention[] {
  const out: Mention[] = [];
  const labels = matches.length > 0 && matches.length <= 12 && onlyNames(block.text, matches);
  for (const match of matches) {
    if (labels && isLinkLabel(block, match, matches)) continue; // a share or follow button (its label is all its block holds)
    const first = nodeAt(block.starts, match.start);
    const last = nodeAt(block.starts, match.end - 1);
    const pieces: Mention['pieces'] = [];
    for (let i = first; i <= last; i++) {
      const node = block.nodes[i];
      const start = Math.max(0, match.start - block.starts[i]);
      const end = Math.min(node.data.length, match.end - block.starts[i]);
      if (end > start) pieces.push({ node, start, end });
    }
    const alias = block.text.slice(match.start, match.end);
    out.push({
      range: new StaticRange({
        startContainer: block.nodes[first],
        startOffset: match.start - block.starts[first],
        endContainer: block.nodes[last],
        endOffset: match.end - block.starts[last],
      }),
      title: match.title,
      alias,
      weak: match.weak === true,
      ...(match.sense && { sense: { name: senseKey(alias), matched: match.title, weak: match.weak === true } }),
      container: block.container,
      pieces,
      shown: false,
    });
  }
  return out;
}

/** True while the block's text nodes still hold the text that was read (the page may change it meanwhile). */
export function blockUnchanged(block: TextBlock): boolean {
  return block.nodes.every((node, i) => node.isConnected && node.data.length === (block.starts[i + 1] ?? block.text.length) - block.starts[i] && block.text.startsWith(node.data, block.starts[i]));
}
