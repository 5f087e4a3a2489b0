import { foldText } from '../text';

/** Lower case without changing length (a few letters, such as "İ", grow when lowered: those stay as they are). */
function lowerSameLength(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Where the searched words occur in `text`, as [start, end) UTF-16 offsets, sorted and not overlapping.
 * A term matches at the start of a word, whatever the case or diacritics ("erdogan" emphasises "Erdoğan"),
 * and a term that is a prefix of a longer word emphasises only the part typed. Single letters are ignored.
 */
export function emphasisRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const wanted = [...new Set(terms.map((t) => lowerSameLength(foldText(t.trim()))).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return [];
  const folded = lowerSameLength(foldText(text));
  const ranges: Array<[number, number]> = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    const term = wanted.find((t) => word.startsWith(t));
    if (term) ranges.push([m.index, m.index + term.length]);
  }
  return ranges;
}

/** `text` cut into plain and emphasised parts, in order: what the UI renders as text nodes and <mark>s. */
export function emphasisParts(text: string, terms: readonly string[]): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = [];
  let at = 0;
  for (const [start, end] of emphasisRanges(text, terms)) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || !parts.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
