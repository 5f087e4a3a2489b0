import { searchWords, type VocabularyData } from '../library/vocabulary';
import { wordForms } from './word-forms';

/** The vocabulary of these texts: every word, with how many of the texts use it, and the words that are forms of one. */
export function buildVocabulary(texts: Iterable<string>): VocabularyData {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of new Set(searchWords(t))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts.keys()].sort();
  return { words, counts: words.map((w) => counts.get(w)!), forms: wordForms(words) };
}
