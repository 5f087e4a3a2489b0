/** The matcher as it was before the compact form (Maps and Sets built at load): the reference the compact one must agree with. Test-only. */
import type { Catalogue } from '../../core/build/catalogue';
import { isWeak } from '../../core/build/compile-matcher';
import { pronounInCapitals, wordAfter, wordBefore } from '../../core/names/matcher';
// Which names are weak is the data's rule (core/build/compile-matcher.ts), shared; this reference differs only in its form.
import { foldText } from '../../core/text';

/** A name found in a text: UTF-16 offsets into the original text. */
interface Match {
  start: number;
  end: number;
  title: string;
  /** True for a weak alias (a demonym-like surface form): marked only when the page names the entity strongly too. */
  weak?: boolean;
}

/**
 * The matcher's compiled, serialisable form (built at build time, handed to each tab):
 * names are folded alias texts; `owner[i]` indexes `titles`; `weak` lists weak name indexes.
 */
export interface LegacyMatcherData {
  v: 1;
  titles: string[];
  names: string[];
  owner: number[];
  weak: number[];
  /** Words the corpus writes in lower case (ordinary words): a capitalised one next to a name is not part of it. */
  common: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i]);
}

export function compileLegacyMatcher(catalogue: Catalogue): LegacyMatcherData {
  const titles: string[] = [];
  const names: string[] = [];
  const owner: number[] = [];
  const weak: number[] = [];
  const seen = new Set<string>();
  for (const entity of catalogue.entities) {
    const t = titles.push(entity.title) - 1;
    for (const alias of entity.aliases) {
      const name = foldText(alias.text);
      if (seen.has(name) || !isWordAt(name, 0)) continue;
      seen.add(name);
      if (isWeak(alias, entity.title, catalogue.commonWords)) weak.push(names.length);
      names.push(name);
      owner.push(t);
    }
  }
  return { v: 1, titles, names, owner, weak, common: [...catalogue.commonWords].sort() };
}

/** Finds every known name in a text: whole words, case as written, longest match first, leftmost first. */
export class LegacyMatcher {
  private readonly byFirstWord = new Map<string, number[]>();
  private readonly weak: Set<number>;
  private readonly known: Set<string>;
  private readonly common: Set<string>;
  /** Names that stand alone only: one word, and not the last word (a surname) of a longer title. */
  private readonly standalone = new Set<number>();

  constructor(private readonly data: LegacyMatcherData) {
    this.weak = new Set(data.weak);
    this.known = new Set(data.names);
    this.common = new Set(data.common ?? []);
    data.names.forEach((name, i) => {
      const title = data.titles[data.owner[i]];
      if (!/\s/.test(name) && !/^\p{Lu}{2,}$/u.test(name) && !(title !== name && foldText(title).endsWith(` ${name}`))) this.standalone.add(i);
    });
    data.names.forEach((name, i) => {
      WORD.lastIndex = 0;
      const first = WORD.exec(name)?.[0];
      if (!first) return;
      const list = this.byFirstWord.get(first);
      if (list) list.push(i);
      else this.byFirstWord.set(first, [i]);
    });
    for (const list of this.byFirstWord.values()) list.sort((a, b) => data.names[b].length - data.names[a].length);
  }

  get size(): number {
    return this.data.names.length;
  }

  /** All mentions, weak ones included (flagged). */
  scan(text: string): Match[] {
    const folded = foldText(text);
    const out: Match[] = [];
    const re = new RegExp(WORD.source, 'gu');
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const candidates = this.byFirstWord.get(m[0]);
      if (!candidates) continue;
      const start = m.index;
      for (const i of candidates) {
        const name = this.data.names[i];
        if (!folded.startsWith(name, start) || isWordAt(folded, start + name.length)) continue;
        if (this.standalone.has(i) && this.inLongerName(folded, start, start + name.length)) break;
        if (pronounInCapitals(folded, start, start + name.length, (w) => this.known.has(w))) break;
        const match: Match = { start, end: start + name.length, title: this.data.titles[this.data.owner[i]] };
        if (this.weak.has(i)) match.weak = true;
        out.push(match);
        re.lastIndex = match.end;
        break;
      }
    }
    return out;
  }

  /**
   * True when a one-word name sits next to a capitalised word that is neither an ordinary word nor a known name:
   * it is then part of a longer name we do not know ("Michael Jordan", "Bishop Trevor Manhanga", "Lake Taupo").
   */
  private inLongerName(text: string, start: number, end: number): boolean {
    return this.isNameWord(wordBefore(text, start)) || this.isNameWord(wordAfter(text, end));
  }

  private isNameWord(word: string): boolean {
    return /^\p{Lu}(?:['’]\p{Lu})?\p{L}/u.test(word) && !this.common.has(word.toLowerCase()) && !this.known.has(word);
  }
}

