import { describe, expect, it } from 'vitest';
import { Bm25, bm25Words } from '../../scripts/search-eval/bm25';
import { firstRelevant, hitFigures, means, overlap, precisionAt } from '../../scripts/search-eval/metrics';
import type { NewsEvent } from '../../core/types';

const event = (id: string, date: string, text: string, entities: string[] = []): NewsEvent => ({ id, date, topics: [], text, sources: [], entities, related: [] });

describe('the BM25 baseline', () => {
  const events = [
    event('a', '2021-08-15', 'The Taliban enter Kabul as the president flees.', ['Taliban', 'Kabul']),
    event('b', '2021-08-16', 'Crowds gather at Kabul airport.', ['Kabul']),
    event('c', '2019-03-01', 'Erdoğan meets the Taliban delegation in Ankara.', ['Recep Tayyip Erdoğan', 'Taliban']),
    event('d', '2021-08-20', 'Floods in Germany; the floods kill dozens.'),
  ];
  const bm25 = new Bm25(events);
  it('reads words without case or accents, and nothing more', () => {
    expect(bm25Words('Erdoğan’s TALIBAN-led, 2021')).toEqual(['erdogan', 's', 'taliban', 'led', '2021']);
  });
  it('ranks by rare words and term frequency, OR-ing the words, within the dates', () => {
    expect(bm25.search('taliban kabul').map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(bm25.search('erdogan')).toEqual([events[2]]);
    expect(bm25.search('floods').map((e) => e.id)).toEqual(['d']);
    expect(bm25.search('taliban', { from: '2021' }).map((e) => e.id)).toEqual(['a']);
    expect(bm25.search('taliban', { to: '2020' }).map((e) => e.id)).toEqual(['c']);
    // No prefixes, no typos, no stems.
    expect(bm25.search('talib')).toEqual([]);
    expect(bm25.search('flood')).toEqual([]);
  });
});

describe('the evaluation figures', () => {
  it('count a hit by the first relevant rank', () => {
    const relevant = new Set(['x', 'y']);
    expect(firstRelevant(['a', 'b', 'y', 'x'], relevant)).toBe(3);
    expect(hitFigures(['a', 'b', 'y'], relevant)).toEqual({ at1: 0, at5: 1, rr: 1 / 3 });
    expect(hitFigures(['x'], relevant)).toEqual({ at1: 1, at5: 1, rr: 1 });
    expect(hitFigures(['a', 'b', 'c', 'd', 'e', 'x'], relevant)).toEqual({ at1: 0, at5: 0, rr: 1 / 6 });
    expect(hitFigures([], relevant)).toEqual({ at1: 0, at5: 0, rr: 0 });
  });
  it('take precision of k results out of k, overlap out of the longer list, means per figure', () => {
    expect(precisionAt([true, false, true], 10)).toBe(0.2);
    expect(precisionAt(Array(12).fill(true), 10)).toBe(1);
    expect(overlap(['a', 'b'], ['b', 'c', 'd', 'e'])).toBe(0.25);
    expect(overlap([], [])).toBe(1);
    expect(means([{ p: 1 }, { p: 0 }], ['p'])).toEqual({ p: 0.5 });
    expect(means([], ['p']).p).toBeNaN();
  });
});
