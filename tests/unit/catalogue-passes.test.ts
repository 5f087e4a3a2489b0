import { describe, expect, it } from 'vitest';
import { pickCanonical } from '../../core/build/catalogue/canonical-titles';
import { newCatalogueState, type CatalogueState } from '../../core/build/catalogue/catalogue-state';
import { foldAcronyms, foldIntoLongerTitles, foldYearSpans } from '../../core/build/catalogue/title-folds';
import { countTitles, listTitles } from '../../core/build/catalogue/title-counts';
import type { Mention } from '../../core/build/records';
import type { NewsEvent } from '../../core/types';

const event = (entities: string[]): NewsEvent => ({ id: entities.join(), date: '2020-01-01', topics: [], text: '', sources: [], entities, related: [] });

/** Title → canonical title, after the titles are counted and the one fold has run. */
function canonical(events: NewsEvent[], fold: (state: CatalogueState) => void, mentions: Mention[][] = events.map(() => [])) {
  const state = newCatalogueState({ events, mentions, problems: [], renames: new Map() });
  for (const pass of [countTitles, listTitles, fold, pickCanonical]) pass(state);
  return Object.fromEntries(state.canonical);
}

describe('catalogue folds', () => {
  it('folds an acronym title into the one title it is the initials of, under the longer title', () => {
    const events = [event(['ISIL']), event(['Islamic State of Iraq and the Levant']), event(['Islamic State of Iraq and the Levant'])];
    expect(canonical(events, foldAcronyms).ISIL).toBe('Islamic State of Iraq and the Levant');
  });
  it('folds the titles of one story whose year span moved on, under the one with the most events', () => {
    const events = [event(['War in Afghanistan (2001–present)']), event(['War in Afghanistan (2001–2021)']), event(['War in Afghanistan (2001–2021)'])];
    expect(canonical(events, foldYearSpans)['War in Afghanistan (2001–present)']).toBe('War in Afghanistan (2001–2021)');
  });
  it('folds a short title into the longer one its name links to, unless its links part ways', () => {
    const link = (surface: string, title: string) => [{ surface, title }];
    const events = [event(['Putin']), event([]), event([]), event(['Governor']), event([]), event([]), event([]), event([])];
    const mentions = [[], link('Putin', 'Vladimir Putin'), link('Putin', 'Vladimir Putin'), [],
      link('Governor', 'Governor of New York'), link('Governor', 'Governor of New York'), link('Governor', 'Governor of Ohio'), link('Governor', 'Governor of Ohio')];
    const titles = canonical(events, foldIntoLongerTitles, mentions);
    expect(titles.Putin).toBe('Vladimir Putin');
    expect(titles.Governor).toBe('Governor');
  });
});
