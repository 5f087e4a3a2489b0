/**
 * The article a page holds, when it holds one: its body (the element that holds most of the page's paragraph text)
 * and its headline. On such a page only they are read; the menus, footers, asides, "related" and "trending" boxes,
 * bylines and share bars around and inside them are not (the marking policy's `article-only` rule,
 * core/names/policy.ts). A page whose paragraphs are spread over the page (a front page, a list) has no article:
 * it is read as before.
 */
import { insideSkipped } from './text-blocks';

/** A paragraph shorter than this is a teaser, a caption or a credit, not the body's prose. */
const PROSE = 80;
/** An article has at least this many paragraphs of prose and this much of it. */
const MIN_PARAGRAPHS = 3;
const MIN_TEXT = 800;
/** The body holds at least this share of the page's prose. */
const BODY_SHARE = 0.6;

/**
 * Parts of an article that are not its story, by their class or id ("related-links", "article__byline",
 * "share-bar", "most-read"): each word a whole token of the name, between dashes, underscores or spaces.
 */
const CHROME = /(?:^|[-_\s])(?:related|recommended|recommendations|trending|promo|newsletter|share|sharing|social|byline|bylines|author|authors|credit|credits|advert|advertisement|ad|ads|sponsored|comments|outbrain|taboola|most-?read|popular|read-?more|more-?stories|signup|subscribe|breadcrumbs?|tags)(?:$|[-_\s])/i;
/** How deep under the body chrome is looked for by name: boxes sit among the paragraphs, not inside them. */
const CHROME_DEPTH = 3;

/** Elements under `el`, down to `depth` levels, whose class or id names them as chrome (`CHROME`). */
function chromeByName(el: Element, depth: number, into: Set<Element>): void {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (CHROME.test(c.id) || CHROME.test(typeof c.className === 'string' ? c.className : '')) into.add(c);
    else if (depth > 1) chromeByName(c, depth - 1, into);
  }
}

export interface ArticleScope {
  /** The article's body. */
  body: Element;
  /** Its headline, when the page has one outside the body. */
  headline?: Element;
  /** True when the walk should step over `el`: it is outside the article, or chrome inside it. */
  excludes(el: Element): boolean;
  /** True when `node` is inside the article and not in chrome (checked upwards, for text that changed). */
  holds(node: Node): boolean;
}

/** Paragraphs looked at, the first in document order: an article's body comes early, and a huge page's thousands would cost the start. */
const MAX_PARAGRAPHS = 300;

/** The prose paragraphs of the page a reader can see, with their lengths (among the first `MAX_PARAGRAPHS`). */
function prose(doc: Document): Array<{ p: Element; length: number }> {
  const out: Array<{ p: Element; length: number }> = [];
  const skippedParent = new Map<Element | null, boolean>();
  const all = doc.getElementsByTagName('p');
  for (let i = 0; i < all.length && i < MAX_PARAGRAPHS; i++) {
    const p = all[i];
    const length = p.textContent?.trim().length ?? 0;
    if (length < PROSE) continue;
    const parent = p.parentElement;
    let skipped = skippedParent.get(parent);
    if (skipped === undefined) skippedParent.set(parent, (skipped = insideSkipped(p)));
    if (!skipped) out.push({ p, length });
  }
  return out;
}

/**
 * The element whose paragraphs (as a parent, or as a grandparent at half) weigh the most, widened to the nearest
 * ancestor holding `BODY_SHARE` of the page's prose; undefined when only the body or the root element does.
 */
function articleBody(doc: Document): Element | undefined {
  const paragraphs = prose(doc);
  const total = paragraphs.reduce((n, x) => n + x.length, 0);
  if (paragraphs.length < MIN_PARAGRAPHS || total < MIN_TEXT) return undefined;
  const weight = new Map<Element, number>();
  // The prose each ancestor holds, summed once.
  const held = new Map<Element, number>();
  for (const { p, length } of paragraphs) {
    const parent = p.parentElement;
    if (parent) weight.set(parent, (weight.get(parent) ?? 0) + length);
    const grand = parent?.parentElement;
    if (grand) weight.set(grand, (weight.get(grand) ?? 0) + length / 2);
    for (let el = parent; el; el = el.parentElement) held.set(el, (held.get(el) ?? 0) + length);
  }
  let best: Element | undefined;
  for (const [el, w] of weight) if (!best || w > weight.get(best)!) best = el;
  for (let el: Element | null | undefined = best; el; el = el.parentElement) {
    if (el === doc.body || el === doc.documentElement) return undefined;
    if ((held.get(el) ?? 0) >= BODY_SHARE * total) return el;
  }
  return undefined;
}

/** The page's headline: its first `h1` outside the body, when it has one. */
function headline(doc: Document, body: Element): Element | undefined {
  for (const h of doc.querySelectorAll('h1')) if (!body.contains(h) && !insideSkipped(h) && (h.textContent?.trim().length ?? 0) > 0) return h;
  return undefined;
}

/** Every element off the paths from the document's body down to `kept`: siblings of each step. */
function offPath(doc: Document, kept: readonly Element[], into: Set<Element>): void {
  const onPath = new Set<Element>();
  for (const k of kept) for (let el: Element | null = k; el && el !== doc.documentElement; el = el.parentElement) onPath.add(el);
  for (const el of onPath) {
    if (kept.includes(el)) continue;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!onPath.has(c)) into.add(c);
  }
}

/** The article of `doc`, or undefined for a page that is not one article. */
export function articleScope(doc: Document): ArticleScope | undefined {
  const body = articleBody(doc);
  if (!body) return undefined;
  const title = headline(doc, body);
  const kept = title ? [body, title] : [body];
  const excluded = new Set<Element>();
  offPath(doc, kept, excluded);
  for (const el of body.querySelectorAll('aside,footer,header')) if (el.tagName !== 'HEADER' || !el.querySelector('h1')) excluded.add(el);
  chromeByName(body, CHROME_DEPTH, excluded);
  const holds = (node: Node): boolean => {
    let inside = false;
    for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
      if (excluded.has(el)) return false;
      if (kept.includes(el)) inside = true;
    }
    return inside;
  };
  return { body, ...(title && { headline: title }), excludes: (el) => excluded.has(el), holds };
}
