import { parseDayPage } from './parse-day-page';
import { parseDayYaml } from './parse-day-yaml';
import { parseJsonl } from './parse-jsonl';
import { parseSeedPage } from './parse-seed-page';
import type { Parsed } from './records';
import type { SourceFile } from '../types';

export const isDayYaml = (file: string) => /\.ya?ml$/i.test(file);

/**
 * Picks the parser by the file's form: `.jsonl`, a portal day `.yaml` (alone: `compile` reads a build's day files
 * with the story tree learnt over all of them), a day page (`## [date]`), else an event page.
 */
export function parseSource({ file, text }: SourceFile): Parsed {
  if (/\.jsonl$/i.test(file)) return parseJsonl(file, text);
  if (isDayYaml(file)) return parseDayYaml(file, text);
  const first = /^\s*(\S+)/.exec(text.replace(/^\ufeff/, ''))?.[1];
  if (first === '##' || /(^|\/)index\.md$/i.test(file)) return parseDayPage(file, text);
  return parseSeedPage(file, text);
}
