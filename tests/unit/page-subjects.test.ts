import { describe, expect, it } from 'vitest';
import { byWeight, mainSubjects, newsOutlets, type PageEntity } from '../../core/page-subjects';

const TOTAL = 113_000;
const events: Record<string, number> = { Taliban: 983, Afghanistan: 1737, Kabul: 396, 'United States': 10_570, Zabul: 9, Reuters: 40, 'Donald Trump': 1376 };
const eventsOf = (t: string) => events[t] ?? 0;
// The New York Post's article of 19 November 2019, "Taliban say they freed US, Australian hostages…", as the page reports it.
const page: PageEntity[] = [
  { title: 'Taliban', mentions: 11, headline: true, first: 0 },
  { title: 'United States', mentions: 8, headline: true, first: 1 },
  { title: 'Afghanistan', mentions: 6, headline: false, first: 2 },
  { title: 'Zabul', mentions: 1, headline: false, first: 3 },
  { title: 'Kabul', mentions: 3, headline: false, first: 5 },
  { title: 'Reuters', mentions: 3, headline: false, first: 4 },
  { title: 'Donald Trump', mentions: 1, headline: false, first: 9 },
];

describe('the page’s main subjects', () => {
  it('are its heavy names: in the headline and lead, mentioned often, rare in the data', () => {
    const subjects = mainSubjects(page, eventsOf, TOTAL, new Set(['Reuters']));
    expect(subjects[0]).toBe('Taliban');
    expect(subjects).toContain('Afghanistan');
  });
  it('leave out a hub whose events would flood the timeline, and a news outlet', () => {
    const subjects = mainSubjects(page, eventsOf, TOTAL, new Set(['Reuters']));
    expect(subjects).not.toContain('United States');
    expect(subjects).not.toContain('Reuters');
    expect(subjects).not.toContain('Donald Trump');
  });
  it('list the names heaviest first', () => {
    expect(byWeight(page, eventsOf, TOTAL)[0].title).toBe('Taliban');
  });
});

describe('news outlets', () => {
  const cited = (name: string, entities: string[] = []) => ({ sources: [{ name }], entities });
  it('are names the events cite as a source more often than they name them', () => {
    const loaded = [...Array.from({ length: 12 }, () => cited('Reuters')), ...Array.from({ length: 12 }, () => cited('NASA', ['NASA'])), cited('NASA', ['NASA'])];
    expect([...newsOutlets(['Reuters', 'NASA', 'Taliban'], loaded)]).toEqual(['Reuters']);
  });
});
