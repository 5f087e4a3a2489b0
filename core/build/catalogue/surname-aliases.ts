import { placeNames, surnameAliases } from '../surnames';
import { stripQualifier } from '../../text';
import type { CatalogueState } from './catalogue-state';

/** The surnames the people's titles give (core/build/surnames.ts), and the names they take from others. */
export function addSurnames({ entities, headingOnly, commonWords, cases, texts }: CatalogueState): void {
  // Every word written in lower case even once ("institute") is no surname; a story heading names no person.
  const surnames = surnameAliases(entities.filter((e) => !headingOnly.has(e.title)), commonWords, new Set(cases.lower.keys()), placeNames(texts));
  for (const e of entities) {
    if (surnames.released.size) e.aliases = e.aliases.filter((a) => !surnames.released.has(a.text));
    for (const alias of surnames.added.get(e.title) ?? []) e.aliases.push(alias);
  }
}

/**
 * A one-word title that Wikipedia qualifies ("Nature (journal)", "Tank (city)") has a commoner sense, and the
 * corpus writes the word in lower case too: the bare word is ambiguous, so weak ("Nature" in a site's menu).
 */
export function weakenQualifiedWords({ entities, cases }: CatalogueState): void {
  for (const e of entities) {
    const bare = stripQualifier(e.title);
    if (bare === e.title || /\s/.test(bare) || !cases.lower.has(bare.toLowerCase())) continue;
    e.aliases = e.aliases.map((a) => (a.text === bare && a.kind === 'title' ? { ...a, ambiguous: true } : a));
  }
}
