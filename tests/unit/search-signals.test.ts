import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../core/build/build-vocabulary';
import { demonymPairs } from '../../core/build/demonyms';
import { eventWeights } from '../../core/build/event-weight';
import { turningSubjects } from '../../core/build/turning-subjects';
import { burstOpenings, dayNumber } from '../../core/library/bursts';
import { dateSpans } from '../../core/library/date-words';
import { datedWords, queryWords } from '../../core/library/library-search';
import { joinPhrases } from '../../core/library/phrases';
import { Vocabulary } from '../../core/library/vocabulary';
import type { NewsEvent } from '../../core/types';

const event = (id: string, date: string, topics: string[], sources = 1, text = id): NewsEvent =>
  ({ id, date, topics, text, entities: [], related: [], sources: Array.from({ length: sources }, (_, i) => ({ name: `S${i}`, url: '' })) });

describe('how much an event weighs in the news', () => {
  const story = (n: number, title: string, from: string) => Array.from({ length: n }, (_, i) => event(`${title}${i}`, i < 2 ? from : '2021-06-01', [title]));
  it('opens a story it begins (its first two days), the more the longer the story ran', () => {
    const events = [...story(3, 'Storm', '2021-01-01'), ...story(30, 'War', '2021-01-05')].sort((a, b) => (a.date < b.date ? -1 : 1));
    const w = eventWeights(events);
    const of = (id: string) => w[events.findIndex((e) => e.id === id)];
    expect(of('War0')).toBe(of('War1')); // both on its first day
    expect(of('War0')).toBeGreaterThan(of('War5'));
    expect(of('War0')).toBeGreaterThan(of('Storm0'));
    expect(of('Storm0')).toBeGreaterThan(of('Storm2'));
  });
  it('counts a heading in any case as one story, and no story told after the fact as an opening', () => {
    const w = eventWeights([event('a', '2021-01-01', ['Gaza War'], 0), event('b', '2021-01-03', ['Gaza war'], 0), event('c', '2021-01-04', ['Gaza war'], 0)]);
    expect(w[0]).toBeGreaterThan(0);
    expect(w[1]).toBe(0); // "Gaza war" began two days before, as "Gaza War"
    const after = eventWeights(['x', 'y', 'z'].map((id) => event(id, '2021-01-01', ['Aftermath of the 2010 Haiti earthquake'], 0)));
    expect([...after]).toEqual([0, 0, 0]);
  });
  it('grows with its sources and with a turning point in its text', () => {
    const w = eventWeights([event('a', '2021-01-01', [], 0), event('b', '2021-01-01', [], 6), event('c', '2021-01-01', [], 0, 'The president resigns.'), event('d', '2021-01-01', [], 0, 'A resignee speaks.')]);
    expect(w[0]).toBe(0);
    expect(w[1]).toBeGreaterThan(0);
    expect(w[2]).toBeGreaterThan(0);
    expect(w[3]).toBe(0);
  });
});

describe('a year or a month among the words', () => {
  const dates = ['2009-12-31', '2010-01-12', '2010-10-07', '2011-03-11', '2011-10-07', '2012-01-01'];
  it('dates the events of that year or that month of every year, as spans of positions', () => {
    expect(dateSpans('2010', dates)).toEqual([[1, 3]]);
    expect(dateSpans('october', dates)).toEqual([[2, 3], [4, 5]]);
    expect(dateSpans('2015', dates)).toEqual([]);
    expect(dateSpans('1066', dates)).toEqual([]);
    expect(dateSpans('haiti', dates)).toEqual([]);
  });
  it('takes "march" and "may", common words too, as months only beside a number', () => {
    const vocabulary = new Vocabulary(buildVocabulary(['march on Moscow', 'in March 2011']));
    const spans = (q: string) => datedWords(queryWords(q.split(' '), vocabulary), q.split(' '), dates).map((w) => w.spans ?? []);
    expect(spans('march on moscow')[0]).toEqual([]);
    expect(spans('march 2011')[0]).toEqual([[3, 4]]);
  });
});

describe('a phrase the news says in one word', () => {
  const vocabulary = new Vocabulary(buildVocabulary(['Mubarak resigns', 'she resigned', 'the resignation', 'she stepped down', 'he steps in', 'a step', 'down the road']));
  it('is searched as one word: "steps down" also finds "resigns", and "down" need not be there', () => {
    const words = ['mubarak', 'steps', 'down'];
    const joined = joinPhrases(queryWords(words, vocabulary), words, vocabulary);
    expect(joined).toHaveLength(2);
    expect(joined[1].terms.map((t) => t.term)).toEqual(expect.arrayContaining(['step', 'resigns', 'resignation']));
  });
  it('leaves other pairs of words alone', () => {
    const words = ['down', 'step'];
    expect(joinPhrases(queryWords(words, vocabulary), words, vocabulary)).toHaveLength(2);
  });
});

