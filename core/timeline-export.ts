/** The side panel's exports: the current timeline as CSV (RFC 4180) and as JSON. */
import { isAfterArticle } from './published-date';
import type { NewsEvent } from './types';
import { LICENCE_NAME, LICENCE_URL } from './licence';

/**
 * One CSV field: quoted when it holds a quote, comma, line break or edge space (quotes doubled). A field a
 * spreadsheet would run as a formula (=, +, -, @, tab) is prefixed with an apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of fields as CSV text, CRLF line ends. */
export const toCsv = (rows: readonly (readonly string[])[]): string => rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

const CSV_COLUMNS = ['date', 'after_article', 'story', 'text', 'entities', 'sources', 'id'] as const;

/** The timeline as CSV: one event a line, in the order shown. Entities and sources are joined with " | ". */
export function timelineCsv(events: readonly NewsEvent[], published?: string): string {
  return toCsv([
    [...CSV_COLUMNS],
    ...events.map((e) => [
      e.date,
      published ? (isAfterArticle(e.date, published) ? 'yes' : 'no') : '',
      e.topics.join(' › '),
      e.text,
      e.entities.join(' | '),
      e.sources.map((s) => s.url).join(' | '),
      e.id,
    ]),
  ]);
}

interface TimelineExport {
  credit: string;
  page: { url?: string; published?: string };
  filter: { entities: string[]; from?: string; to?: string };
  events: Array<NewsEvent & { afterArticle?: boolean }>;
}

const CREDIT = `Event text from Wikipedia’s Current Events portal by Wikipedia contributors, ${LICENCE_NAME} 4.0 (${LICENCE_URL})`;

/** The timeline as a JSON document: what was shown, how it was filtered, and the credit the data requires. */
export function timelineJson(events: readonly NewsEvent[], context: Omit<TimelineExport, 'credit' | 'events'>): string {
  const { published } = context.page;
  const out: TimelineExport = {
    credit: CREDIT,
    ...context,
    events: events.map((e) => (published ? { ...e, afterArticle: isAfterArticle(e.date, published) } : { ...e })),
  };
  return JSON.stringify(out, null, 2);
}
