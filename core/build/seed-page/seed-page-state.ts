import { badBytes, emptyParsed, type Parsed, type Sighting } from '../records';
import type { Source } from '../../types';

/** What the line readers (line-readers.ts) fill in as they go down one event page. */
export interface SeedPage {
  file: string;
  out: Parsed;
  lineCount: number;
  section: 'head' | 'source' | 'related' | 'other';
  seen: { date: boolean; source: boolean; related: boolean };
  date?: string;
  headline?: string;
  headlineLine: number;
  summary: string[];
  sources: Source[];
  image?: string;
  related: Sighting[];
}

export function newSeedPage(file: string, text: string, lineCount: number): SeedPage {
  const out = emptyParsed();
  out.problems.push(...badBytes(file, text));
  return {
    file, out, lineCount, section: 'head', seen: { date: false, source: false, related: false },
    headlineLine: 0, summary: [], sources: [], related: [],
  };
}

export function problem(page: SeedPage, line: number, message: string): void {
  page.out.problems.push({ file: page.file, line, message });
}
