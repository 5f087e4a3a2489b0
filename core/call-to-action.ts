/**
 * Names in a site's calls to action are not marked: "Follow us on Twitter", "Share on Facebook", "Sign in with
 * Google", "Ads by Google", "Download on the App Store" name a platform as a button does, on nearly every page. Only
 * phrases prose hardly uses, and only capitalised as buttons are: "share with", "continue with" or "available on"
 * are left alone ("talks will continue with Russia").
 */
import type { Match } from './matcher';

/**
 * The words right before a name that make it a call to action, at the end of the text before it. A button or label
 * begins with a capital ("Follow us on", "FOLLOW US ON", "Share on"); prose uses the same words in lower case ("the
 * first country to sign up with China", "market share on Amazon", "sanctions follow on Russia's decision").
 */
const CALL = /(?:\b(?:Share|SHARE)(?: (?:it|this|the|article|story|page|link|IT|THIS|THE|ARTICLE|STORY|PAGE|LINK)){0,2} (?:on|via|ON|VIA)|\b(?:Follow|FOLLOW)(?: (?:us|me|US|ME)| \p{Lu}[\p{L}.]*){0,3} (?:on|ON)|\b(?:Find|Like|Join|Watch|FIND|LIKE|JOIN|WATCH) (?:us|US) (?:on|ON)|\b(?:Connect|CONNECT) (?:with|WITH) (?:us|US) (?:on|ON)|\b(?:Sign|SIGN) (?:in|up|IN|UP) (?:with|using|WITH|USING)|\b(?:Log|LOG) ?(?:in|IN) (?:with|using|WITH|USING)|\b(?:Ads|ADS) (?:by|BY)|\b(?:Download|DOWNLOAD)(?: it| IT)? (?:on|ON)(?: the| THE)?|\b(?:Get|GET) (?:it|IT) (?:on|ON))[:\s\u00a0]+$/u;

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
