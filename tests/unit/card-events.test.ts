import { describe, expect, it } from 'vitest';
import { balancedAround, cardChoice, cardDate, withContext } from '../../core/library/card-events';

// Positions 0..7, most relevant first; their dates.
const dates = ['2021-05-01', '2022-01-01', '2020-03-01', '2016-02-01', '2021-08-15', '2009-07-01', '2012-01-01', '2019-11-20'];
const dateOf = (p: number) => dates[p];
const ranked = [0, 1, 2, 3, 4, 5, 6, 7];

describe('the card\'s events around the page\'s date', () => {
  it('takes the best from before the page and the best from after it, in rank order', () => {
    // Page of 19 Nov 2019: before are 3, 5, 6; after are 0, 1, 2, 4, 7.
    expect(balancedAround(ranked, dateOf, '2019-11-19', 5)).toEqual([0, 1, 3, 5, 6]);
  });
  it('counts the page\'s own day as before it', () => {
    expect(balancedAround(ranked, dateOf, '2019-11-20', 2)).toEqual([0, 3]);
  });
  it('fills in from one side when the other runs short', () => {
    expect(balancedAround(ranked, dateOf, '2010-01-01', 4)).toEqual([0, 1, 2, 5]);
    expect(balancedAround(ranked, dateOf, '2030-01-01', 3)).toEqual([0, 1, 2]);
  });
  it('reads only an ISO day as a page date', () => {
    expect(cardDate('2019-11-19')).toBe('2019-11-19');
    expect(cardDate('19 Nov 2019')).toBeUndefined();
    expect(cardDate(20191119)).toBeUndefined();
  });
});

describe('the page as a tie-breaker', () => {
  it('lifts an event that involves the page’s names by a few places at most', () => {
    const lift = (p: number) => (p === 7 ? 1 : p === 2 ? 0.5 : 0);
    // 7 is eighth: three places up, no further (a tie with 4, which keeps its place); 2 is third: one and a half up.
    expect(withContext(ranked, lift)).toEqual([0, 2, 1, 3, 4, 7, 5, 6]);
  });
  it('chooses the best, then shows them in date order (positions are)', () => {
    expect(cardChoice([5, 3, 0, 6, 1], () => 0, 3)).toEqual([0, 3, 5]);
  });
});
