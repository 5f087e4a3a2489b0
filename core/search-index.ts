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

/** A FlexSearch Document index over headline (story + sentence), entity names and summary. */
export class SearchIndex {
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
    const results = this.index.search(q, { limit, suggest: false }) as Array<{ field?: string; result: number[] }>;
    const scores = new Map<number, number>();
    for (const { field, result } of results) {
      const w = FIELD_WEIGHT[field ?? ''] ?? 1;
      result.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + w * (1 - rank / (result.length + 1))));
    }
    return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || b.id - a.id);
  }
}
