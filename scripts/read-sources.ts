import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem, SourceFile } from '../core/types';

const DATA_FILE = /\.(txt|md|jsonl|ya?ml)$/i;
/** Files about a corpus, not of it. */
const NOT_DATA = /(^|\/)(SOURCE-)?README\.md$|(^|\/)LICENSE(\.\w+)?$/i;

/**
 * Reads the files named by PATHs (files, or folders searched recursively for .txt, .md, .jsonl and .yaml).
 * Bytes that are not UTF-8 become U+FFFD; the core reports the line.
 */
export function readSources(paths: string[]): { sources: SourceFile[]; problems: Problem[] } {
  const sources: SourceFile[] = [];
  const problems: Problem[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const visit = (path: string, named: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      problems.push({ file: path, line: 0, message: 'no such file or folder' });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) visit(join(path, name), false);
    } else if (named || (DATA_FILE.test(path) && !NOT_DATA.test(path))) {
      sources.push({ file: path, text: decoder.decode(readFileSync(path)) });
    }
  };
  for (const p of paths) visit(p, true);
  return { sources, problems };
}
