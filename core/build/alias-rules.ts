/**
 * Which surface forms may become aliases that are marked on web pages (docs/aliases.md explains them).
 * These rules never remove an entity from an event: they only decide what names the matcher looks for.
 */

import { stripQualifier } from '../text';

/** Capitalised words that name a role or an institution of many countries; never an alias on their own. */
const GENERIC_CAPITALISED = new Set([
  'the', 'a', 'an', 'president', 'prime minister', 'minister', 'government', 'parliament', 'senate', 'congress', 'court',
  'supreme court', 'army', 'police', 'military', 'navy', 'air force', 'state', 'states', 'city', 'province', 'region',
  'republic', 'kingdom', 'king', 'queen', 'prince', 'crown prince', 'pope', 'church', 'party', 'assembly', 'national assembly',
  'ministry', 'cabinet', 'council', 'committee', 'commission', 'union', 'federal', 'national', 'international', 'world',
  'north', 'south', 'east', 'west', 'central', 'new', 'old', 'chief', 'general', 'governor', 'mayor', 'opposition',
  'coalition', 'election', 'elections', 'war', 'pandemic', 'virus', 'vaccine', 'lockdown', 'internet', 'media',
  'press', 'embassy', 'border', 'capital', 'island', 'islands', 'river', 'sea', 'ocean', 'mountain', 'university', 'school',
  'hospital', 'airport', 'company', 'group', 'agency', 'bank', 'court of appeal', 'high court', 'house',
  'european', 'american', 'african', 'asian', 'western', 'eastern', 'northern', 'southern', 'muslim', 'muslims', 'christian',
  'christians', 'democratic', 'republican', 'jewish', 'catholic', 'islamic', 'arab', 'democrats', 'republicans', 'islamist', 'islamists', 'jihadist',
  'mp', 'mps', 'mep', 'meps', 'ceo', 'ceos', 'cfo', 'coo', 'cto',
]);

const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Holidays that are days of the calendar: pages use them as dates ("on Christmas Eve", "by New Year"). */
const HOLIDAY = /^(?:Christmas(?: Eve| Day)?|New Year(?:['’]s(?: Day| Eve)?)?|Boxing Day|Valentine['’]s Day|Easter(?: Sunday| Monday)?|Good Friday|Thanksgiving(?: Day)?|Halloween|Memorial Day|Labou?r Day|May Day|Remembrance Day|Veterans Day|Mother['’]s Day|Father['’]s Day|Martin Luther King(?:,)? Jr\.? Day|Presidents['’]? Day|Republic Day|Independence Day|Victory Day|Black Friday|Cyber Monday|Groundhog Day)$/i;

/** True when a surface form reads as a proper name: it starts with a capital or digit, or has a capital after a hyphen or inside its first word ("al-Nusra", "eBay"). */
function isProperName(surface: string): boolean {
  if (/^[\p{Lu}]/u.test(surface)) return true;
  if (/^\p{N}/u.test(surface)) return /\p{L}{2}/u.test(surface);
  const first = surface.split(/\s/)[0];
  return /\p{Ll}[-']?\p{Lu}/u.test(first);
}

/** Why a surface form cannot be an alias, or undefined when it can. */
export function aliasRejection(surface: string): string | undefined {
  const s = surface.trim();
  if (s.length < 2) return 'too short';
  if (!/\p{L}/u.test(s)) return 'no letter';
  if (/^\p{N}+$/u.test(s) || /^\p{N}{4}s?$/u.test(s)) return 'a number or year';
  if (!isProperName(s)) return 'not a proper name (lower case: an ordinary word)';
  const lower = s.toLowerCase().replace(/^the\s+/, '');
  if (GENERIC_CAPITALISED.has(lower) || GENERIC_CAPITALISED.has(s.toLowerCase())) return 'a generic word';
  if (CALENDAR.test(s)) return 'a day or month';
  if (HOLIDAY.test(s)) return 'a holiday, used as a date';
  if (/^\p{L}+ \p{N}{4}$/u.test(s) && CALENDAR.test(s.split(' ')[0])) return 'a month and year';
  if (/^\p{N}+(st|nd|rd|th)$/iu.test(s)) return 'an ordinal number';
  if (s.length > 80) return 'too long';
  return undefined;
}

const ACRONYM_STOP = new Set(['of', 'the', 'and', 'in', 'on', 'for', 'to', 'a', 'an', 'at', 'by', 'de', 'la', 'le', 'du', 'des', '&']);

/** Candidate acronyms of a title: initials of its content words, and of all its words ("ISIL", "RAAF"). */
export function acronymsOf(title: string): string[] {
  // A one-character part after a hyphen ("Type-C") is a version mark, not a word.
  const words = title.replace(/\s*\([^)]*\)\s*$/, '').replace(/-\p{L}(?=\s|$)/gu, '').split(/[\s\u2013\u2014-]+/).filter(Boolean);
  if (words.length < 2) return [];
  const content = words.filter((w) => !ACRONYM_STOP.has(w.toLowerCase()));
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('').toUpperCase();
  const out = new Set([initials(content), initials(words)]);
  return [...out].filter((a) => a.length >= 2 && a.length <= 8 && /^\p{Lu}+$/u.test(a));
}

/** Time zones ("Greenwich Mean Time", "Eastern Time Zone", "Time in Australia"): their names are in every timestamp. */
export function isTimeZone(title: string): boolean {
  return /^Time in |Time Zone$| (?:Standard|Mean|Summer|Daylight|Universal) Time$|^(?:Eastern|Pacific|Central|Mountain|New Zealand) Time$|^(?:UTC|GMT)$/.test(title);
}

/**
 * A title in sentence case, every word after the first in lower case: Wikipedia's form for a common noun ("Chief
 * executive officer", "Gross domestic product", "QR code"), against a proper name's title case ("Philippine Drug
 * Enforcement Agency", "Al-Qaeda in the Islamic Maghreb").
 */
export function isCommonNoun(title: string): boolean {
  const rest = stripQualifier(title).split(/\s+/).slice(1);
  return rest.length > 0 && rest.every((w) => /^\p{Ll}/u.test(w));
}

/** True for an all-capitals acronym like "ISIL" or "U.S."-free "EU". */
export function isAcronym(s: string): boolean {
  return /^\p{Lu}{2,8}$/u.test(s);
}