describe('a burst of matches', () => {
  const dates = ['2009-06-01', '2010-01-12', '2010-01-13', '2010-01-15', '2010-01-20', '2010-01-24', '2010-05-01'];
  it('is opened by the match after a quiet spell that many follow within two weeks', () => {
    const openings = burstOpenings([0, 1, 2, 3, 4, 5, 6], (p) => dayNumber(dates[p]));
    expect([...openings.keys()]).toEqual([1]);
    expect(openings.get(1)).toBeGreaterThan(0);
  });
  it('is no burst when few matches follow', () => {
    expect(burstOpenings([0, 6], (p) => dayNumber(dates[p])).size).toBe(0);
  });
});

describe('a place and its people', () => {
  const words = ['iran', 'iranian', 'ira', 'israel', 'israeli', 'japan', 'japanese', 'niger', 'nigeria', 'nigerian', 'russia', 'russian', 'turkey', 'turkish', 'ukraine', 'ukrainian'].sort();
  const pairs = (places: string[]) => demonymPairs(words, new Set(places)).map(([p, d]) => `${words[p]}:${words[d]}`).sort();
  it('meet by the usual endings and the irregular ones', () => {
    expect(pairs(['russia', 'ukraine', 'israel', 'japan', 'turkey'])).toEqual(['israel:israeli', 'japan:japanese', 'russia:russian', 'turkey:turkish', 'ukraine:ukrainian']);
  });
  it('give a demonym two places could claim to the longer, and no place to another place', () => {
    expect(pairs(['niger', 'nigeria'])).toEqual(['nigeria:nigerian']);
    expect(pairs(['ira', 'iran'])).toEqual(['iran:iranian']);
  });
  it('join the place\'s forms in the vocabulary', () => {
    const vocabulary = new Vocabulary(buildVocabulary(['Russia invades', 'Russian troops', 'the Russians'], new Set(['russia'])));
    expect(vocabulary.formsOf('russia').sort()).toEqual(['russian', 'russians']);
  });
});

describe('words a reader types for one another', () => {
  const vocabulary = new Vocabulary(buildVocabulary(['the Taliban seize Kabul', 'rebels captured the town', 'they took part', 'take it', 'a rebellion', 'the mutiny']));
  it('are searched too, one way where the other would be too wide', () => {
    expect(vocabulary.synonymsOf('take').sort()).toEqual(['captured', 'seize']);
    expect(vocabulary.synonymsOf('took').sort()).toEqual(['captured', 'seize']);
    expect(vocabulary.synonymsOf('seize')).toEqual(['captured']);
    expect(vocabulary.synonymsOf('mutiny')).toEqual(['rebellion']);
    expect(queryWords(['take'], vocabulary)[0].terms.map((t) => t.term)).toEqual(expect.arrayContaining(['took', 'seize', 'captured']));
  });
});

describe('whose turning point an event tells', () => {
  const index = new Map([['Hosni Mubarak', 0], ['President of Egypt', 1], ['Omar Suleiman', 2], ['Georgia (country)', 3]]);
  const told = (text: string, entities: string[], aliases: Record<string, string[]> = {}) =>
    turningSubjects([{ ...event('e', '2011-02-11', []), text, entities }], index, (t) => aliases[t] ?? [])[0];
  it('is the entity named just before the turning-point word, by its title or an alias', () => {
    expect(told('Hosni Mubarak resigns as President of Egypt.', ['Hosni Mubarak', 'President of Egypt'])).toBe(1);
    expect(told('Omar Suleiman announces that Mubarak has resigned.', ['Omar Suleiman', 'Hosni Mubarak'], { 'Hosni Mubarak': ['Mubarak'] })).toBe(1);
    expect(told('Protests in Georgia turn into a coup.', ['Georgia (country)'])).toBe(4);
  });
  it('is no one when no name comes close before it, or the text tells no turning point', () => {
    expect(told('Hosni Mubarak, in a long address to the nation on state television, finally resigns.', ['Hosni Mubarak'])).toBe(0);
    expect(told('Hosni Mubarak meets Omar Suleiman.', ['Hosni Mubarak', 'Omar Suleiman'])).toBe(0);
  });
});

describe('a date as a day number', () => {
  it('counts the days since 1970-01-01, leap years included', () => {
    for (const date of ['1970-01-01', '2000-02-29', '2000-03-01', '2004-12-26', '2024-02-29', '2026-03-28', '1999-12-31']) {
      expect(dayNumber(date), date).toBe(Date.parse(date) / 86_400_000);
    }
  });
});
