import { describe, expect, it } from 'vitest';
import { articleStory } from '../../core/article-story';
import type { NewsEvent } from '../../core/types';

const event = (id: string, date: string, topics: string[], entities: string[]): NewsEvent => ({ id, date, topics, entities, text: id, sources: [], related: [] });

describe('the article’s story', () => {
  const events = [
    // A long war, mostly about other names.
    ...Array.from({ length: 40 }, (_, i) => event(`w${i}`, `2019-0${1 + (i % 9)}-01`, ['War in Afghanistan'], i % 4 ? ['United States'] : ['Taliban', 'United States'])),
    // The peace process: the page's two main names in each event, around the article's date.
    event('p1', '2019-09-01', ['War in Afghanistan', 'Afghan peace process'], ['Taliban', 'Afghanistan']),
    event('p2', '2019-10-01', ['War in Afghanistan', 'Afghan peace process'], ['Taliban', 'Afghanistan']),
    event('p3', '2019-11-10', ['War in Afghanistan', 'Afghan peace process'], ['Taliban', 'Kabul']),
    // A story of one name only.
    ...Array.from({ length: 5 }, (_, i) => event(`k${i}`, '2019-11-01', ['Kabul floods'], ['Kabul'])),
  ];
  const weights = new Map([['Taliban', 30], ['Afghanistan', 15], ['Kabul', 10], ['United States', 5]]);
  it('is the story whose events name the page’s heavier names, not the longest', () => {
    expect(articleStory(events, weights, '2019-11-19')).toEqual({ title: 'Afghan peace process', events: 3, first: '2019-09-01', last: '2019-11-10' });
  });
  it('needs several events and several of the page’s names', () => {
    expect(articleStory(events.filter((e) => e.id.startsWith('k')), weights)).toBeUndefined();
    expect(articleStory(events, new Map())).toBeUndefined();
  });
});
