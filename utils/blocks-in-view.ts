/**
 * The blocks a reader is looking at, for a page that may not open at its top (an anchor, a reload, a step back, a
 * page open when Backstory was installed): they are read before the rest. Hit testing costs about 1.5 ms, so it is
 * only done when the page may be scrolled (utils/page-marker.ts).
 */
import { blockOf, insideSkipped, skipsElement } from './text-blocks';

/** Siblings looked at on either side of a block hit, for the others on screen (paragraphs of a long article). */
const MAX_NEIGHBOURS = 30;

/** The blocks under a few points of the viewport and their neighbours on screen, in document order. */
export function blocksInView(doc: Document): Element[] {
  const win = doc.defaultView;
  if (!win) return [];
  const out: Element[] = [];
  const add = (block: Node): void => {
    if (block.nodeType === 1 && !out.some((o) => o.contains(block) || block.contains(o))) out.push(block as Element);
  };
  for (const fy of [0.2, 0.45, 0.7]) {
    for (const fx of [0.35, 0.6]) {
      let el = doc.elementFromPoint(win.innerWidth * fx, win.innerHeight * fy);
      // Up to two levels up, to take in the text around the point, but not into a container much taller than the
      // view (on a long article that would be the article, read from its top).
      for (let up = 0; up < 2 && el?.parentElement && el.parentElement !== doc.body && el.parentElement.getBoundingClientRect().height <= 2 * win.innerHeight; up++) el = el.parentElement;
      if (!el || el === doc.body || el === doc.documentElement || insideSkipped(el)) continue;
      add(blockOf(el));
    }
  }
  const onScreen = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < win.innerHeight;
  };
  for (const block of [...out]) {
    for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
      let el = block[step];
      for (let n = 0; el && n < MAX_NEIGHBOURS && onScreen(el); n++, el = el[step]) if (!skipsElement(el)) add(el);
    }
  }
  return out.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
