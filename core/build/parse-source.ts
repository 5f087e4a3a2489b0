import { parseDayPage } from './parse-day-page';
import { parseJsonl } from './parse-jsonl';
import { parseSeedPage } from './parse-seed-page';
import type { Parsed } from './records';
import type { SourceFile } from '../types';

/** Picks the parser by the file's form: `.jsonl`, a day page (`## [date]`), else an event page. */
export function parseSource({ file, text }: SourceFile): Parsed {
  if (/\.jsonl$/i.test(file)) return parseJsonl(file, text);
  const first = /^\s*(\S+)/.exec(text.replace(/^\ufeff/, ''))?.[1];
  if (first === '##' || /(^|\/)index\.md$/i.test(file)) return parseDayPage(file, text);
  return parseSeedPage(file, text);
}
