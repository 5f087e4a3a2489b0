/**
 * A site's own name is not marked on its pages: on bbc.co.uk every "BBC" of the logo, menus and credits would be,
 * and the reader knows where they are. The name is told from the address alone: the label before the public
 * suffix, compared with each name found, letters and digits only, with or without a leading "the".
 */
import type { Match } from './matcher';
import { sentenceKey } from './text';

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

/** The matches of a text that do not name the site the text is from. */
export function withoutSiteName(matches: Match[], text: string, label: string): Match[] {
  return label ? matches.filter((m) => !namesSite(text.slice(m.start, m.end), label)) : matches;
}
