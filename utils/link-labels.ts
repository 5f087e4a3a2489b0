/**
 * A name that is all of a link's label, where the link leads off the page's site or nowhere, is a button: "Facebook"
 * and "WhatsApp" in a share bar, "Twitter" in a follow-us row. Such a mention is not marked. A link within the site
 * (a tag, an infobox's "Wellington"; bbc.co.uk and bbc.com are one site) and a name inside a longer text stay marked.
 */
import type { Match } from '../core/matcher';
import { siteKey } from '../core/site-name';
import { nodeAt, type TextBlock } from './text-blocks';

/** True when the match is the whole of its block's text (spaces aside) and sits in a link off the site or to nowhere. */
export function isLinkLabel(block: TextBlock, match: Match): boolean {
  const { text } = block;
  if (text.slice(0, match.start).trim() || text.slice(match.end).trim()) return false;
  const link = block.nodes[nodeAt(block.starts, match.start)].parentElement?.closest('a');
  if (!link) return false;
  const href = link.getAttribute('href')?.trim() ?? '';
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return true;
  try {
    const doc = link.ownerDocument;
    // The page's own address; a srcdoc or blank frame has none of its own, and its base is its parent's (a <base> may
    // point elsewhere, at a CDN, so it is not the page's site). Links resolve against the base, as the browser does.
    const own = doc.location?.href ?? '';
    const page = new URL(/^https?:/.test(own) ? own : doc.baseURI);
    const url = new URL(href, doc.baseURI);
    return !/^https?:$/.test(url.protocol) || siteKey(url.hostname) !== siteKey(page.hostname);
  } catch {
    return false;
  }
}
