/** A news report cited by an event. */
export interface Source {
  name: string;
  /** The report's address, or '' when the data names the source without one (the portal's daily files). */
  url: string;
}

/** One world event, as the extension shows it. */
export interface NewsEvent {
  /** Stable id: the JSONL id, or `YYYY-MM-DD-<hash of the sentence>` for pages. */
  id: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** The story chain the event belongs to, outermost first. */
  topics: string[];
  /** The event's sentence(s), without the story prefix. */
  text: string;
  summary?: string;
  category?: string;
  sources: Source[];
  image?: string;
  /** Canonical entity titles (Wikipedia article titles). */
  entities: string[];
  /** Ids of related events (symmetric). */
  related: string[];
}

/** A malformed input, reported and skipped; the rest still loads. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** A source text handed to the core (the caller reads files; the core never does). */
export interface SourceFile {
  file: string;
  text: string;
}

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
