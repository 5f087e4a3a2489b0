import type { Document } from 'flexsearch';
import { createIndex, fieldsOf, type FieldPostings, type IndexedDoc } from '../library/search-index';
import type { NewsEvent } from '../types';

/** The FlexSearch Document index of the events (the build's; `postingsOf` turns it into what the worker ships). */
export function buildDocument(events: NewsEvent[], aliasesOf: (title: string) => string[] = () => []): Document<IndexedDoc> {
  const index = createIndex();
  events.forEach((e, id) => {
    const names = e.entities.flatMap((t) => [t, ...aliasesOf(t).filter((a) => /^\p{Lu}{2,}$/u.test(a))]);
    index.add({ id, headline: `${e.topics.join(' ')} ${e.text}`, summary: e.summary ?? '', names: [...new Set(names)].join(' ; ') });
  });
  return index;
}

/** Each field's postings, read out of a FlexSearch Document index. */
export function postingsOf(index: Document<IndexedDoc>): FieldPostings[] {
  return [...fieldsOf(index)].map(([field, { map, resolution }]) => {
    const terms = [...map.keys()].sort();
    const slotStart: number[] = [0];
    const ids: number[] = [];
    for (const term of terms) {
      const slots = map.get(term)!;
      for (let y = 0; y < resolution; y++) {
        for (const id of slots[y] ?? []) ids.push(id);
        slotStart.push(ids.length);
      }
    }
    return { field, resolution, terms, slotStart: Uint32Array.from(slotStart), ids: Uint32Array.from(ids) };
  });
}
