import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../core/build/build-vocabulary';
import { Vocabulary } from '../../core/library/vocabulary';
import { queryWords, spreadOverYears } from '../../core/library/library-search';

describe('forms of one word', () => {
  const vocabulary = new Vocabulary(buildVocabulary([
    'Russia invades Ukraine', 'Russia invaded Crimea', 'troops invading', 'the invasion', 'the cruiser sank', 'ships sinking',
    'a sink', 'the explosion', 'it explodes', 'a vision', 'the building collapsed', 'a collapse', 'Kabul falls', 'the city fell', 'a fellow', 'the Taliban take Kabul', 'they took',
  ]));
  it('meet through a shared stem or an irregular verb, most used first', () => {
    expect(vocabulary.formsOf('invades').sort()).toEqual(['invaded', 'invading', 'invasion']);
    expect(vocabulary.formsOf('sinking').sort()).toEqual(['sank', 'sink']);
    expect(vocabulary.formsOf('collapse')).toEqual(['collapsed']);
    expect(vocabulary.formsOf('explosion')).toEqual(['explodes']);
    expect(vocabulary.formsOf('vision')).toEqual([]);
    expect(vocabulary.formsOf('falls').sort()).toEqual(['fell']);
    expect(vocabulary.formsOf('took')).toEqual(['take']);
  });
  it('keep other words apart, and know nothing of a word not in the vocabulary', () => {
    expect(vocabulary.formsOf('fellow')).toEqual([]);
    expect(vocabulary.formsOf('kabul')).toEqual([]);
    expect(vocabulary.formsOf('unknown')).toEqual([]);
    expect(new Vocabulary({ words: ['sank', 'sink'], counts: [1, 1] }).formsOf('sank')).toEqual([]);
  });
});

describe('the words a query searches', () => {
  const texts = [...Array(40).fill('Angela Merkel meets the press'), 'Merkle trees in cryptography', 'Russia invades', 'troops invaded', 'Talks in Kabul', 'the elections', 'she is elected', 'Russia invades again'];
  const vocabulary = new Vocabulary(buildVocabulary(texts));
  const termsOf = (q: string) => queryWords(q.split(' '), vocabulary).map((w) => w.terms.map((t) => t.term));
  it('are each word, its forms, the last word\'s completions, an unknown word\'s spellings, and a rare spelling\'s common twin', () => {
    expect(termsOf('invades kab')).toEqual([['invades', 'invaded'], ['kabul']]);
    expect(termsOf('elections')[0]).toEqual(expect.arrayContaining(['elections', 'elected']));
    expect(termsOf('kabol talks')[0]).toEqual(['kabul']);
    expect(termsOf('merkle')[0]).toEqual(['merkle', 'merkel']);
    // A common word is searched as typed.
    expect(termsOf('merkel press')[0]).toEqual(['merkel']);
    expect(queryWords(['kabol', 'talks'], vocabulary).map((w) => w.corrected)).toEqual([true, false]);
  });
  it('leave out a function word beside other words, the last one searched only as the words it begins, as optional', () => {
    const words = (q: string) => queryWords(q.split(' '), vocabulary);
    expect(words('invades in kabul')[1]).toMatchObject({ skip: true, terms: [] });
    const last = words('kabul in')[1];
    expect(last.optional).toBe(true);
    expect(last.terms.map((t) => t.term)).toEqual(['invades', 'invaded']);
    // Alone, a function word is searched as typed.
    expect(words('in')[0].terms.map((t) => t.term)).toContain('in');
  });
  it('spread a name\'s best events over its years: each next pick the best less what its year already has', () => {
    const dates = ['2020-01-01', '2020-02-01', '2021-01-01', '2022-01-01', '2022-05-01'];
    const score = [9, 10, 6, 7, 8];
    // 2020 has two strong events: its second (9 − 0.5) still comes before 2022's and 2021's best.
    expect(spreadOverYears([1, 0, 4, 3, 2], dates, (p) => score[p], 0.5)).toEqual([1, 0, 4, 3, 2]);
    // A year already picked gives way to a year not yet shown, then the rounds go on.
    expect(spreadOverYears([1, 0, 4, 3, 2], dates, (p) => score[p], 5)).toEqual([1, 4, 2, 0, 3]);
  });
});
