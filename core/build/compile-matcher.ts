/**
 * The matcher's lookup structure, compiled at build time from the catalogue (its layout: `MatcherData` in
 * core/names/matcher.ts, which scans with it at run time).
 */
import type { Alias, Catalogue } from './catalogue';
import { hashRange, isWordAt, senseKey, type MatcherData } from '../names/matcher';
import { packInts } from '../names/packed-ints';
import { foldText } from '../text';

const WORD = /[\p{L}\p{N}]+/gu;
/** A first word starting with an upper-case letter or a digit: the scan's candidates, found natively. */
const CAPITAL_START = /^[\p{Lu}\p{Lt}\p{N}]/u;

/**
 * A weak alias needs a strong mention of its entity on the same page (docs/aliases.md). Weak:
 * - a text the data also uses for another entity ("Georgia", "Chancellor");
 * - a surface form or acronym the data attests only once ("Stephanie" for Stephanie McMahon, "GP");
 * - a one-word name the corpus also writes as an ordinary word ("Leader", "Hotel", "Director");
 * - a one-word surface form that is not a word of its title ("Russian" for Russia);
 * - the place part of a "Place, Region" title ("Bay" for "Bay, Somalia");
 * - a person's surname inferred from the title ("Macron" for Emmanuel Macron: core/build/surnames.ts);
 * - the one-word name of a language ("English" for English language), an adjective far more often.
 * Titles of several words, and acronyms the data writes again and again, are strong.
 */
export function isWeak(alias: Pick<Alias, 'text' | 'kind' | 'count' | 'ambiguous'>, title: string, common: Set<string>): boolean {
  if (alias.ambiguous || alias.kind === 'surname') return true;
  if (alias.kind !== 'title' && alias.count < 2) return true;
  if (/\s/.test(alias.text) || /^\p{Lu}{2,}$/u.test(alias.text)) return false;
  if (common.has(alias.text.toLowerCase()) || common.has(foldText(alias.text).toLowerCase())) return true; // "Savè" reads "Save"
  if (/^[^,]+, /.test(title) && title.split(',')[0] === alias.text) return true;
  if (/ language$/.test(title)) return true; // "English": the adjective, on every page that offers a translation
  return alias.kind === 'surface' && !title.split(/[\s,()]+/).includes(alias.text);
}

/** Names that stand alone only: one word, and not the last word (a surname) of a longer title. */
const isStandalone = (name: string, title: string) =>
  !/\s/.test(name) && !/^\p{Lu}{2,}$/u.test(name) && !(title !== name && foldText(title).endsWith(` ${name}`));

export function compileMatcher(catalogue: Catalogue): MatcherData {
  interface Name { name: string; title: string; weak: boolean; standalone: boolean }
  const groups = new Map<string, Name[]>();
  const seen = new Set<string>();
  for (const entity of catalogue.entities) {
    for (const alias of entity.aliases) {
      const name = foldText(alias.text);
      if (seen.has(name) || !isWordAt(name, 0)) continue;
      seen.add(name);
      WORD.lastIndex = 0;
      const first = WORD.exec(name)![0];
      const entry = { name, title: entity.title, weak: isWeak(alias, entity.title, catalogue.commonWords), standalone: isStandalone(name, entity.title) };
      const group = groups.get(first);
      if (group) group.push(entry);
      else groups.set(first, [entry]);
    }
  }
  let lower = '';
  for (const first of groups.keys()) if (!CAPITAL_START.test(first)) lower += `${first}\n`;
  const titleAt = new Map<string, number>();
  let titles = '';
  let names = '';
  let wide = '';
  const records: number[] = [];
  const nameAt = new Map<string, number>();
  {
    let k = 0;
    for (const group of groups.values()) {
      group.sort((a, b) => b.name.length - a.name.length); // stable: ties keep catalogue order
      for (const n of group) nameAt.set(n.name, k++);
    }
  }
  let size = 1;
  while (size < groups.size * 1.5) size *= 2;
  const table = new Array<number>(size * 2).fill(0);
  let count = 0;
  for (const [first, group] of groups) {
    let slot = hashRange(first, 0, first.length) & (size - 1);
    while (table[slot * 2]) slot = (slot + 1) & (size - 1);
    table[slot * 2] = count + 1;
    table[slot * 2 + 1] = first.length;
    group.forEach((n, k) => {
      let title = nameAt.get(n.title);
      if (title === undefined) {
        title = titleAt.get(n.title);
        if (title === undefined) {
          titleAt.set(n.title, (title = titles.length));
          titles += `${n.title}\n`;
        }
      }
      const flags = (nameAt.has(n.title) ? 8 : 0) + (k === group.length - 1 ? 4 : 0) + (n.standalone ? 2 : 0) + (n.weak ? 1 : 0);
      if (/^[\0-\xff]*$/.test(n.name)) {
        records.push(names.length * 2, n.name.length, title * 16 + flags);
        names += n.name;
      } else {
        records.push(wide.length * 2 + 1, n.name.length, title * 16 + flags);
        wide += n.name;
      }
      count++;
    });
  }
  const commonWords = [...catalogue.commonWords].sort();
  const commonAt: number[] = [];
  let common = '';
  for (const w of commonWords) {
    commonAt.push(common.length);
    common += `${w}\n`;
  }
  // The names with several senses, as the page will meet them (the head holds the senses themselves).
  let senses = '';
  for (const name of catalogue.senses.keys()) if (seen.has(foldText(name))) senses += `${senseKey(name)}\n`;
  return { v: 2, count, names, wide, records: packInts(records), table: packInts(table), titles, common, commonAt: packInts(commonAt), lower, senses };
}

