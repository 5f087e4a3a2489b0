/**
 * Refreshes the portal's daily events in `seeds/` from a clone of the day-file layout
 * (`YYYY/MM/YYYY-MM-DD.yaml`, shared/corpus/current-events-context/README.md):
 *   npm run import -- DIR [--seeds SEEDS]
 * Running it twice changes nothing; a newer clone changes only its new or changed days (scripts/import-days.ts).
 * Problems are printed as file:line: reason, and the rest is imported.
 */
import { existsSync, statSync } from 'node:fs';
import { DAY_RECORDS_DIR } from '../core/build/day-records';
import { importDays } from './import-days';

function main(argv: string[]): number {
  const seedsAt = argv.indexOf('--seeds');
  const seeds = seedsAt >= 0 ? argv[seedsAt + 1] : 'seeds';
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--seeds');
  if (!dir || !seeds || !existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`import: ${dir ? `no such folder: ${dir}` : 'no DIR given'}\nusage: npm run import -- DIR [--seeds SEEDS]\n`);
    return 2;
  }
  const report = importDays(dir, seeds);
  for (const p of report.problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
  const what = report.changed ? `${report.changed} new or changed (${report.events} events) written to ${seeds}/${DAY_RECORDS_DIR}` : 'none new or changed';
  process.stdout.write(`import: ${report.days} days read, ${what}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
