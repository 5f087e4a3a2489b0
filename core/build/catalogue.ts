import type { MergedCorpus } from './build-corpus';
import { offerAcronyms, offerSurfaces, offerTitles } from './catalogue/alias-offers';
import { canonicaliseEvents, findHeadingOnly, pickCanonical } from './catalogue/canonical-titles';
import { newCatalogueState } from './catalogue/catalogue-state';
import { foldRenames, foldSpellings, foldWritings } from './catalogue/spelling-folds';
import { awardAliases, listEntities } from './catalogue/entities';
import { addSurnames, weakenQualifiedWords } from './catalogue/surname-aliases';
import { foldAcronyms, foldByLinks, foldIntoLongerTitles, foldYearSpans } from './catalogue/title-folds';
import { countLowerLinks, countTitles, findCommonNouns, listTitles } from './catalogue/title-counts';
import { countWordCases } from './catalogue/word-cases';
import { pruneHeadingTitles } from './catalogue/heading-titles';
import { listSenses } from './catalogue/senses';

export type { Alias, Catalogue, EntityEntry } from './catalogue/types';
import type { Catalogue } from './catalogue/types';

/** In order: each pass reads what the ones before it filled in (catalogue/catalogue-state.ts). */
const CATALOGUE_PASSES = [
  countTitles, countLowerLinks, listTitles, findCommonNouns,
  foldByLinks, foldIntoLongerTitles, foldYearSpans, foldWritings, foldSpellings, foldAcronyms, foldRenames,
  pickCanonical, findHeadingOnly, canonicaliseEvents,
  offerTitles, offerSurfaces, offerAcronyms, awardAliases, listEntities,
  countWordCases, pruneHeadingTitles, addSurnames, weakenQualifiedWords, listSenses,
] as const;

/**
 * Learns the entity catalogue from the merged corpus, then rewrites each event's entities to canonical titles.
 * Every entity the data names stays on its events; only aliases are filtered (alias-rules.ts).
 */
export function buildCatalogue(corpus: MergedCorpus): Catalogue {
  const state = newCatalogueState(corpus);
  for (const pass of CATALOGUE_PASSES) pass(state);
  return { entities: state.entities, canonical: state.canonical, commonWords: state.commonWords, senses: state.senses };
}
