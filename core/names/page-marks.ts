/**
 * The names to mark in one text of a page: every name the matcher finds (weak ones flagged: the page decides
 * them), less those the page uses as its own chrome, a call to action ("Follow us on Twitter") or the site's
 * own name ("BBC" on bbc.co.uk), and a weekday's abbreviation in a schedule ("Sun-Thurs 16:00").
 */
import { withoutCallsToAction } from './call-to-action';
import type { Match, Matcher } from './matcher';
import { withoutScheduleDays } from './schedule';
import { withoutSiteName } from './site-name';

export function pageMarks(matcher: Matcher, text: string, siteLabel: string): Match[] {
  return withoutSiteName(withoutScheduleDays(withoutCallsToAction(matcher.scan(text), text), text), text, siteLabel);
}
