/**
 * Refreshes the portal's daily events in `seeds/` from a clone of the day-file layout
 * (`YYYY/MM/YYYY-MM-DD.yaml`, shared/corpus/current-events-context/README.md); scripts/import.ts is its command.
 * Writes `SEEDS/portal-days/<year>.jsonl` and `days.tsv` (core/build/day-records.ts). A day whose file is unchanged
 * keeps its records as they are, so running it twice changes nothing, and a newer clone adds or changes only the
 * days that are new or changed in it; a day missing from DIR is kept.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Problem } from '../core/types';
import { join } from 'node:path';
import { DAY_RECORDS_DIR, DAYS_FILE, dayHash, dayRecord, readDays, writeDays, yearFiles } from '../core/build/day-records';
import { daySightings, learnStoryTree, readDay } from '../core/build/parse-day-yaml';

const DAY_FILE = /(\d{4}-\d{2}-\d{2})\.ya?ml$/i;

/** Every day file under `dir`, by its date, sorted. */
function dayFiles(dir: string): Array<{ date: string; file: string }> {
  const out: Array<{ date: string; file: string }> = [];
  const visit = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(path, name);
      if (statSync(full).isDirectory()) visit(full);
      else {
        const date = DAY_FILE.exec(name)?.[1];
        if (date) out.push({ date, file: full });
      }
    }
  };
  visit(dir);
  return out;
}

/** The records already in `out`, by date. */
function recordsOf(out: string): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  if (!existsSync(out)) return byDate;
  for (const name of readdirSync(out).filter((n) => /^\d{4}\.jsonl$/.test(n)).sort()) {
    for (const line of readFileSync(join(out, name), 'utf8').split('\n')) {
      if (!line) continue;
      const date = (JSON.parse(line) as { date: string }).date;
      (byDate.get(date) ?? byDate.set(date, []).get(date)!).push(line);
    }
  }
  return byDate;
}

export interface ImportReport {
  days: number;
  changed: number;
  events: number;
  problems: Problem[];
}

/** Imports the day files under `dir` into `seeds`; `all` reads unchanged days again too (the reader changed). */
export function importDays(dir: string, seeds: string, { all = false } = {}): ImportReport {
  const out = join(seeds, DAY_RECORDS_DIR);
  const known = existsSync(join(out, DAYS_FILE)) ? readDays(readFileSync(join(out, DAYS_FILE), 'utf8')) : new Map<string, string>();
  const files = dayFiles(dir).map(({ date, file }) => ({ date, file, text: readFileSync(file, 'utf8') }));
  const changed = all ? files : files.filter(({ date, text }) => known.get(date) !== dayHash(text));
  const report: ImportReport = { days: files.length, changed: changed.length, events: 0, problems: [] };
  if (!changed.length) return report;
  // The story tree is learnt over every day of the clone; only the changed days are read with it.
  const days = files.map(({ file, text }) => readDay(file, text));
  const tree = learnStoryTree(days);
  const records = recordsOf(out);
  const byFile = new Map(days.map((d) => [d.file, d]));
  for (const { date, file, text } of changed) {
    const parsed = daySightings(byFile.get(file)!, tree);
    report.problems.push(...parsed.problems);
    const lines = parsed.sightings.map(dayRecord);
    report.events += lines.length;
    if (lines.length) records.set(date, lines);
    else records.delete(date);
    known.set(date, dayHash(text));
  }
  mkdirSync(out, { recursive: true });
  const years = yearFiles(records);
  for (const name of readdirSync(out)) if (/^\d{4}\.jsonl$/.test(name) && !years.has(name.slice(0, 4))) rmSync(join(out, name));
  for (const [year, text] of years) writeFileSync(join(out, `${year}.jsonl`), text);
  writeFileSync(join(out, DAYS_FILE), writeDays(known));
  return report;
}
