/**
 * Makes a bigger corpus out of a real one, for the benchmark's scale run: `times` copies of every record, copy k
 * with its date moved k spans earlier and a fresh id, so no two copies merge into one event. Pure.
 */
import { isDayRecordId } from '../../core/build/day-records';

export interface CorpusRecord {
  id?: string;
  date: string;
  [key: string]: unknown;
}

const DAY_MS = 86_400_000;

/** An ISO date moved by `days` (negative: earlier). */
export function shiftDate(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from the first to the last date of `records`, plus one (the length of one copy's span). */
export function spanDays(records: CorpusRecord[]): number {
  const dates = records.map((r) => r.date).sort();
  if (!dates.length) return 0;
  const [a, b] = [dates[0], dates[dates.length - 1]].map((iso) => Date.parse(`${iso}T00:00:00Z`));
  return Math.round((b - a) / DAY_MS) + 1;
}

/**
 * A copy's fresh id. A day file's record stays a day file's (core/build/day-records.ts `isDayRecordId`), so the
 * build names its copy from the catalogue and merges it with the linked events of its day, as it does the original.
 */
export function copyId(record: CorpusRecord, date: string, k: number, index: number): string {
  const n = String(index).padStart(6, '0');
  return record.id && isDayRecordId(record.id) ? `${date}-y${k}${n}` : `${date}-r${k}-${n}`;
}

/**
 * `times` copies of `records` (copy 0 is the original), each earlier copy shifted by one more span, with fresh ids.
 * `span` defaults to the records' own; files resampled together pass one span (of them all), so that copies of
 * events of the same day land on the same day.
 */
export function resample(records: CorpusRecord[], times: number, span = spanDays(records)): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  for (let k = 0; k < times; k++) {
    records.forEach((r, i) => {
      if (k === 0) return void out.push(r);
      const date = shiftDate(r.date, -k * span);
      out.push({ ...r, date, id: copyId(r, date, k, i) });
    });
  }
  return out;
}
