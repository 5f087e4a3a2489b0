/**
 * The popup's note on the edges of the data: a search whose dates (or newest-first order) run past the data's last
 * day, or before its first, says where the events end or begin, so that "nothing after June 2022" does not read as
 * "nothing happened". A date filter wholly outside the data, or wholly in its gaps, says so instead of "no results".
 */
import { isGap, shortDay, type Coverage } from './coverage';
import { nextPeriod } from '../timeline';
import { describeRange } from './query-syntax';

export interface CoverageNotice {
  text: string;
  /** The filter lies wholly outside the data: no event can match, whatever the words. */
  outside: boolean;
}

/** The first and last day an ISO prefix covers, comparable as strings ("2021" → "2021-01-01", "2021-99-99"). */
const startOf = (prefix: string) => prefix + '-01-01'.slice(prefix.length - 4);
const endOf = (prefix: string) => prefix + '-99-99'.slice(prefix.length - 4);

/** Every month from one to another, inclusive ("2021-11", "2022-01" → three months). */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = nextPeriod(m)) out.push(m);
  return out;
}

/**
 * What to say about the data's edges for a date filter (inclusive ISO prefixes, as core/library/query-syntax.ts
 * reads them) and an order; undefined when the search stays inside the data.
 */
export function coverageNotice(range: { from?: string; to?: string }, sort: 'relevance' | 'date', coverage: Coverage): CoverageNotice | undefined {
  const { from, to } = range;
  const { first, last } = coverage;
  if (!first || !last) return undefined;
  const ends = `Backstory’s events end on ${shortDay(last)}`;
  const begins = `Backstory’s events begin on ${shortDay(first)}`;
  const asked = describeRange(from, to);
  if (from && startOf(from) > last) return { text: `${ends}: there are none ${asked}.`, outside: true };
  if (to && endOf(to) < first) return { text: `${begins}: there are none ${asked}.`, outside: true };
  if (from || to) {
    // The months the filter asks for that lie inside the data: all of them gaps, and there is nothing to find.
    const lo = [startOf(from ?? first), first].sort()[1].slice(0, 7);
    const hi = [endOf(to ?? last), last].sort()[0].slice(0, 7);
    const months = monthsBetween(lo, hi);
    if (months.every((m) => isGap(m, coverage))) return { text: `Backstory’s data has a gap ${asked}: it has no events from then.`, outside: true };
  }
  // An open end reaches the edge of the data: from:2021 runs to today, newest first starts at today.
  const pastLast = to ? endOf(to) > last : !!from || sort === 'date';
  const beforeFirst = from ? startOf(from) < first : !!to;
  if (pastLast && beforeFirst) return { text: `${begins} and end on ${shortDay(last)}.`, outside: false };
  if (pastLast) return { text: `${ends}.`, outside: false };
  if (beforeFirst) return { text: `${begins}.`, outside: false };
  return undefined;
}
