/**
 * A name inside a user name, a handle or a web address is not a mention: "Andrea_Victoria", "@weekly_SPA",
 * "CNN.co.jp", "nasa.gov". The matcher reads "_", "@" and "." as word breaks; these are not breaks a writer makes.
 */
import type { Match } from './matcher';

/** Joined to a user name: an underscore or an @ before it, an underscore after it. */
const JOINED_BEFORE = /[_@]$/;
const JOINED_AFTER = /^_/;
/** A domain's next label right after it ("CNN.co.jp", "Yahoo.com"): a dot and a lower-case letter, no space. */
const DOMAIN_AFTER = /^\.[a-z]{2,}/;
/** A domain's or a path's start right before it ("www.", "wiki/"); not "NASA/ESA", whose slash joins two names. */
const ADDRESS_BEFORE = /(?:\bwww\.|[a-z0-9]\/)$/;

/** True when the name is part of a user name, a handle or a web address. */
export function inHandleOrAddress(text: string, match: Match): boolean {
  const before = text.slice(Math.max(0, match.start - 4), match.start);
  const after = text.slice(match.end, match.end + 4);
  return JOINED_BEFORE.test(before) || JOINED_AFTER.test(after) || DOMAIN_AFTER.test(after) || ADDRESS_BEFORE.test(before);
}

export function withoutHandlesAndAddresses(matches: Match[], text: string): Match[] {
  return matches.filter((m) => !inHandleOrAddress(text, m));
}
