/**
 * Names in a site's calls to action are not marked: "Follow us on Twitter", "Share on Facebook", "Sign in with
 * Google", "Ads by Google", "Download on the App Store" name a platform as a button does, on nearly every page. Only
 * phrases prose hardly uses, and only capitalised as buttons are: "share with", "continue with" or "available on"
 * are left alone ("talks will continue with Russia"). Nor is a quoted tweet's "RT @user" the RT network.
 */
import type { Match } from './matcher';

/**
 * The words right before a name that make it a call to action, at the end of the text before it. A button or label
 * begins with a capital ("Follow us on", "Follow Us On", "FOLLOW US ON", "Share on"); prose uses the same words in
 * lower case ("the first country to sign up with China", "market share on Amazon"). "Follow" takes "us" or "me"
 * only: a headline's "Allies Follow U.S. on Iran" is prose.
 */
const CALL = /(?:\b(?:Share|SHARE)(?: (?:it|this|the|article|story|page|link|It|This|The|Article|Story|Page|Link|IT|THIS|THE|ARTICLE|STORY|PAGE|LINK)){0,2} (?:on|via|On|Via|ON|VIA)|\b(?:Follow|FOLLOW) (?:us|me|Us|Me|US|ME) (?:on|On|ON)|\b(?:Find|Like|Join|Watch|FIND|LIKE|JOIN|WATCH) (?:us|Us|US) (?:on|On|ON)|\b(?:Connect|CONNECT) (?:with|With|WITH) (?:us|Us|US) (?:on|On|ON)|\b(?:Sign|SIGN) (?:in|up|In|Up|IN|UP) (?:with|using|With|Using|WITH|USING)|\b(?:Log|LOG) ?(?:in|In|IN) (?:with|using|With|Using|WITH|USING)|\b(?:Ads|ADS) (?:by|By|BY)|\b(?:Download|DOWNLOAD)(?: it| It| IT)? (?:on|On|ON)(?: the| The| THE)?|\b(?:Get|GET) (?:it|It|IT) (?:on|On|ON))[:\s\u00a0]+$/u;

/**
 * Looser calls, taken only before a platform's name: whom to like or follow ("Like The Root on Facebook", "Follow
 * him on Twitter", "Follow Jane Doe on Instagram"), "Follow on Twitter", "Visit us on", "See our Pinterest page".
 * "Subscribe to 9to5Mac on YouTube", "He can be followed via Twitter", "by connecting my Facebook". "Reporters Follow
 * Biden on China Trip" is a headline.
 */
const PERSONAL_CALL = /\b(?:(?:Like|LIKE|Follow|FOLLOW)(?: (?:him|her|them|Him|Her|Them|HIM|HER|THEM|the|\p{Lu}[\p{L}\p{N}'’&.-]*|section|page|desk|team)){1,6} (?:on|On|ON)|(?:Follow|FOLLOW|Visit|VISIT)(?: (?:us|Us|US))? (?:on|On|ON)|(?:See|SEE|Visit|VISIT) (?:our|Our|OUR)|(?:Subscribe|SUBSCRIBE)(?: to(?: [\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*){1,4})? (?:on|On|ON)|(?:be )?followed (?:on|via)|(?:by )?[Cc]onnecting (?:my|your)|[Cc]onnect (?:my|your))[:\s\u00a0]+$/u;

/** Between two platforms of one list ("on Instagram, Facebook, Twitter and YouTube", "Twitter (@NYTopinion) and Instagram"). */
const LIST_GAP = /^(?:\s*\(@\w+\))?(?:\s*,\s*(?:and |or )?|\s+(?:and|or|&)\s+)$/;

/** The platforms a personal call points to. */
const PLATFORM = /^(?:Facebook|Twitter|X|Instagram|YouTube|TikTok|LinkedIn|WhatsApp|Telegram|Snapchat|Pinterest|Reddit|Flipboard|Threads|Mastodon|Bluesky|Tumblr|Google News|Apple News|Spotify|Apple Podcasts|Google Plus|Google\+)$/;

/** How far back the call is looked for, in UTF-16 units. */
const REACH = 32;
const PERSONAL_REACH = 64;

/** True when the name from `start` to `end` ends a call to action, or is a retweet's "RT @". */
export function inCallToAction(text: string, start: number, end: number): boolean {
  if (end - start === 2 && text.startsWith('RT', start) && /^ ?@\w/.test(text.slice(end, end + 3))) return true;
  if (start === 0) return false;
  if (CALL.test(text.slice(Math.max(0, start - REACH), start))) return true;
  return PLATFORM.test(text.slice(start, end)) && PERSONAL_CALL.test(text.slice(Math.max(0, start - PERSONAL_REACH), start));
}

/**
 * The matches of a text that are not in a call to action. A platform listed right after one in a call is in it too
 * ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube").
 */
export function withoutCallsToAction(matches: Match[], text: string): Match[] {
  let lastCall = -1; // where the last platform of a call ended
  return matches.filter((m) => {
    const platform = PLATFORM.test(text.slice(m.start, m.end));
    const inCall = inCallToAction(text, m.start, m.end) || (platform && lastCall >= 0 && LIST_GAP.test(text.slice(lastCall, m.start)));
    if (inCall && platform) lastCall = m.end;
    return !inCall;
  });
}
