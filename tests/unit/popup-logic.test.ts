import { describe, expect, it } from 'vitest';
import { canonicalCategory, CATEGORIES } from '../../core/build/categories';
import { emphasisParts, emphasisRanges } from '../../core/library/emphasis';
import { mainEntity } from '../../core/library/main-entity';
import { datePrefix, describeRange, parseQuery, singleYear, withoutDates, withYear, yearsBetween } from '../../core/library/query-syntax';
import { coveringSites, setSiteOff } from '../../core/site-switch';
import type { NewsEvent } from '../../core/types';

describe('query syntax', () => {
  it('reads years, months and days, padding single digits', () => {
    expect(datePrefix('2021')).toBe('2021');
    expect(datePrefix('2021-3')).toBe('2021-03');
    expect(datePrefix('2021-03-4')).toBe('2021-03-04');
    expect(datePrefix('2020-02-29')).toBe('2020-02-29');
    for (const bad of ['2021-13', '2021-02-29', '2021-00', '21', 'March', '2021-03-04x', '']) expect(datePrefix(bad)).toBeUndefined();
  });
  it('takes from:, to: and year: out of the words', () => {
    expect(parseQuery('Taliban from:2021-03 to:2021 Kabul')).toEqual({ text: 'Taliban Kabul', from: '2021-03', to: '2021', problems: [] });
    expect(parseQuery('year:2020 vaccine')).toEqual({ text: 'vaccine', from: '2020', to: '2020', problems: [] });
    expect(parseQuery('FROM:2021-3 covid')).toEqual({ text: 'covid', from: '2021-03', problems: [] });
    expect(parseQuery('covid to:2020-06')).toEqual({ text: 'covid', to: '2020-06', problems: [] });
  });
  it('narrows when filters combine', () => {
    expect(parseQuery('year:2021 from:2021-06')).toMatchObject({ from: '2021-06', to: '2021' });
    expect(parseQuery('year:2021 to:2021-02')).toMatchObject({ from: '2021', to: '2021-02' });
    expect(parseQuery('to:2022 to:2021-05')).toMatchObject({ to: '2021-05' });
  });
  it('leaves a half-typed filter out of both the words and the filters', () => {
    expect(parseQuery('Taliban from:')).toEqual({ text: 'Taliban', problems: [] });
  });
  it('reports what it cannot read and ignores it', () => {
    const p = parseQuery('Kabul from:March year:2021-03');
    expect(p.text).toBe('Kabul');
    expect(p.from).toBeUndefined();
    expect(p.to).toBeUndefined();
    expect(p.problems).toHaveLength(2);
    expect(p.problems[0]).toMatch(/from:March/);
  });
  it('swaps dates given the wrong way round, and says so', () => {
    const p = parseQuery('from:2022 to:2021-05');
    expect(p).toMatchObject({ from: '2021-05', to: '2022' });
    expect(p.problems[0]).toMatch(/swapped/);
    expect(parseQuery('from:2021-05 to:2021').problems).toEqual([]);
  });
  it('does not take words that merely contain a colon or a key', () => {
    expect(parseQuery('Mayor of Toronto: fromage').text).toBe('Mayor of Toronto: fromage');
    expect(parseQuery('10:30 year').text).toBe('10:30 year');
  });
  it('removes the dates and describes them', () => {
    expect(withoutDates('Taliban from:2021-03 Kabul to:2021')).toBe('Taliban Kabul');
    expect(withYear('Taliban from:2021-03 Kabul', '2020')).toBe('Taliban Kabul year:2020');
    expect(withYear('Taliban year:2020', undefined)).toBe('Taliban');
    expect(withYear('', '2021')).toBe('year:2021');
    expect(parseQuery(withYear('Taliban to:2019', '2021'))).toMatchObject({ text: 'Taliban', from: '2021', to: '2021' });
    expect(yearsBetween('2020-04-01', '2022-06-30')).toEqual(['2022', '2021', '2020']);
    expect(singleYear('2021', '2021')).toBe('2021');
    expect(singleYear('2021-03', '2021-03')).toBeUndefined();
    expect(singleYear('2020', '2021')).toBeUndefined();
    expect(describeRange('2021-03', '2021')).toBe('from March 2021 to 2021');
    expect(describeRange('2020', '2020')).toBe('in 2020');
    expect(describeRange(undefined, '2021-03-04')).toBe('to 4 March 2021');
    expect(describeRange()).toBeUndefined();
  });
});

