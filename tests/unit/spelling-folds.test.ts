import { describe, expect, it } from 'vitest';
import { spellingOf, spellingVariants } from '../../core/build/catalogue/spelling-folds';
import { compile } from '../../core/build/compile';

describe('one thing under titles spelt a little differently', () => {
  it('takes transliterations, spellings, plurals and case as one word spelt two ways', () => {
    for (const [a, b] of [['Zelensky', 'Zelenskyy'], ['Zelenskyy', 'Zelenskiy'], ['Lukashenko', 'Lukashenka'], ['Donbass', 'Donbas'], ['Organization', 'Organisation'], ['Defence', 'Defense'], ['Award', 'Awards'], ['Storm', 'storm']]) {
      expect(spellingOf(a, b), `${a} ~ ${b}`).toBe(true);
    }
  });
  it('keeps apart words a letter makes another word, and short words', () => {
    for (const [a, b] of [['Ireland', 'Iceland'], ['Syria', 'Serbia'], ['Niger', 'Nigeria'], ['Iran', 'Iraq'], ['Mali', 'Malik'], ['Austria', 'Australia']]) {
      expect(spellingOf(a, b), `${a} ~ ${b}`).toBe(false);
    }
  });
  it('compares titles word by word: one word apart, nothing else (a qualifier included)', () => {
    expect(spellingVariants('Volodymyr Zelensky', 'Volodymyr Zelenskyy')).toBe(true);
    expect(spellingVariants('President of Ireland', 'President of Iceland')).toBe(false);
    expect(spellingVariants('Georgia (country)', 'Georgia (U.S. state)')).toBe(false);
    expect(spellingVariants('Zelensky', 'Zelenskyy')).toBe(false);
  });
  it('folds titles of several words that differ only in case, dashes or a dash for a space, and keeps one-word titles\' case', () => {
    const line = (id: string, titles: string[]) => JSON.stringify({ id, date: `2024-03-0${id.slice(-1)}`, stories: [], text: `Event ${id}.`, entities: titles.map((t) => ({ surface: t, title: t })), sources: [] });
    const text = [
      line('e1', ['Israeli–Palestinian conflict', 'AIDS']),
      line('e2', ['Israeli–Palestinian conflict']),
      line('e3', ['Israeli-Palestinian Conflict', 'Aids']),
      line('e4', ['Gaza War']),
      line('e5', ['Gaza war']),
      line('e6', ['Gaza war']),
      line('e7', ['Kim Jong-un']),
      line('e8', ['Kim Jong Un']),
    ].join('\n');
    const { catalogue } = compile([{ file: 'c.jsonl', text }]);
    expect(catalogue.canonical.get('Israeli-Palestinian Conflict')).toBe('Israeli–Palestinian conflict');
    expect(catalogue.canonical.get('Gaza War')).toBe('Gaza war');
    expect(catalogue.canonical.get('Kim Jong Un')).toBe(catalogue.canonical.get('Kim Jong-un'));
    expect(catalogue.canonical.get('Aids')).toBe('Aids');
    expect(catalogue.canonical.get('AIDS')).toBe('AIDS');
  });
  it('folds variants whose events name the same things into the one with more events', () => {
    const line = (id: string, text: string, titles: string[]) => JSON.stringify({ id, date: `2022-03-0${id.slice(-1)}`, stories: [], text, entities: titles.map((t) => ({ surface: t, title: t })), sources: [] });
    const text = [
      line('e1', 'Volodymyr Zelenskyy addresses Ukraine on Russia.', ['Volodymyr Zelenskyy', 'Ukraine', 'Russia']),
      line('e2', 'Volodymyr Zelenskyy meets leaders of Ukraine.', ['Volodymyr Zelenskyy', 'Ukraine']),
      line('e3', 'Volodymyr Zelensky speaks of Russia.', ['Volodymyr Zelensky', 'Russia']),
      line('e4', 'The President of Ireland visits Russia.', ['President of Ireland', 'Russia']),
      line('e5', 'The President of Iceland visits Russia.', ['President of Iceland', 'Russia']),
    ].join('\n');
    const { catalogue } = compile([{ file: 'c.jsonl', text }]);
    const zelenskyy = catalogue.entities.find((e) => e.title === 'Volodymyr Zelenskyy')!;
    expect(zelenskyy.folded).toEqual(['Volodymyr Zelensky']);
    expect(zelenskyy.events).toHaveLength(3);
    expect(catalogue.canonical.get('President of Iceland')).toBe('President of Iceland');
  });
  it('folds a place Wikipedia renamed into the name with more events ("Kiev", then "Kyiv")', () => {
    const line = (id: string, title: string) => JSON.stringify({ id, date: `2019-03-0${id.slice(-1)}`, stories: [], text: `News from ${title}.`, entities: [{ surface: title, title }], sources: [] });
    const text = [line('e1', 'Kiev'), line('e2', 'Kyiv'), line('e3', 'Kyiv'), line('e4', 'Kharkiv')].join('\n');
    const { catalogue } = compile([{ file: 'c.jsonl', text }]);
    expect(catalogue.canonical.get('Kiev')).toBe('Kyiv');
    expect(catalogue.entities.find((e) => e.title === 'Kyiv')!.events).toHaveLength(3);
  });
});
