/**
 * The blocks read first on a page that may be scrolled (page/blocks-in-view.ts), on a laid-out page stood in by
 * linkedom with boxes given by hand: a long article scrolled to its middle, paragraphs 80 px high every 100 px, a
 * viewport of 1200 × 900. The browser's own layout is covered by the e2e test (tests/e2e/install.test.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksInView } from '../../page/blocks-in-view';

interface Box {
  top: number;
  height: number;
}

const VIEW = { width: 1200, height: 900 };

/** A page whose elements have the boxes `layout` gives them (none: no box), hit tested against those boxes. */
function page(body: string, layout: (el: Element) => Box | undefined): Document {
  const { document, window } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  const rect = (el: Element) => {
    const box = layout(el);
    const [top, height, width] = box ? [box.top, box.height, VIEW.width] : [0, 0, 0];
    return { top, bottom: top + height, height, left: 0, right: width, width, x: 0, y: top };
  };
  (window.HTMLElement.prototype as any).getBoundingClientRect = function (this: Element) {
    return rect(this);
  };
  Object.assign(window, { innerWidth: VIEW.width, innerHeight: VIEW.height });
  (document as any).elementFromPoint = (_x: number, y: number) => {
    // The deepest element whose box holds the point, as the browser's hit test finds it.
    let hit: Element | null = null;
    for (const el of document.querySelectorAll('body *')) {
      const r = rect(el);
      if (r.height && y >= r.top && y < r.bottom) hit = el;
    }
    return hit;
  };
  Object.defineProperty(document, 'defaultView', { value: window });
  return document as unknown as Document;
}

/** Paragraph i of the article, scrolled so that paragraph 90 is at the top of the view. */
const paragraphBox = (i: number): Box => ({ top: i * 100 - 9_000, height: 80 });

const article = (between = ''): string =>
  `<article>${Array.from({ length: 200 }, (_, i) => `<p id="p${i}">Paragraph ${i} about Syria.</p>${i === 93 ? between : ''}`).join('')}</article>`;

function layoutOf(el: Element): Box | undefined {
  if (el.tagName === 'ARTICLE') return { top: -9_000, height: 20_000 };
  if (el.tagName === 'P') return paragraphBox(Number(el.id.slice(1)));
  if (el.id === 'link') return { top: 380, height: 20 }; // an inline sibling in the gap after paragraph 93
  if (el.id === 'menu') return { top: 385, height: 10 };
  return undefined; // hidden, scripts
}

const ids = (els: Element[]) => els.map((el) => el.id || el.tagName);

describe('the blocks in view', () => {
  it('are the paragraphs on screen, in order, when the article around them is far taller than the view', () => {
    // The first point (y = 180) falls in the margin between paragraphs 91 and 92, on the article itself.
    const doc = page(article(), layoutOf);
    expect(doc.elementFromPoint(420, 180)?.tagName).toBe('ARTICLE');
    expect(ids(blocksInView(doc))).toEqual(['p90', 'p91', 'p92', 'p93', 'p94', 'p95', 'p96', 'p97', 'p98']);
  });

  it('passes over siblings without a box, and never takes an inline or skipped sibling as a block of its own', () => {
    const between = '<script>var x = 1;</script><div hidden>Hidden: Syria</div><a id="link" href="#">Syria</a><nav id="menu">Syria</nav>';
    const doc = page(article(between), layoutOf);
    expect(ids(blocksInView(doc))).toEqual(['p90', 'p91', 'p92', 'p93', 'p94', 'p95', 'p96', 'p97', 'p98']);
  });

  it('takes the block around the point up to two levels when it is no taller than twice the view', () => {
    const section = `<section id="s"><div id="d"><p id="x">In a short section: Syria.</p></div></section>`;
    const doc = page(section, (el) => (el.id === 's' ? { top: 100, height: 700 } : el.id === 'd' ? { top: 100, height: 700 } : el.id === 'x' ? { top: 100, height: 700 } : undefined));
    expect(ids(blocksInView(doc))).toEqual(['s']);
  });
});
