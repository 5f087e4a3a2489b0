/**
 * The popup's query language: free words plus date filters written in the query.
 *   from:2021-03   events on or after 1 March 2021
 *   to:2021        events up to the end of 2021
 *   year:2020      events in 2020 (from:2020 to:2020)
 * Filters narrow together; unreadable ones are reported and ignored.
 * Dates are prefixes of ISO dates: a year, a month or a day; "2021-3" is read as "2021-03".
 * Pure: the popup and the tests use it; the library receives the result as SearchOptions.
 */

export interface ParsedQuery {
  /** The words to search, without the filters. */
  text: string;
  /** Inclusive ISO prefixes. */
  from?: string;
  to?: string;
  /** What could not be read, in words a reader understands (the token is then ignored). */
  problems: string[];
}

type Key = 'from' | 'to' | 'year';
const TOKEN = /(^|\s)(from|to|year):(\S*)/gi;

/** "2021", "2021-3", "2021-03-04" → the ISO prefix, or undefined when it is not a real year, month or day. */
export function datePrefix(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (mo === undefined) return y;
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  const ym = `${y}-${String(month).padStart(2, '0')}`;
  if (d === undefined) return ym;
  const day = Number(d);
  const leap = Number(y) % 4 === 0 && (Number(y) % 100 !== 0 || Number(y) % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day >= 1 && day <= days ? `${ym}-${String(day).padStart(2, '0')}` : undefined;
}

/** The last day a prefix covers, comparable as a string: "2021" → "2021-99-99". */
const end = (prefix: string) => prefix + '-99-99'.slice(prefix.length - 4);

/**
 * Splits a typed query into words and date filters. Several filters narrow together (year:2021 from:2021-06 is
 * June to December 2021); a filter that cannot be read is reported and ignored.
 */
export function parseQuery(input: string): ParsedQuery {
  const out: ParsedQuery = { text: '', problems: [] };
  const lower: string[] = [];
  const upper: string[] = [];
  const text = input.replace(TOKEN, (_whole, space: string, rawKey: string, value: string) => {
    const key = rawKey.toLowerCase() as Key;
    if (!value) return space; // still being typed: neither a filter nor a word
    const prefix = datePrefix(value);
    if (!prefix) out.problems.push(`“${rawKey}:${value}” is not a date: write a year (2021), a month (2021-03) or a day (2021-03-04)`);
    else if (key === 'year' && prefix.length !== 4) out.problems.push(`“${rawKey}:${value}” needs a year only, such as year:2020`);
    else {
      if (key !== 'to') lower.push(prefix);
      if (key !== 'from') upper.push(prefix);
    }
    return space;
  });
  out.text = text.replace(/\s+/g, ' ').trim();
  let from = lower.sort().at(-1);
  let to = upper.sort((a, b) => (end(a) < end(b) ? -1 : 1))[0];
  if (from && to && from > end(to)) {
    out.problems.push(`${describePrefix(from)} is after ${describePrefix(to)}: the dates were swapped`);
    [from, to] = [to, from];
  }
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}

/** The query without its date filters (for the button that removes them). */
export function withoutDates(input: string): string {
  return input.replace(TOKEN, '$1').replace(/\s+/g, ' ').trim();
}

/** The query with its date filters replaced by one year (none: no date filter), as the popup's year menu writes it. */
export function withYear(input: string, year: string | undefined): string {
  const rest = withoutDates(input);
  return year ? `${rest} year:${year}`.trim() : rest;
}

/** The years from the first date to the last, newest first ("2020-04-01", "2022-06-30" → 2022, 2021, 2020). */
export function yearsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let y = Number(last.slice(0, 4)); y >= Number(first.slice(0, 4)); y--) out.push(String(y));
  return out;
}

/** The year a date filter covers when it is exactly one year ("2021" to "2021"), else undefined. */
export function singleYear(from?: string, to?: string): string | undefined {
  return from && from === to && from.length === 4 ? from : undefined;
}

/** "2021-03" → "March 2021", "2021-03-04" → "4 March 2021", "2021" → "2021". */
function describePrefix(prefix: string): string {
  const [y, m, d] = prefix.split('-');
  if (!m) return y;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The date filter in words: "in 2020", "from March 2021", "to 2021", "from March 2021 to 2021". */
export function describeRange(from?: string, to?: string): string | undefined {
  if (from && to && from === to) return `in ${describePrefix(from)}`;
  if (from && to) return `from ${describePrefix(from)} to ${describePrefix(to)}`;
  if (from) return `from ${describePrefix(from)}`;
  if (to) return `to ${describePrefix(to)}`;
  return undefined;
}
