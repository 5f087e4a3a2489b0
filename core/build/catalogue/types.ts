/** What the catalogue is made of (built by core/build/catalogue.ts, read by the matcher's compiler and the package). */
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
  /** Marked name → the entities it may stand for, the marked one first, with how often the data uses the name for each. */
  senses: Map<string, Array<[string, number]>>;
}
