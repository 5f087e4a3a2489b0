/**
 * Two words the news says in one ("mubarak resigns") that a reader types as a phrase ("mubarak steps down"): the
 * phrase is searched as one word, its own words' forms or the one word's, so the event need not hold "down".
 */
import type { QueryWord } from './search-index';
import type { Vocabulary } from './vocabulary';

/** `first second: word`, the first word in any of its forms ("stepped down", "stands down"), the word as the news most writes it. */
const PHRASES = `step down: resigns | stand down: resigns | pass away: dies | take over: seized | sworn in: inaugurated
shot dead: killed | blow up: exploded | break out: erupted | walk out: strike | set fire: arson`;

const TABLE = PHRASES.split(/[|\n]/).map((line) => {
  const [phrase, word] = line.split(':').map((s) => s.trim());
  const [first, second] = phrase.split(' ');
  return { first, second, word };
});

/** How much a match through the phrase's one word counts. */
const PHRASE_WEIGHT = 0.9;

/**
 * The query's words with each phrase of the table joined into its first word: that word also searches the phrase's
 * one word in all its forms, and the phrase's second word is gone. `words` are the typed words, `query` their
 * `QueryWord`s in the same order.
 */
export function joinPhrases<W extends QueryWord>(query: readonly W[], words: readonly string[], vocabulary: Vocabulary): W[] {
  const out: W[] = [];
  for (let i = 0; i < query.length; i++) {
    const next = words[i + 1];
    const forms = next === undefined ? [] : [words[i], ...vocabulary.formsOf(words[i]), ...query[i].terms.map((t) => t.term)];
    const phrase = TABLE.find((p) => p.second === next && forms.includes(p.first));
    const also = phrase ? [phrase.word, ...vocabulary.formsOf(phrase.word)].filter((t) => vocabulary.has(t) && !query[i].terms.some((q) => q.term === t)) : [];
    if (!also.length) {
      out.push(query[i]);
      continue;
    }
    out.push({ ...query[i], terms: [...query[i].terms, ...also.map((term) => ({ term, weight: PHRASE_WEIGHT }))] });
    i++;
  }
  return out;
}
