import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../core/build/build-vocabulary';
import { eventWeights } from '../../core/build/event-weight';
import { Vocabulary } from '../../core/library/vocabulary';
import type { NewsEvent } from '../../core/types';

describe('forms of one word', () => {
  const vocabulary = new Vocabulary(buildVocabulary([
    'Russia invades Ukraine', 'Russia invaded Crimea', 'troops invading', 'the invasion', 'the cruiser sank', 'ships sinking',
    'a sink', 'the building collapsed', 'a collapse', 'Kabul falls', 'the city fell', 'a fellow', 'the Taliban take Kabul', 'they took',
  ]));
  it('meet through a shared stem or an irregular verb, most used first', () => {
    expect(vocabulary.formsOf('invades').sort()).toEqual(['invaded', 'invading']);
    expect(vocabulary.formsOf('sinking').sort()).toEqual(['sank', 'sink']);
    expect(vocabulary.formsOf('collapse')).toEqual(['collapsed']);
    expect(vocabulary.formsOf('falls').sort()).toEqual(['fell']);
    expect(vocabulary.formsOf('took')).toEqual(['take']);
  });
  it('keep other words apart, and know nothing of a word not in the vocabulary', () => {
    expect(vocabulary.formsOf('invasion')).toEqual([]);
    expect(vocabulary.formsOf('fellow')).toEqual([]);
    expect(vocabulary.formsOf('kabul')).toEqual([]);
    expect(vocabulary.formsOf('unknown')).toEqual([]);
    expect(new Vocabulary({ words: ['sank', 'sink'], counts: [1, 1] }).formsOf('sank')).toEqual([]);
  });
});

describe('how much an event weighs in the news', () => {
  const event = (id: string, topics: string[], sources: number): NewsEvent =>
    ({ id, date: '2021-01-01', topics, text: id, entities: [], related: [], sources: Array.from({ length: sources }, (_, i) => ({ name: `S${i}`, url: '' })) });
  it('grows with its sources, and with beginning a story followed for several events', () => {
    const w = eventWeights([event('a', ['War'], 1), event('b', ['War'], 1), event('c', ['War'], 6), event('d', [], 0), event('e', ['Storm'], 1), event('f', [], 12)]);
    expect(w[0]).toBeGreaterThan(w[1]); // begins "War"
    expect(w[2]).toBeGreaterThan(w[1]);
    expect(w[3]).toBe(0);
    expect(w[4]).toBe(w[1]); // "Storm" has one event: no beginning
    expect(w[5]).toBe(Math.round(255 * 0.6));
  });
});
