/**
 * A name that is all of a link's label, where the link leads off the page's site, nowhere, or to a share endpoint, is
 * a button: "Facebook" and "WhatsApp" in a share bar, "Twitter" in a follow-us row. Such a mention is not marked. A
 * block that holds nothing but such names ("Facebook | Twitter") is a row of them, each in its own link. A link within
 * the site (an infobox's "Wellington"; bbc.co.uk and bbc.com are one site) stays marked, unless it is an item of a
 * menu of such links, and a name inside a longer text stays marked. The marking policy's `link-labels` rule
 * (core/names/policy.ts).
 */
import type { Match } from '../core/names/matcher';
import { siteKey } from '../core/names/site-name';
import { nodeAt, type TextBlock } from './text-blocks';

/** What may stand between the buttons of a row: separators, and the buttons that name no platform ("Email"). */
const BETWEEN = /^(?:[\s|•·,/+\u2013\u2014-]|\b(?:E-?mail|EMAIL|Print|PRINT|Copy link|Copy Link|COPY LINK|Comments?|COMMENTS?|Share|SHARE|Save|SAVE)\b)*$/u;

/**
 * True when the block's text is its names and nothing else, separators and a row's other buttons aside: a label, or
 * a row of them ("Facebook Twitter Email LinkedIn", "Twitter | Facebook | Google+").
 */
export function onlyNames(text: string, matches: readonly Match[]): boolean {
  let at = 0;
  for (const m of matches) {
    if (!BETWEEN.test(text.slice(at, m.start))) return false;
    at = m.end;
  }
  return BETWEEN.test(text.slice(at));
}

/**
 * True when the match of a block made only of names is a button's label: in a link off the site or to nowhere, or a
 * link of the site that shares ("?share=facebook", as WordPress writes them; a "Share on…" title). In a row of
 * several names, each must be a link of its own.
 */
export function isLinkLabel(block: TextBlock, match: Match, matches: readonly Match[]): boolean {
  const link = linkOf(block, match);
  if (!link) return false;
  if (matches.length > 1 && matches.some((m) => m !== match && linkOf(block, m) === link)) return false;
  const href = link.getAttribute('href')?.trim() ?? '';
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return true;
  if (/^share\b/i.test(link.getAttribute('title') || link.getAttribute('aria-label') || '')) return true;
  try {
    const doc = link.ownerDocument;
    // The page's own address; a srcdoc or blank frame has none of its own, and its base is its parent's (a <base> may
    // point elsewhere, at a CDN, so it is not the page's site). Links resolve against the base, as the browser does.
    const own = doc.location?.href ?? '';
    const page = new URL(/^https?:/.test(own) ? own : doc.baseURI);
    const url = new URL(href, doc.baseURI);
    return !/^https?:$/.test(url.protocol) || siteKey(url.hostname) !== siteKey(page.hostname) || url.searchParams.has('share') || inMenu(link);
  } catch {
    return false;
  }
}

/** How many items a list of links needs to be a menu ("Africa · Asia · Europe"), and how many are looked at. */
const MENU_MIN = 3;
const MENU_MAX = 60;

/** Where a page's own content is: a list of linked names there is content (a cabinet's members, "See also"). */
const CONTENT = 'article, main, [role="main"], [itemprop="articleBody"]';
/** Where a page's own chrome is, for a page that marks no content. */
const CHROME = 'header, footer, aside, [role="banner"], [role="contentinfo"], [role="complementary"]';
/** Whether a document marks its content (asked once a document: only for the few names that fill a link). */
const marksContent = new WeakMap<Document, boolean>();

/**
 * True when the link is an item of a menu: a list outside the page's content (or, on a page that marks none, in its
 * header, footer or an aside, or in a part whose id or class names it so) whose every item is one link and nothing
 * else, as a site's sections are written outside a <nav> (CNN's "Africa", "Asia", "Europe"; the Telegraph's
 * "Scotland", "Earth"). A list of headlines is a list of links too, but a name never fills a headline's link.
 */
function inMenu(link: Element): boolean {
  const item = link.parentElement?.closest('li');
  const list = item?.parentElement;
  if (!list || list.children.length < MENU_MIN || list.children.length > MENU_MAX || list.closest(CONTENT)) return false;
  // A page that marks no content may hold its article's lists anywhere ("Learn more about each planet: Mercury,
  // Venus, …"): there only its header, footer and asides have menus.
  const doc = list.ownerDocument;
  let marked = marksContent.get(doc);
  if (marked === undefined) marksContent.set(doc, (marked = doc.querySelector(CONTENT) !== null));
  if (!marked && !list.closest(CHROME) && !namedChrome(list)) return false;
  for (const child of list.children) {
    const links = child.tagName === 'LI' ? child.getElementsByTagName('a') : undefined;
    if (!links || links.length !== 1 || links[0].textContent?.trim() !== child.textContent?.trim()) return false;
  }
  return true;
}

/** A part of the page named as chrome by its id or class ("cnn_hdr-nav", "intl-menu", "site-footer"). */
const CHROME_NAME = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|header|hdr|footer|ftr|masthead)(?:$|[\s_-])/i;

/** True when the element or an ancestor is named as the page's chrome, for pages built without landmarks. */
function namedChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (CHROME_NAME.test(e.id) || CHROME_NAME.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

const linkOf = (block: TextBlock, match: Match) => block.nodes[nodeAt(block.starts, match.start)].parentElement?.closest('a');
