/** Writes the real corpus resampled `times` over (scripts/bench/resample.ts) as JSON Lines. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resample, type CorpusRecord } from './resample';

export function writeResampled(from: string, to: string, times: number): number {
  const records = readFileSync(from, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusRecord);
  const out = resample(records, times);
  writeFileSync(to, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return out.length;
}
