/**
 * The blocks a reader is looking at, for a page that may not open at its top (an anchor, a reload, a step back, a
 * page open when Backstory was installed): they are read before the rest (page/page-marker.ts). Only asked when
 * the page may be scrolled: hit testing, and each box asked for, needs the page's layout.
 */
import { blockOf, insideSkipped, isInline, skipsElement } from './text-blocks';

/** Siblings looked at on either side of a block hit, for the others on screen (paragraphs of a long article). */
const MAX_NEIGHBOURS = 30;

/** Points of the viewport hit tested, as fractions of its width and height. */
const XS = [0.35, 0.6];
const YS = [0.2, 0.45, 0.7];

/** The blocks under a few points of the viewport and their neighbours on screen, in document order. */
export function blocksInView(doc: Document): Element[] {
  const win = doc.defaultView;
  if (!win) return [];
  const height = win.innerHeight;
  // A container much taller than the view (a long article, hit in the margin between two paragraphs) would be read
  // from its top, not where the reader is.
  const tall = (el: Element): boolean => el.getBoundingClientRect().height > 2 * height;
  const out: Element[] = [];
  const add = (block: Element): void => {
    if (!out.some((o) => o.contains(block) || block.contains(o))) out.push(block);
  };
  for (const fy of YS) {
    for (const fx of XS) {
      let el = doc.elementFromPoint(win.innerWidth * fx, height * fy);
      // Up to two levels up, to take in the text around the point.
      for (let up = 0; up < 2 && el?.parentElement && el.parentElement !== doc.body && !tall(el.parentElement); up++) el = el.parentElement;
      if (!el || el === doc.body || el === doc.documentElement || insideSkipped(el)) continue;
      const block = blockOf(el);
      if (block.nodeType === 1 && !tall(block as Element)) add(block as Element);
    }
  }
  for (const block of [...out]) {
    neighbours(block, 'previousElementSibling', (r) => r.bottom <= 0, add);
    neighbours(block, 'nextElementSibling', (r) => r.top >= height, add);
  }
  return out.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b follows a */ ? -1 : 1));
}

/**
 * The block siblings of `block` on screen, one way, until one is past the view's edge. Boxless ones (hidden, a
 * script, an empty slot) are passed over; inline ones are read with their parent's block, never as their own.
 */
function neighbours(
  block: Element,
  step: 'previousElementSibling' | 'nextElementSibling',
  past: (box: DOMRect) => boolean,
  add: (el: Element) => void,
): void {
  let el = block[step];
  for (let n = 0; el && n < MAX_NEIGHBOURS; n++, el = el[step]) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (past(box)) return;
    if (!isInline(el) && !skipsElement(el)) add(el);
  }
}
