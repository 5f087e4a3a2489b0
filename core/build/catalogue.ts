import type { MergedCorpus } from './build-corpus';
import { offerAcronyms, offerSurfaces, offerTitles } from './catalogue/alias-offers';
import { canonicaliseEvents, pickCanonical } from './catalogue/canonical-titles';
import { newCatalogueState } from './catalogue/catalogue-state';
import { awardAliases, listEntities } from './catalogue/entities';
import { addSurnames, weakenQualifiedWords } from './catalogue/surname-aliases';
import { foldAcronyms, foldByLinks, foldIntoLongerTitles, foldYearSpans } from './catalogue/title-folds';
import { countLowerLinks, countTitles, findCommonNouns, listTitles } from './catalogue/title-counts';
import { countWordCases } from './catalogue/word-cases';

export interface Alias {
  /** The name as it is written on pages. */
  text: string;
  /** How the data attests it (a surname is inferred from a person's title: core/build/surnames.ts). */
  kind: 'title' | 'surface' | 'acronym' | 'surname';
  /** Times the data links this exact surface form to the entity (for acronyms: events that write it). */
  count: number;
  /** The data also uses this text, often enough, for another entity ("Georgia", "Chancellor"). */
  ambiguous?: boolean;
}

export interface EntityEntry {
  title: string;
  /** Other titles folded into this one ("ISIL" → "Islamic State of Iraq and the Levant"). */
  folded: string[];
  aliases: Alias[];
  /** Event ids, most relevant first. */
  events: string[];
}

export interface Catalogue {
  entities: EntityEntry[];
  /** Title (canonical or folded) → canonical title. */
  canonical: Map<string, string>;
  /** Lower-cased words the event texts use as ordinary words ("leader", "hotel"): weak as one-word names. */
  commonWords: Set<string>;
}

/** In order: each pass reads what the ones before it filled in (catalogue/catalogue-state.ts). */
const CATALOGUE_PASSES = [
  countTitles, countLowerLinks, listTitles, findCommonNouns,
  foldByLinks, foldIntoLongerTitles, foldYearSpans, foldAcronyms,
  pickCanonical, canonicaliseEvents,
  offerTitles, offerSurfaces, offerAcronyms, awardAliases, listEntities,
  countWordCases, addSurnames, weakenQualifiedWords,
] as const;

/**
 * Learns the entity catalogue from the merged corpus, then rewrites each event's entities to canonical titles.
 * Every entity the data names stays on its events; only aliases are filtered (alias-rules.ts).
 */
export function buildCatalogue(corpus: MergedCorpus): Catalogue {
  const state = newCatalogueState(corpus);
  for (const pass of CATALOGUE_PASSES) pass(state);
  return { entities: state.entities, canonical: state.canonical, commonWords: state.commonWords };
}
