/**
 * A year or a month typed among a query's words ("haiti earthquake 2010", "hamas attack israel october") names when
 * the event happened, which its text rarely says: such a word is held by the events of that year or month too, as
 * spans of positions (events are stored in date order).
 */
import { firstAtLeast } from './vocabulary';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Years a typed number may name: the data's span and a margin (a bare "300" or "1066" is a count or a number). */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;

/** The spans `[from, to)` of positions whose date starts with one of the prefixes, in order. */
function spansOf(dates: readonly string[], prefixes: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const prefix of prefixes) {
    const from = firstAtLeast(dates, prefix);
    // The first date past the prefix: "2010" → "2010~", "2010-10" → "2010-10~" ('~' sorts after digits and '-').
    const to = firstAtLeast(dates, `${prefix}~`);
    if (to > from) spans.push([from, to]);
  }
  return spans;
}

/**
 * The events a query word dates, as spans of positions in `dates` (sorted), or none for a word that is not a year
 * of the data's time nor a month's full name. Whether "may" or "march" means the month is the caller's to decide
 * (core/library/library-search.ts `datedWords`); this says what the word could date.
 */
export function dateSpans(word: string, dates: readonly string[]): Array<[number, number]> {
  if (/^\d{4}$/.test(word)) {
    const year = Number(word);
    return year >= FIRST_YEAR && year <= LAST_YEAR ? spansOf(dates, [word]) : [];
  }
  const month = MONTHS.indexOf(word);
  if (month < 0 || !dates.length) return [];
  const first = Number(dates[0].slice(0, 4));
  const last = Number(dates[dates.length - 1].slice(0, 4));
  const prefixes: string[] = [];
  for (let y = first; y <= last; y++) prefixes.push(`${y}-${String(month + 1).padStart(2, '0')}`);
  return spansOf(dates, prefixes);
}