describe('emphasis', () => {
  it('finds terms at word starts whatever the case and diacritics', () => {
    const text = 'President Recep Tayyip Erdoğan meets the TALIBAN in São Paulo';
    const parts = emphasisParts(text, ['erdogan', 'taliban', 'sao']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Erdoğan', 'TALIBAN', 'São']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
  it('emphasises only the typed part of a longer word and never inside a word', () => {
    expect(emphasisParts('Talibans attack; capitalism', ['taliban', 'ism'])).toEqual([
      { text: 'Taliban', match: true },
      { text: 's attack; capitalism', match: false },
    ]);
  });
  it('prefers the longest term and ignores single letters', () => {
    expect(emphasisRanges('Kabul airport', ['ka', 'kabul', 'a'])).toEqual([[0, 5]]);
    expect(emphasisRanges('Kabul', [])).toEqual([]);
  });
  it('keeps offsets when lower case would change length', () => {
    const text = 'İstanbul and Ankara';
    expect(emphasisParts(text, ['ankara']).filter((p) => p.match).map((p) => p.text)).toEqual(['Ankara']);
  });
  it('treats markup in the text as text', () => {
    expect(emphasisParts('<img src=x onerror=alert(1)> Kabul', ['kabul'])).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: 'Kabul', match: true },
    ]);
  });
});

describe('categories', () => {
  it('merges the spellings the data uses', () => {
    expect(canonicalCategory('Health and enviornment')).toBe('Health and environment');
    expect(canonicalCategory('Art and Culture')).toBe('Arts and culture');
    expect(canonicalCategory('Businesses and economy')).toBe('Business and economy');
    expect(canonicalCategory('Business and economics')).toBe('Business and economy');
    expect(canonicalCategory('Politics')).toBe('Politics and elections');
    expect(canonicalCategory('Law and Crime')).toBe('Law and crime');
    expect(canonicalCategory(' Weather ')).toBe('Weather');
    expect(canonicalCategory('')).toBeUndefined();
    for (const c of CATEGORIES) expect(canonicalCategory(c)).toBe(c);
  });
});

describe('site switch', () => {
  it('adds the host without www and removes every entry covering it', () => {
    expect(setSiteOff([], 'www.bbc.co.uk', true)).toEqual(['bbc.co.uk']);
    expect(setSiteOff(['bbc.co.uk'], 'news.bbc.co.uk', true)).toEqual(['bbc.co.uk']);
    expect(setSiteOff(['bbc.co.uk', 'news.bbc.co.uk', 'cnn.com'], 'news.bbc.co.uk', false)).toEqual(['cnn.com']);
    expect(setSiteOff(['notbbc.co.uk'], 'bbc.co.uk', false)).toEqual(['notbbc.co.uk']);
    expect(coveringSites(['bbc.co.uk', 'cnn.com'], 'WWW.BBC.co.uk')).toEqual(['bbc.co.uk']);
    expect(coveringSites(['bbc.co.uk'], 'abbc.co.uk')).toEqual([]);
  });
  it('keeps 127.0.0.1 as it is', () => {
    expect(setSiteOff([], '127.0.0.1', true)).toEqual(['127.0.0.1']);
  });
});

describe('main entity', () => {
  const event: NewsEvent = {
    id: 'x', date: '2021-08-15', topics: ['War in Afghanistan; 2021 Taliban offensive'], text: 'The Taliban enter Kabul.',
    sources: [], entities: ['War in Afghanistan', '2021 Taliban offensive', 'Taliban', 'Kabul'], related: [],
  };
  it('is the filter entity, else a searched name, else the first name that is not the story', () => {
    expect(mainEntity(event, { entity: 'Kabul' })).toBe('Kabul');
    expect(mainEntity(event, { terms: ['kabul'] })).toBe('Kabul');
    expect(mainEntity(event, { terms: ['taliban'] })).toBe('Taliban');
    expect(mainEntity(event, { terms: ['taliban', 'offensive'] })).toBe('2021 Taliban offensive');
    expect(mainEntity(event, { entity: 'Russia', terms: ['zzz'] })).toBe('Taliban');
    expect(mainEntity(event)).toBe('Taliban');
    expect(mainEntity({ ...event, entities: ['War in Afghanistan'] })).toBe('War in Afghanistan');
    expect(mainEntity({ ...event, entities: [] })).toBeUndefined();
  });
});
