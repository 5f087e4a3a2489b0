import type { Box } from './card/card-position';
import type { Mention, MentionStore } from './mention-store';

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/** A live range over a mention, for geometry (mentions keep static ranges). */
function liveRange(m: Mention): Range {
  const r = new Range();
  r.setStart(m.range.startContainer, m.range.startOffset);
  r.setEnd(m.range.endContainer, m.range.endOffset);
  return r;
}

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/** The line box of a mention nearest to a point (a mention may wrap over two lines). */
export function mentionBox(m: Mention, x?: number, y?: number): Box | undefined {
  let rects: DOMRect[];
  try {
    rects = [...liveRange(m).getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  } catch {
    return undefined; // the page changed under the mention; it will be read again
  }
  if (!rects.length) return undefined;
  if (x === undefined || y === undefined) return toBox(rects[0]);
  const inside = rects.find((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
  return inside ? toBox(inside) : undefined;
}

/** The shown mention under the pointer, with the line box the pointer is on. */
export function mentionAt(doc: Document, store: MentionStore, x: number, y: number, shadowRoots: ShadowRoot[]): { mention: Mention; box: Box } | undefined {
  const d = doc as CaretDoc;
  let node: Node | undefined;
  let offset = 0;
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y, { shadowRoots });
    node = pos?.offsetNode;
    offset = pos?.offset ?? 0;
  } else if (d.caretRangeFromPoint) {
    const r = d.caretRangeFromPoint(x, y);
    node = r?.startContainer;
    offset = r?.startOffset ?? 0;
  }
  if (!node || node.nodeType !== 3) return undefined;
  // The caret sits between characters: the one under the pointer is on either side of it.
  for (const candidate of [store.at(node, offset), store.at(node, offset - 1)]) {
    if (!candidate) continue;
    const box = mentionBox(candidate, x, y);
    if (box) return { mention: candidate, box };
  }
  return undefined;
}
