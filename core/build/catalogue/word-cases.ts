import { bump, type CatalogueState, type WordCases } from './catalogue-state';

/** A word written in lower case at least this often, and in this share of its uses, is an ordinary word. */
const COMMON_MIN = 3;
const COMMON_SHARE = 0.2;


function wordCases(texts: Iterable<string>): WordCases {
  const cases: WordCases = { all: new Map(), lower: new Map() };
  for (const text of texts) {
    for (const [w] of text.matchAll(/\p{L}+/gu)) {
      const key = w.toLowerCase();
      bump(cases.all, key);
      if (w === key) bump(cases.lower, key);
    }
  }
  return cases;
}

/** The words written in lower case often enough to be ordinary words, whatever their capitalised uses. */
function ordinaryIn({ all, lower }: WordCases): Set<string> {
  const out = new Set<string>();
  for (const [w, n] of lower) if (n >= COMMON_MIN && n >= COMMON_SHARE * (all.get(w) ?? n)) out.add(w);
  return out;
}

/** Words the corpus writes in lower case often enough to be ordinary words, whatever their capitalised uses. */
export function ordinaryWords(texts: Iterable<string>): Set<string> {
  return ordinaryIn(wordCases(texts));
}

/** The word cases of the event texts, and the ordinary words among them ("leader", "hotel"). */
export function countWordCases(state: CatalogueState): void {
  state.texts = state.events.map((e) => `${e.text} ${e.summary ?? ''}`);
  state.cases = wordCases(state.texts);
  state.commonWords = ordinaryIn(state.cases);
}
