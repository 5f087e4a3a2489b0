/**
 * Words of the news that a reader types for one another ("taliban take kabul" for "seizes", "wagner mutiny" for
 * "rebellion", "mubarak resigns" for "steps down" is a phrase and not here): for each word, the words a search for it
 * also looks for, with every form of each (core/build/word-forms.ts). One way where the other way would be too wide
 * ("take" finds "seize"; "seize" does not find every "took").
 */

/** `word: also` — a search for any form of `word` also looks for every form of each of `also`. */
const SYNONYMS = `
take: seize capture | seize: capture | capture: seize
beat: defeat | defeat: beat | win: victory elect | victory: win
die: death dead | death: die dead | dead: die death
kill: assassinate slay die death | assassinate: kill
mutiny: rebellion revolt uprising insurrection | rebellion: mutiny revolt uprising | revolt: rebellion uprising
uprising: rebellion revolt
plane: aircraft airliner jet | aircraft: plane airliner | airliner: plane aircraft | jet: plane airliner
ship: vessel | vessel: ship | quake: earthquake | earthquake: quake
blast: explosion | explosion: blast | blaze: fire | fire: blaze
flee: escape | escape: flee | missing: disappear vanish | vanish: disappear missing | disappear: vanish missing
verdict: guilty convict acquit | convict: guilty
jail: prison imprison | prison: jail imprison | arrest: detain | detain: arrest
oust: overthrow depose topple | overthrow: oust depose topple | topple: oust overthrow
hang: execute | execute: hang | ceasefire: truce | truce: ceasefire
referendum: vote | riot: unrest storm | quit: resign | bomb: explosion blast | tube: underground subway metro
terror: terrorist terrorism | massacre: attack shooting | announce: unveil launch`;

const PAIRS: Array<[string, string[]]> = SYNONYMS.split(/[|\n]/)
  .map((l) => l.split(':'))
  .filter((p) => p.length === 2)
  .map(([word, also]) => [word.trim(), also.trim().split(/\s+/)]);

/**
 * Rows `[i, j, k…]` of indexes into the vocabulary's words: a search for word `i` also looks for words `j, k…`.
 * `formsOf(word)` gives the indexes of the vocabulary's forms of a word, which it need not hold itself
 * ("assassinated" for "assassinate").
 */
export function synonymRows(formsOf: (word: string) => readonly number[]): number[][] {
  const rows = new Map<number, Set<number>>();
  for (const [word, also] of PAIRS) {
    const targets = also.flatMap(formsOf);
    if (!targets.length) continue;
    for (const i of formsOf(word)) {
      const row = rows.get(i) ?? rows.set(i, new Set()).get(i)!;
      for (const t of targets) row.add(t);
    }
  }
  return [...rows].sort((a, b) => a[0] - b[0]).map(([i, also]) => [i, ...[...also].sort((a, b) => a - b)]);
}
