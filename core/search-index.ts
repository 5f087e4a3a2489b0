import { Document } from 'flexsearch';
import type { NewsEvent } from './types';

/** What is indexed per event. Ids are positions in the events array (compact in the export). */
interface IndexedDoc {
  [key: string]: string | number | string[];
  id: number;
  headline: string;
  summary: string;
  names: string;
}

/** How much a hit in each field counts. */
const FIELD_WEIGHT: Record<string, number> = { headline: 3, names: 2, summary: 1 };

function createIndex(): Document<IndexedDoc> {
  return new Document<IndexedDoc>({
    encoder: 'Normalize',
    document: {
      id: 'id',
      index: [
        { field: 'headline', tokenize: 'strict', resolution: 5 },
        { field: 'names', tokenize: 'strict', resolution: 3 },
        { field: 'summary', tokenize: 'strict', resolution: 3 },
      ],
    },
  });
}

/** The parts of one field's FlexSearch Index that the multi-word search reads (flexsearch is pinned exactly). */
interface FieldIndex {
  map: Map<string, Array<number[] | undefined>>;
  resolution: number;
  encoder: { encode(text: string, dedupe?: boolean): string[] };
  search(query: string, options: object): unknown;
}

// Scratch space reused by every intersection (the worker answers one query at a time): how many terms each id was
// seen in, and which ids were seen, to reset. Fresh arrays per call made up most of a keystroke's garbage.
let counts = new Uint8Array(0);
let seen = new Int32Array(0);

/**
 * FlexSearch 0.8's `intersect` (resolve, no suggest) for postings by resolution slot: ids in the order they are
 * seen in every term's postings, slot by slot, cut at `limit`.
 */
export function intersect(postings: Array<Array<number[] | undefined> | undefined>, resolution: number, limit: number): number[] {
  if (postings.some((p) => !p?.length)) return [];
  const need = postings.length;
  let nSeen = 0;
  const out: number[] = [];
  try {
    for (let y = 0; y < resolution; y++) {
      for (let t = 0; t < need; t++) {
        const ids = postings[t]![y];
        if (!ids) continue;
        // Indexed loops: the worker's code is rarely hot enough for V8 to drop a for-of's iterator objects.
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k];
          if (id >= counts.length) counts = grown(counts, id + 1);
          if (counts[id] === 0) {
            if (nSeen === seen.length) seen = grown(seen, nSeen + 1);
            seen[nSeen++] = id;
          }
          if (++counts[id] === need) {
            out.push(id);
            if (out.length === limit) return out;
          }
        }
      }
    }
    return out;
  } finally {
    for (let k = 0; k < nSeen; k++) counts[seen[k]] = 0;
  }
}

/** A copy of `a` at least `size` long (doubling). */
function grown<T extends Uint8Array | Int32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2, 1024));
  b.set(a);
  return b;
}

/** A FlexSearch Document index over headline (story + sentence), entity names and summary. */
export class SearchIndex {
  private readonly recent = new Map<string, Array<{ id: number; score: number }>>();
  private constructor(private readonly index: Document<IndexedDoc>) {}

  static build(events: NewsEvent[], aliasesOf: (title: string) => string[] = () => []): SearchIndex {
    const index = createIndex();
    events.forEach((e, id) => {
      const names = e.entities.flatMap((t) => [t, ...aliasesOf(t).filter((a) => /^\p{Lu}{2,}$/u.test(a))]);
      index.add({ id, headline: `${e.topics.join(' ')} ${e.text}`, summary: e.summary ?? '', names: [...new Set(names)].join(' ; ') });
    });
    return new SearchIndex(index);
  }

  /** The index as key → data pairs, for a JSON file in the package. */
  async export(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    await this.index.export((key: string, data: string) => {
      out[key] = data;
    });
    return out;
  }

  static import(dump: Record<string, string>): SearchIndex {
    const index = createIndex();
    for (const [key, data] of Object.entries(dump)) index.import(key, data);
    return new SearchIndex(index);
  }

  /** Imports key → data chunks in order (map chunks of one key merge), awaiting `pause` between them. */
  static async importChunks(chunks: Iterable<readonly [string, string]>, pause?: () => Promise<void>): Promise<SearchIndex> {
    const index = createIndex();
    for (const [key, data] of chunks) {
      index.import(key, data);
      if (pause) await pause();
    }
    return new SearchIndex(index);
  }

  /** Event positions ranked by field-weighted rank, best first. */
  search(query: string, limit = 200): Array<{ id: number; score: number }> {
    const q = query.trim();
    if (!q) return [];
    // Typing "covid va", "covid vac"… asks for the same completions ("covid vaccine") again: keep the last answers.
    const key = `${limit} ${q}`;
    const cached = this.recent.get(key);
    if (cached) return cached;
    const answer = this.run(q, limit);
    this.recent.set(key, answer);
    if (this.recent.size > 64) this.recent.delete(this.recent.keys().next().value!);
    return answer;
  }

  private run(q: string, limit: number): Array<{ id: number; score: number }> {
    const results: Array<{ field?: string; result: number[] }> = [];
    const fields = (this.index as unknown as { index: Map<string, FieldIndex> }).index;
    for (const [field, index] of fields) {
      const terms = [...new Set(index.encoder.encode(q, true))];
      // One word: FlexSearch's own lookup (a slice). Several: the same intersection as FlexSearch's, counted in a
      // typed array instead of an object keyed by id (15-25 ms → under 1 ms per query over 127,000 events).
      const result = terms.length < 2 ? (index.search(q, { limit, suggest: false }) as number[]) : intersect(terms.map((t) => index.map.get(t)), index.resolution, limit);
      if (result.length) results.push({ field, result });
    }
    const scores = new Map<number, number>();
    for (const { field, result } of results) {
      const w = FIELD_WEIGHT[field ?? ''] ?? 1;
      for (let rank = 0; rank < result.length; rank++) {
        const id = result[rank];
        scores.set(id, (scores.get(id) ?? 0) + w * (1 - rank / (result.length + 1)));
      }
    }
    const ranked: Array<{ id: number; score: number }> = [];
    scores.forEach((score, id) => ranked.push({ id, score }));
    return ranked.sort((a, b) => b.score - a.score || b.id - a.id);
  }
}
