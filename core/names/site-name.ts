/**
 * A site's own name is not marked on its pages: on bbc.co.uk every "BBC" of the logo, menus and credits would be,
 * and the reader knows where they are. The name is told from the address alone: the label before the public
 * suffix, compared with each name found, letters and digits only, with or without a leading "the".
 */
import type { Match } from './matcher';
import { sentenceKey } from '../text';

/** Second-level labels under a country code that sites register below ("bbc.co.uk", "abc.net.au"). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

/** Subdomains that are the site itself, in another edition or form; any other names a part of it ("news.google.com"). */
const SAME_SITE = new Set(['www', 'm', 'mobile', 'amp', 'edition', 'en', 'uk', 'us', 'eu', 'international', 'beta']);

/**
 * The label a site is named by, letters and digits only: "bbc" for www.bbc.co.uk, "cnn" for edition.cnn.com,
 * "almonitor" for al-monitor.com; '' for an address without one, or a part of a site under a name of its own
 * (news.google.com: the headlines it gathers name Google as news).
 */
export function siteLabel(host: string): string {
  const at = registrable(host);
  if (!at) return '';
  if (at.labels.slice(0, at.index).some((sub) => !SAME_SITE.has(sub))) return '';
  return at.labels[at.index].replace(/[^a-z0-9]/g, '');
}

/**
 * The site a host belongs to, to tell links within it from links off it: its registrable label ("bbc" for
 * www.bbc.co.uk and bbc.com alike), or the host itself when it has none (an address, "localhost").
 */
export function siteKey(host: string): string {
  const at = registrable(host);
  return at ? at.labels[at.index] : host.toLowerCase();
}

/** A host's labels and the index of the one before its public suffix (a country's "co.uk" counted as one). */
function registrable(host: string): { labels: string[]; index: number } | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || /^[\d.]+$/.test(host) || host.includes(':')) return undefined;
  const tld = labels.length - 1;
  const index = labels.length > 2 && labels[tld].length === 2 && SECOND_LEVEL.has(labels[tld - 1]) ? tld - 2 : tld - 1;
  return { labels, index };
}

/** True when `name`, as the page writes it, is the site's own name: "BBC" on bbc, "The Washington Post" on washingtonpost. */
export function namesSite(name: string, label: string): boolean {
  if (!label) return false;
  const key = sentenceKey(name);
  return key === label || (key.startsWith('the') && key.slice(3) === label);
}

/** A capitalised word right after a name, on the same line ("Post" of "India Post"). */
const NEXT_WORD = /^[ \u00a0]([\p{Lu}\p{N}][\p{L}\p{N}&'\u2019.-]*)/u;
/** One or two words right before a name, on the same line ("Times of" of "Times of India"). */
const PREVIOUS_WORDS = /(?:^|\s)((?:[\p{L}\p{N}][\p{L}\p{N}&'\u2019.-]* ){1,2})$/u;

/**
 * True when the name is part of the site's name as the page writes it, with a word after it or one or two before
 * it: "India Post" on indiapost.com, "New York Post" (by its initials) on nypost.com, "Times of India" on
 * timesofindia.com. Only the name itself was found, so it would be marked as India or New York.
 */
function inSiteName(text: string, match: Match, label: string): boolean {
  const name = text.slice(match.start, match.end);
  if (namesSite(name, label)) return true;
  const key = sentenceKey(name);
  if (!label.includes(key) && !/\s/.test(name)) return false;
  const next = NEXT_WORD.exec(text.slice(match.end, match.end + 40))?.[1];
  if (next) {
    const after = sentenceKey(next);
    const initials = name.split(/\s+/).length > 1 ? sentenceKey(name.split(/\s+/).map((w) => w[0]).join('')) : '';
    if (namesSite(key + after, label) || (initials && namesSite(initials + after, label))) return true;
  }
  const before = PREVIOUS_WORDS.exec(text.slice(Math.max(0, match.start - 40), match.start))?.[1].trim().split(' ') ?? [];
  // The words before begin with a capital, as a site writes its name: "storms in the Atlantic" is the ocean.
  for (let k = 1; k <= before.length; k++) if (/^\p{Lu}/u.test(before[before.length - k]) && namesSite(before.slice(-k).join(' ') + key, label)) return true;
  return false;
}

/** The matches of a text that do not name the site the text is from, nor are part of its name. */
export function withoutSiteName(matches: Match[], text: string, label: string): Match[] {
  return label ? matches.filter((m) => !inSiteName(text, m, label)) : matches;
}
