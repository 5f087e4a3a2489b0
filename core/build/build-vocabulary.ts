import { stemmer } from 'stemmer';
import { searchWords, type VocabularyData } from '../library/vocabulary';
import { demonymPairs } from './demonyms';
import { synonymRows } from './synonyms';
import { UnionFind } from './union-find';
import { wordForms } from './word-forms';

/**
 * The vocabulary of these texts: every word, with how many of the texts use it, the words that are forms of one
 * (a place's name and its people's among them: `places` are the one-word names of places, lower-cased) and the words
 * a search for one also looks for.
 */
export function buildVocabulary(texts: Iterable<string>, places: ReadonlySet<string> = new Set()): VocabularyData {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of new Set(searchWords(t))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts.keys()].sort();
  const forms = withDemonyms(wordForms(words), words, places);
  // A word's forms by its stem, so that a word the texts never use in that form still finds them ("capture": "captured").
  const byStem = new Map<string, readonly number[]>();
  const stems = words.map((w) => stemmer(w));
  stems.forEach((stem, i) => byStem.has(stem) || byStem.set(stem, [i]));
  for (const group of forms) for (const i of group) byStem.set(stems[i], group);
  const formsOf = (word: string): readonly number[] => byStem.get(stemmer(word)) ?? [];
  return { words, counts: words.map((w) => counts.get(w)!), forms, synonyms: synonymRows(formsOf) };
}

/** The groups of forms with each place's group and its demonym's made one ("russia"; "russian", "russians"). */
function withDemonyms(forms: number[][], words: readonly string[], places: ReadonlySet<string>): number[][] {
  const pairs = demonymPairs(words, places);
  if (!pairs.length) return forms;
  const sets = new UnionFind(words.length);
  for (const group of forms) for (const i of group) sets.union(group[0], i);
  for (const [place, demonym] of pairs) sets.union(place, demonym);
  return sets.sets().filter((g) => g.length > 1);
}
