/**
 * Full-text search as the worker ran it before the binary postings (core/library/search-file.ts): FlexSearch's Document index,
 * exported by the build and imported by the worker, its own lookup for one word and `intersect` for several (the
 * scoring, unchanged, is shared). The reference the postings are checked against.
 */
import { buildDocument } from '../../core/build/search-postings';
import { FIELD_WEIGHT, intersect } from '../../core/library/search-index';
import type { NewsEvent } from '../../core/types';

type Doc = ReturnType<typeof buildDocument>;
interface FieldIndex {
  map: Map<string, Array<number[] | undefined>>;
  resolution: number;
  encoder: { encode(text: string, dedupe?: boolean): string[] };
  search(query: string, options: object): unknown;
}

export class LegacySearchIndex {
  private constructor(private readonly index: Doc) {}

  /** Built, exported and imported again, as the build and the worker did. */
  static async build(events: NewsEvent[], aliasesOf: (title: string) => string[]): Promise<LegacySearchIndex> {
    const dump: Record<string, string> = {};
    await buildDocument(events, aliasesOf).export((key: string, data: string) => {
      dump[key] = data;
    });
    const index = buildDocument([]);
    for (const [key, data] of Object.entries(dump)) index.import(key, data);
    return new LegacySearchIndex(index);
  }

  search(query: string, limit = 200): Array<{ id: number; score: number }> {
    const q = query.trim();
    if (!q) return [];
    const results: Array<{ field: string; result: number[] }> = [];
    const fields = (this.index as unknown as { index: Map<string, FieldIndex> }).index;
    for (const [field, index] of fields) {
      const terms = [...new Set(index.encoder.encode(q, true))];
      const result = terms.length < 2 ? (index.search(q, { limit, suggest: false }) as number[]) : intersect(terms.map((t) => index.map.get(t)), index.resolution, limit);
      if (result.length) results.push({ field, result });
    }
    return rankFields(results);
  }
}

/** Each field's hits scored by their rank in it and the field's weight, summed per event, best first. */
function rankFields(results: Array<{ field: string; result: number[] }>): Array<{ id: number; score: number }> {
  const scores = new Map<number, number>();
  for (const { field, result } of results) {
    const w = FIELD_WEIGHT[field] ?? 1;
    for (let rank = 0; rank < result.length; rank++) {
      const id = result[rank];
      scores.set(id, (scores.get(id) ?? 0) + w * (1 - rank / (result.length + 1)));
    }
  }
  const ranked: Array<{ id: number; score: number }> = [];
  scores.forEach((score, id) => ranked.push({ id, score }));
  return ranked.sort((a, b) => b.score - a.score || b.id - a.id);
}
