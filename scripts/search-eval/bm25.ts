/**
 * The baseline the search is judged against: plain BM25 (k1 1.2, b 0.75) over each event's story chain, sentence,
 * summary and entity titles as one text; words are runs of letters and digits, lower-cased with their accents set
 * aside, no stemming, no stop words, no prefixes, no typos. A query's words are OR'ed: an event scores by every word
 * it holds. Date filters are applied as the popup's are.
 */
import { foldText } from '../../core/text';
import type { NewsEvent } from '../../core/types';

const K1 = 1.2;
const B = 0.75;

/** A text's words as the baseline reads them. */
export const bm25Words = (text: string): string[] =>
  foldText(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export class Bm25 {
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly lengths: Uint32Array;
  private readonly average: number;

  constructor(private readonly events: readonly NewsEvent[]) {
    this.lengths = new Uint32Array(events.length);
    events.forEach((e, id) => {
      const words = bm25Words([...e.topics, e.text, e.summary ?? '', ...e.entities].join(' '));
      this.lengths[id] = words.length;
      const tf = new Map<string, number>();
      for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
      for (const [w, n] of tf) (this.postings.get(w) ?? this.postings.set(w, []).get(w)!).push([id, n]);
    });
    this.average = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, events.length);
  }

  /** The best `limit` events for `query` (words only), within the date prefixes `from`…`to`, best first. */
  search(query: string, { limit = 10, from, to }: { limit?: number; from?: string; to?: string } = {}): NewsEvent[] {
    const scores = new Map<number, number>();
    const n = this.events.length;
    for (const w of new Set(bm25Words(query))) {
      const list = this.postings.get(w);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const [id, tf] of list) {
        const norm = tf * (K1 + 1) / (tf + K1 * (1 - B + (B * this.lengths[id]) / this.average));
        scores.set(id, (scores.get(id) ?? 0) + idf * norm);
      }
    }
    const inRange = (date: string) => (!from || date >= from) && (!to || date.slice(0, to.length) <= to);
    return [...scores]
      .filter(([id]) => inRange(this.events[id].date))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => this.events[id]);
  }
}
