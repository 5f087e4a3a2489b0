/** Writes the real seeds' JSON Lines files resampled `times` over (scripts/bench/resample.ts), as JSON Lines. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resample, spanDays, type CorpusRecord } from './resample';

const readRecords = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusRecord);

/**
 * Resamples each file of `files` (from → to) with one span, that of all of them together: the copies of the linked
 * corpus and of the day files keep landing on the same days as each other. The number of records written.
 */
export function writeResampled(files: Array<{ from: string; to: string }>, times: number): number {
  let first = '9999-12-31';
  let last = '0000-01-01';
  for (const { from } of files) {
    for (const r of readRecords(from)) {
      if (r.date < first) first = r.date;
      if (r.date > last) last = r.date;
    }
  }
  const span = files.length ? spanDays([{ date: first }, { date: last }]) : 0;
  let written = 0;
  for (const { from, to } of files) {
    const out = resample(readRecords(from), times, span);
    writeFileSync(to, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
    written += out.length;
  }
  return written;
}
