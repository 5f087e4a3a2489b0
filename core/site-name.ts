/**
 * A site's own name is not marked on its pages: on bbc.co.uk every "BBC" of the logo, menus and credits would be,
 * and the reader knows where they are. The name is told from the address alone: the label before the public
 * suffix, compared with each name found, letters and digits only, with or without a leading "the".
 */
import type { Match } from './matcher';
import { sentenceKey } from './text';

/** Second-level labels under a country code that sites register below ("bbc.co.uk", "abc.net.au"). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

/** The label a site is named by: "bbc" for www.bbc.co.uk, "cnn" for edition.cnn.com; '' for an address without one. */
export function siteLabel(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || /^[\d.]+$/.test(host) || host.includes(':')) return '';
  const tld = labels.length - 1;
  const under = labels.length > 2 && labels[tld].length === 2 && SECOND_LEVEL.has(labels[tld - 1]) ? tld - 2 : tld - 1;
  return labels[under] ?? '';
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
