/**
 * What stretch of time the data covers, and where it has holes: the first and last day with events, and the months
 * between them with none (the Current Events portal has months the corpus lacks). Every view that draws events over
 * time reads this, so that a month with no data is never shown as a quiet month. Pure: build and runtime share it.
 */
import { nextPeriod } from '../timeline';

/** The data's first and last day (YYYY-MM-DD) and, sorted, the months (YYYY-MM) between them that have no events. */
export interface Coverage {
  first: string;
  last: string;
  gaps: string[];
}

/** The months from the first date's to the last's that no date falls in (dates in any order). */
export function monthGaps(dates: readonly string[]): string[] {
  if (!dates.length) return [];
  const months = new Set(dates.map((d) => d.slice(0, 7)));
  const sorted = [...months].sort();
  const gaps: string[] = [];
  for (let m = sorted[0]; m < sorted[sorted.length - 1]; m = nextPeriod(m)) if (!months.has(m)) gaps.push(m);
  return gaps;
}

/**
 * Whether a period ("2021", "2021-10" or "2021-10-04") has no data at all: none of its months is both inside the
 * data's span and outside its gaps. A period with events is never a gap; call this for empty periods.
 */
export function isGap(period: string, coverage: Coverage): boolean {
  const months = period.length === 4 ? Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`) : [period.slice(0, 7)];
  const first = coverage.first.slice(0, 7);
  const last = coverage.last.slice(0, 7);
  const gaps = new Set(coverage.gaps);
  return months.every((m) => m < first || m > last || gaps.has(m));
}

/** Counts per period with each empty period the data has nothing for marked `gap` (drawn apart from a zero). */
export function withGaps<T extends { period: string; count: number }>(bins: readonly T[], coverage: Coverage): Array<T & { gap?: true }> {
  return bins.map((b) => (b.count || !isGap(b.period, coverage) ? b : { ...b, gap: true as const }));
}

/** "2021-08-15" → "15 Aug 2021"; anything else as it is. */
export function shortDay(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The span in words: "Events from 1 Apr 2020 to 30 Jun 2022". */
export const spanWords = (coverage: Pick<Coverage, 'first' | 'last'>): string => `Events from ${shortDay(coverage.first)} to ${shortDay(coverage.last)}`;
