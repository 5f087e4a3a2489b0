import type { Catalogue } from './catalogue';
import { foldText } from './text';

/** A name found in a text: UTF-16 offsets into the original text. */
export interface Match {
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
export interface MatcherData {
  v: 1;
  titles: string[];
  names: string[];
  owner: number[];
  weak: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i]);
}

/**
 * A weak alias needs a strong mention of its entity on the same page. Weak: a one-word name that the corpus also
 * uses as an ordinary word ("Leader", "Hotel", "Director"), and a one-word surface form that is not a word of its
 * title ("Russian" for Russia). Acronyms and names of several words are strong.
 */
function isWeak(alias: { text: string; kind: string }, title: string, common: Set<string>): boolean {
  if (/\s/.test(alias.text) || /^\p{Lu}{2,}$/u.test(alias.text)) return false;
  if (common.has(alias.text.toLowerCase())) return true;
  return alias.kind === 'surface' && !title.split(/[\s,()]+/).includes(alias.text);
}

export function compileMatcher(catalogue: Catalogue): MatcherData {
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
  return { v: 1, titles, names, owner, weak };
}

/** Finds every known name in a text: whole words, case as written, longest match first, leftmost first. */
export class Matcher {
  private readonly byFirstWord = new Map<string, number[]>();
  private readonly weak: Set<number>;

  constructor(private readonly data: MatcherData) {
    this.weak = new Set(data.weak);
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
        const match: Match = { start, end: start + name.length, title: this.data.titles[this.data.owner[i]] };
        if (this.weak.has(i)) match.weak = true;
        out.push(match);
        re.lastIndex = match.end;
        break;
      }
    }
    return out;
  }

  /** Mentions to mark: weak ones only where the same text also names that entity strongly. */
  match(text: string): Match[] {
    return withEvidence(this.scan(text));
  }
}

/** Drops weak mentions of entities that have no strong mention among `mentions`. */
export function withEvidence(mentions: Match[]): Match[] {
  const strong = new Set(mentions.filter((m) => !m.weak).map((m) => m.title));
  return mentions.filter((m) => !m.weak || strong.has(m.title));
}
