/**
 * The portal's daily files as the importer writes them into `seeds/` (scripts/import.ts): one JSON line per event,
 * in the record shape of the linked 2020–22 corpus (shared/corpus/README.md) less what the day files do not have
 * (links, addresses), in one file per year, and a list of the days read with a hash of each day's file, so that a
 * newer clone changes only the days that changed in it.
 */
import type { Sighting } from './records';
import { hash32 } from '../text';

/** Where the importer writes, inside `seeds/`. */
export const DAY_RECORDS_DIR = 'portal-days';
/** The list of days read: `YYYY-MM-DD<TAB>hash of the day's file`, one a line, sorted. */
export const DAYS_FILE = 'days.tsv';

/** The ids the day files give their events (`YYYY-MM-DD-y001`): an event read from one has no links. */
export const isDayRecordId = (id: string): boolean => /^\d{4}-\d{2}-\d{2}-y\d{3,}$/.test(id);

/** An event's record, compact: no key the event does not need. */
export function dayRecord(s: Sighting): string {
  const record: Record<string, unknown> = { id: s.id, date: s.date };
  if (s.category) record.category = s.category;
  record.stories = (s.topics ?? []).map((text) => ({ text }));
  record.text = s.text;
  record.sources = s.sources.map((src) => ({ name: src.name }));
  return JSON.stringify(record);
}

/** The hash the list of days keeps of a day's file. */
export const dayHash = (text: string): string => hash32(text);

export function readDays(text: string): Map<string, string> {
  const days = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [date, hash] = line.split('\t');
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && hash) days.set(date, hash);
  }
  return days;
}

export function writeDays(days: Map<string, string>): string {
  return [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, hash]) => `${date}\t${hash}\n`).join('');
}

/** The year files' text: every record line sorted by date, then id; one entry per year. */
export function yearFiles(recordsByDate: Map<string, string[]>): Map<string, string> {
  const years = new Map<string, string[]>();
  for (const date of [...recordsByDate.keys()].sort()) {
    const year = date.slice(0, 4);
    const lines = years.get(year) ?? years.set(year, []).get(year)!;
    lines.push(...recordsByDate.get(date)!);
  }
  return new Map([...years].map(([year, lines]) => [year, lines.map((l) => `${l}\n`).join('')]));
}
