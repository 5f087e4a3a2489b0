/**
 * A name inside a user name, a handle or a web address is not a mention: "Andrea_Victoria", "@weekly_SPA",
 * "CNN.co.jp", "nasa.gov". The matcher reads "_", "@" and "." as word breaks; these are not breaks a writer makes.
 */
import type { Match } from './matcher';

/** Joined to a user name: an underscore or an @ before it, an underscore after it. */
const JOINED_BEFORE = /[_@]$/;
const JOINED_AFTER = /^_/;
/**
 * A domain's next labels right after it, two of them or one and a path ("CNN.co.jp", "nasa.gov/news"): "Amazon.com
 * Inc" is the company's name, and stays.
 */
const DOMAIN_AFTER = /^\.[a-z]{2,}(?:\.[a-z]{2,}|\/)/;
/**
 * Inside an address: after "www." or "://", or in a path after a domain ("en.wikipedia.org/wiki/"), no space between.
 * A slash between two names ("Israel/Palestine", "NASA/ESA") is prose.
 */
const ADDRESS_BEFORE = /(?:\bwww\.|:\/\/|\.[a-z]{2,}\/)\S*$/;

/** True when the name is part of a user name, a handle or a web address. */
export function inHandleOrAddress(text: string, match: Match): boolean {
  const before = text.slice(Math.max(0, match.start - 60), match.start);
  const after = text.slice(match.end, match.end + 8);
  return JOINED_BEFORE.test(before) || JOINED_AFTER.test(after) || DOMAIN_AFTER.test(after) || ADDRESS_BEFORE.test(before);
}

export function withoutHandlesAndAddresses(matches: Match[], text: string): Match[] {
  return matches.filter((m) => !inHandleOrAddress(text, m));
}
