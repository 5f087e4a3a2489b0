import type { Problem, Source } from '../types';

/** A link in the data: the words on the page and the article they point at. */
export interface Mention {
  surface: string;
  title: string;
  /** Named by a story heading of an event without links, not by a link. */
  heading?: true;
}

/**
 * One sighting of an event in one input (a page's own event, a related item, a day-page item, a JSONL line).
 * Sightings of the same event are merged by `buildCorpus`.
 */
export interface Sighting {
  file: string;
  line: number;
  date: string;
  /** Full headline with its story prefix still on it (page formats); split later with corpus-wide knowledge. */
  headline?: string;
  /** Already split (JSONL). */
  topics?: string[];
  text?: string;
  /** An explicit id (JSONL): sightings with ids are distinct events by construction. */
  id?: string;
  summary?: string;
  category?: string;
  sources: Source[];
  image?: string;
  /** Entity titles known for this sighting. */
  entities: string[];
  /** Links with their surface forms (JSONL), the raw material of aliases. */
  mentions: Mention[];
  /**
   * From the portal's day files, which have no links: the same event seen in the linked corpus keeps that one's id,
   * text, stories and sources, and gains only stories it lacks.
   */
  unlinked?: boolean;
}

/** What a parser hands back: sightings, relations between them (indexes), problems. */
export interface Parsed {
  sightings: Sighting[];
  links: Array<[number, number]>;
  problems: Problem[];
}

export function emptyParsed(): Parsed {
  return { sightings: [], links: [], problems: [] };
}

/**
 * A line parser's start: its output with the file's bad bytes reported, a way to report a problem at a line, and
 * whether the file holds any text at all (an empty file is reported here, once).
 */
export function startParse(file: string, text: string): { out: Parsed; problem: (line: number, message: string) => void; empty: boolean } {
  const out = emptyParsed();
  out.problems.push(...badBytes(file, text));
  const problem = (line: number, message: string) => void out.problems.push({ file, line, message });
  const empty = !text.trim();
  if (empty) problem(1, 'empty file: no event in it');
  return { out, problem, empty };
}

/** Reports every line holding U+FFFD, which a reader puts where a byte was not valid UTF-8. */
export function badBytes(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  if (!text.includes('\ufffd')) return problems;
  text.split('\n').forEach((line, i) => {
    if (line.includes('\ufffd')) problems.push({ file, line: i + 1, message: 'invalid UTF-8 byte(s); the line was read with replacement characters' });
  });
  return problems;
}
