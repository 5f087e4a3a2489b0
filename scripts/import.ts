/**
 * Refreshes the portal's daily events in `seeds/` from a clone of the day-file layout
 * (`YYYY/MM/YYYY-MM-DD.yaml`, shared/corpus/current-events-context/README.md):
 *   npm run import -- DIR [--seeds SEEDS] [--all]
 * Running it twice changes nothing; a newer clone changes only its new or changed days (scripts/import-days.ts).
 * --all reads every day again: after a change to the reader (core/build/day-yaml/).
 * Problems are printed as file:line: reason, and the rest is imported.
 */
import { existsSync, statSync } from 'node:fs';
import { DAY_RECORDS_DIR } from '../core/build/day-records';
import { optionValue, positionals } from './args';
import { importDays } from './import-days';

function main(argv: string[]): number {
  const given = optionValue(argv, '--seeds');
  const seeds = given || 'seeds';
  const [dir] = positionals(argv, ['--seeds']);
  if (given === null || !dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
    const why = given === null ? '--seeds needs a folder' : dir ? `no such folder: ${dir}` : 'no DIR given';
    process.stderr.write(`import: ${why}\nusage: npm run import -- DIR [--seeds SEEDS] [--all]\n`);
    return 2;
  }
  const report = importDays(dir, seeds, { all: argv.includes('--all') });
  for (const p of report.problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
  const what = report.changed ? `${report.changed} new or changed (${report.events} events) written to ${seeds}/${DAY_RECORDS_DIR}` : 'none new or changed';
  process.stdout.write(`import: ${report.days} days read, ${what}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
