/**
 * The names found in a batch of texts, as the background worker hands them to a tab: compact and JSON-safe.
 * Per text a flat list of [start, end, title index × 4 + sense × 2 + weak]; each title once per batch.
 */
import type { Match } from './matcher';

export interface FoundNames {
  titles: string[];
  /** Per text, in the order asked: start, end, title index × 4 + (2 when the name has other senses) + (1 when weak), for each match. */
  matches: number[][];
}

export function encodeFound(perText: Match[][]): FoundNames {
  const titles: string[] = [];
  const at = new Map<string, number>();
  const matches = perText.map((list) => {
    const flat: number[] = [];
    for (const m of list) {
      let k = at.get(m.title);
      if (k === undefined) {
        at.set(m.title, (k = titles.length));
        titles.push(m.title);
      }
      flat.push(m.start, m.end, k * 4 + (m.sense ? 2 : 0) + (m.weak ? 1 : 0));
    }
    return flat;
  });
  return { titles, matches };
}

/**
 * The matches of text `i`, checked against its length: a reply that does not fit what was asked (a bad index,
 * an offset past the end) yields nothing for that text rather than a wrong mark.
 */
export function decodeFound(found: FoundNames, i: number, textLength: number): Match[] {
  const flat = found.matches[i];
  if (!flat || flat.length % 3) return [];
  const out: Match[] = [];
  for (let j = 0; j < flat.length; j += 3) {
    const [start, end, ref] = [flat[j], flat[j + 1], flat[j + 2]];
    const title = found.titles[ref >> 2];
    if (!(start >= 0 && end > start && end <= textLength) || title === undefined) return [];
    const match: Match = { start, end, title };
    if (ref & 1) match.weak = true;
    if (ref & 2) match.sense = true;
    out.push(match);
  }
  return out;
}
