/**
 * Splits a page headline into its story prefix chain and its sentence:
 * "Syrian Civil War: Military intervention against ISIL: The RAAF suspends…" →
 * topics ["Syrian Civil War", "Military intervention against ISIL"], text "The RAAF suspends…".
 *
 * The separator is ": " or ". ". A leading segment is a prefix when it is a known story or title
 * (from the data), or when it reads like a title: short, starts with a capital or digit, and its
 * content words are mostly capitalised (". " needs stronger evidence than ": ", since sentences
 * themselves are separated by ". ").
 */

const STOPWORDS = new Set(['of', 'the', 'in', 'and', 'on', 'at', 'for', 'to', 'a', 'an', 'by', 'with', 'from', 'against', 'de', 'del', 'la', 'al', 'el', 'du', 'des', 'von', 'van', 'or', 'vs', 'between', 'into', 'over']);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'rev', 'gov', 'sen', 'rep', 'prof', 'capt', 'maj', 'adm', 'mt', 'ft', 'approx']);

type KnownTopic = (segment: string) => boolean;

function capRatio(words: string[]): number {
  const content = words.filter((w) => !STOPWORDS.has(w.toLowerCase()));
  if (!content.length) return 0;
  const caps = content.filter((w) => /^[("']?[\p{Lu}\p{N}]/u.test(w)).length;
  return caps / content.length;
}

function isPrefix(segment: string, sep: string, known: KnownTopic): boolean {
  if (known(segment)) return true;
  const words = segment.split(' ');
  if (!/^[\p{Lu}\p{N}]/u.test(segment) || /["“”,;]/.test(segment)) return false;
  if (sep === ':') return words.length <= 10 && capRatio(words) >= 1 / 3;
  return words.length <= 8 && capRatio(words) >= 1 / 2;
}

/** Positions of ": " / ". " separators that can end a prefix, in order. */
function separators(text: string): Array<{ at: number; sep: string; next: number }> {
  const out: Array<{ at: number; sep: string; next: number }> = [];
  const re = /([:.])\s+(?=\S)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === '.') {
      const word = /(\S+)$/.exec(text.slice(0, m.index))?.[1] ?? '';
      if (/^\p{L}$/u.test(word) || /\.\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    out.push({ at: m.index, sep: m[1], next: m.index + m[0].length });
  }
  return out;
}

export function splitHeadline(headline: string, known: KnownTopic = () => false): { topics: string[]; text: string } {
  const topics: string[] = [];
  let start = 0;
  for (const { at, sep, next } of separators(headline)) {
    if (at < start) continue;
    const segment = headline.slice(start, at).trim();
    const rest = headline.slice(next).trim();
    if (!segment || rest.length < 12 || !isPrefix(segment, sep, known)) break;
    topics.push(segment);
    start = next;
  }
  return { topics, text: headline.slice(start).trim() };
}

/** The first segment of a headline, as a candidate story name (for learning which prefixes recur). */
export function leadingSegment(headline: string): string | undefined {
  const first = separators(headline)[0];
  return first ? headline.slice(0, first.at).trim() : undefined;
}
