/**
 * Names in a site's calls to action are not marked: "Follow us on Twitter", "Share on Facebook", "Sign in with
 * Google", "Ads by Google", "Download on the App Store" name a platform as a button does, on nearly every page. Only
 * phrases prose hardly uses: "share with", "continue with" or "available on" are left alone ("talks will continue
 * with Russia").
 */
import type { Match } from './matcher';

/** The words right before a name that make it a call to action (at the end of the text before it). */
const CALL = /(?:\bshare(?: (?:it|this|the|article|story|page|link)){0,2} (?:on|via)|\bfollow(?: us| me)? on|\b(?:find|like|join|watch) us on|\bconnect with us on|\bsign (?:in|up) (?:with|using)|\blog ?in (?:with|using)|\bads by|\bdownload (?:it )?on(?: the)?|\bget it on)[\s\u00a0]+$/i;

/** How far back the call is looked for, in UTF-16 units. */
const REACH = 32;

/** True when the name starting at `start` ends a call to action. */
export function inCallToAction(text: string, start: number): boolean {
  return start > 0 && CALL.test(text.slice(Math.max(0, start - REACH), start));
}

/** The matches of a text that are not in a call to action. */
export function withoutCallsToAction(matches: Match[], text: string): Match[] {
  return matches.some((m) => inCallToAction(text, m.start)) ? matches.filter((m) => !inCallToAction(text, m.start)) : matches;
}
