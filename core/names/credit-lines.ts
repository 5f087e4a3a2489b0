/**
 * A picture's credit names who took or owns it, not what the article is about: "Credit: NASA/ESA", "Photo: Reuters",
 * "CreditChristopher Lee for The New York Times", "Photograph by AP". Names after such a label, up to the end of its
 * line or sentence, are not marked.
 */
import type { Match } from './matcher';

/**
 * A credit's label, capitalised as captions write it: "Photo:", "Photo by", "Image credit", "Photo courtesy of",
 * "Credit:", "Source:", or "Credit" run into the name (a caption whose label is hidden text: "CreditChristopher Lee").
 * Not "Credit Suisse" or "CREDITORS", nor a sentence that starts with "Source", nor a gallery's headline ("Photos:
 * Biden visits Kyiv": a plural label takes "by", "credit" or "courtesy").
 */
const LABEL = /(?:^|[\s(|·•/])(?:(?:Photo(?:graph)?|Image|Picture|Illustration)s? ?(?:[Cc]redits?:?|by\b|courtesy(?: of)?)|(?:Photo(?:graph)?|Image|Picture|Illustration) ?:|(?:Credits?|CREDITS?|Courtesy(?: of)?|Source|SOURCE) ?:|Credit(?=\p{Lu}))/gu;
/** How far back the label is looked for: a credit is short. */
const REACH = 90;
/** What ends a credit: a line break or the end of a sentence (a word of two letters or more, a period, a capital: not "J. Smith"). */
const END = /\n|[\p{L}\p{N}]{2}\.\s+\p{Lu}/u;

/** True when the name stands in a picture's credit. */
export function inCreditLine(text: string, match: Match): boolean {
  const from = Math.max(0, match.start - REACH);
  const before = text.slice(from, match.start);
  let last = -1;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(before); m; m = LABEL.exec(before)) last = m.index + m[0].length;
  return last >= 0 && !END.test(before.slice(last));
}

export function withoutCreditLines(matches: Match[], text: string): Match[] {
  return matches.filter((m) => !inCreditLine(text, m));
}
