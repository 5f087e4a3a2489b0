/**
 * Refreshes the portal's daily events in `seeds/` from a clone of the day-file layout
 * (`YYYY/MM/YYYY-MM-DD.yaml`, shared/corpus/current-events-context/README.md):
 *   npm run import -- DIR [--seeds SEEDS]
 * Writes `SEEDS/portal-days/<year>.jsonl` and `days.tsv` (core/build/day-records.ts). A day whose file is unchanged
 * keeps its records as they are, so running it twice changes nothing, and a newer clone adds or changes only the
 * days that are new or changed in it; a day missing from DIR is kept. Problems are printed as file:line: reason.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

function main(argv: string[]): number {
  const seedsAt = argv.indexOf('--seeds');
  const seeds = seedsAt >= 0 ? argv[seedsAt + 1] : 'seeds';
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--seeds');
  if (!dir || !seeds || !existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`import: ${dir ? `no such folder: ${dir}` : 'no DIR given'}\nusage: npm run import -- DIR [--seeds SEEDS]\n`);
    return 2;
  }
  const out = join(seeds, DAY_RECORDS_DIR);
  const known = existsSync(join(out, DAYS_FILE)) ? readDays(readFileSync(join(out, DAYS_FILE), 'utf8')) : new Map<string, string>();
  const files = dayFiles(dir).map(({ date, file }) => ({ date, file, text: readFileSync(file, 'utf8') }));
  const changed = files.filter(({ date, text }) => known.get(date) !== dayHash(text));
  if (!changed.length) {
    process.stdout.write(`import: ${files.length} days read, none new or changed\n`);
    return 0;
  }
  // The story tree is learnt over every day of the clone; only the changed days are read with it.
  const days = files.map(({ file, text }) => readDay(relative(dir, file), text));
  const tree = learnStoryTree(days);
  const records = recordsOf(out);
  const byFile = new Map(days.map((d) => [d.file, d]));
  let events = 0;
  for (const { date, file, text } of changed) {
    const parsed = daySightings(byFile.get(relative(dir, file))!, tree);
    for (const p of parsed.problems) process.stderr.write(`${join(dir, p.file)}:${p.line}: ${p.message}\n`);
    const lines = parsed.sightings.map(dayRecord);
    events += lines.length;
    if (lines.length) records.set(date, lines);
    else records.delete(date);
    known.set(date, dayHash(text));
  }
  mkdirSync(out, { recursive: true });
  const years = yearFiles(records);
  for (const name of readdirSync(out)) if (/^\d{4}\.jsonl$/.test(name) && !years.has(name.slice(0, 4))) rmSync(join(out, name));
  for (const [year, text] of years) writeFileSync(join(out, `${year}.jsonl`), text);
  writeFileSync(join(out, DAYS_FILE), writeDays(known));
  process.stdout.write(`import: ${files.length} days read, ${changed.length} new or changed (${events} events) written to ${out}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
