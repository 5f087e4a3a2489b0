/**
 * The marking policy's text and page rules as code (core/names/policy.ts lists every rule): `markText` is what the
 * background worker runs on each text a page read; `markPage` adds the page-wide rule, so that the command line
 * prints what a page would mark from the same text.
 */
import { withoutCallsToAction } from './call-to-action';
import { withoutCreditLines } from './credit-lines';
import { withoutHandlesAndAddresses } from './handles';
import type { Match, Matcher } from './matcher';
import type { RuleName } from './policy';
import { withoutLongerNamePieces } from './longer-name';
import { withRolesInNames } from './role-and-name';
import { withoutScheduleDays } from './schedule';
import { withoutSiteName } from './site-name';

/** What a text rule knows of where the text comes from. */
export interface TextContext {
  /** The site's name as its address gives it (core/names/site-name.ts `siteLabel`), or '' for none. */
  siteLabel: string;
}

type TextFilter = (matches: Match[], text: string, context: TextContext) => Match[];

/** The text rules after the matcher's scan (whose own rules are `longest-match` to `pronoun-in-capitals`), in order. */
export const TEXT_FILTERS: ReadonlyArray<readonly [RuleName, TextFilter]> = [
  ['calls-to-action', (matches, text) => withoutCallsToAction(matches, text)],
  ['handles-and-addresses', (matches, text) => withoutHandlesAndAddresses(matches, text)],
  ['credit-lines', (matches, text) => withoutCreditLines(matches, text)],
  ['schedule-days', (matches, text) => withoutScheduleDays(matches, text)],
  ['site-name', (matches, text, { siteLabel }) => withoutSiteName(matches, text, siteLabel)],
  ['role-and-name', (matches, text) => withRolesInNames(matches, text)],
  ['longer-name-piece', (matches, text) => withoutLongerNamePieces(matches, text)],
];

/** The names to mark in one text of a page, weak ones flagged (the page-wide rule decides them). */
export function markText(matcher: Matcher, text: string, context: TextContext): Match[] {
  let matches = matcher.scan(text);
  for (const [, filter] of TEXT_FILTERS) if (matches.length) matches = filter(matches, text, context);
  return matcher.flagSenses(matches, text);
}

/** `weak-needs-evidence`: drops weak mentions of entities that have no strong mention among `mentions`. */
export function withEvidence(mentions: Match[]): Match[] {
  const strong = new Set(mentions.filter((m) => !m.weak).map((m) => m.title));
  return mentions.filter((m) => !m.weak || strong.has(m.title));
}

/**
 * What a page made of these texts (its blocks, in order) would show with the default settings: the text rules on
 * each, then the page-wide rule over all of them. Per text, its marks.
 */
export function markPage(matcher: Matcher, texts: string[], context: TextContext): Match[][] {
  const perText = texts.map((text) => markText(matcher, text, context));
  const shown = new Set(withEvidence(perText.flat()));
  return perText.map((list) => list.filter((m) => shown.has(m)));
}
