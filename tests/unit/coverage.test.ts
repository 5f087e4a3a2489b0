import { describe, expect, it } from 'vitest';
import { isGap, monthGaps, shortDay, spanWords, withGaps, type Coverage } from '../../core/library/coverage';
import { coverageNotice } from '../../core/library/coverage-notice';
import { density } from '../../core/timeline';
import type { NewsEvent } from '../../core/types';

const event = (id: string, date: string): NewsEvent => ({ id, date, topics: [], text: id, sources: [], entities: ['X'], related: [] });

/** The data as it is today: April 2020 to June 2022, nothing in October 2020, January 2021, October to December 2021. */
const data: Coverage = { first: '2020-04-01', last: '2022-06-30', gaps: ['2020-10', '2021-01', '2021-10', '2021-11', '2021-12'] };

describe('the months with no events', () => {
  it('are the months between the first date and the last that no date falls in', () => {
    expect(monthGaps(['2021-03-02', '2020-10-31', '2021-01-01', '2020-10-01'])).toEqual(['2020-11', '2020-12', '2021-02']);
    expect(monthGaps(['2021-03-02', '2021-03-30'])).toEqual([]);
    expect(monthGaps([])).toEqual([]);
  });

  it('make a period a gap only when none of its months has data', () => {
    expect(isGap('2020-10', data)).toBe(true);
    expect(isGap('2020-10-15', data)).toBe(true);
    expect(isGap('2020-11', data)).toBe(false);
    // A year with some months of data is no gap; a year wholly in gaps or outside the data is.
    expect(isGap('2021', data)).toBe(false);
    expect(isGap('2019', data)).toBe(true);
    expect(isGap('2019', { first: '2017-01-01', last: '2020-12-31', gaps: ['2018-12', ...Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`)] })).toBe(true);
    expect(isGap('2018', { first: '2017-01-01', last: '2020-12-31', gaps: ['2018-12'] })).toBe(false);
  });

  it('are drawn apart in the density bins, and an empty month with data is a zero', () => {
    const bins = withGaps(density([event('a', '2020-09-03'), event('b', '2020-12-01')], 'month'), data);
    expect(bins).toEqual([
      { period: '2020-09', count: 1 },
      { period: '2020-10', count: 0, gap: true },
      { period: '2020-11', count: 0 },
      { period: '2020-12', count: 1 },
    ]);
  });
});

describe('the span in words', () => {
  it('names the first and last day', () => {
    expect(spanWords(data)).toBe('Events from 1 Apr 2020 to 30 Jun 2022');
    expect(shortDay('2021-08-15T10:00:00Z')).toBe('15 Aug 2021');
  });
});

describe('the notice at the edges of the data', () => {
  const notice = (from: string | undefined, to: string | undefined, sort: 'relevance' | 'date' = 'relevance') => coverageNotice({ from, to }, sort, data);

  it('says where the events end when the dates run past the last day', () => {
    expect(notice('2022', '2022')).toEqual({ text: 'Backstory’s events end on 30 Jun 2022.', outside: false });
    expect(notice('2021-06', undefined)).toEqual({ text: 'Backstory’s events end on 30 Jun 2022.', outside: false });
    // Newest first, the list starts at the data's end.
    expect(notice(undefined, undefined, 'date')?.text).toBe('Backstory’s events end on 30 Jun 2022.');
  });

  it('says where they begin when the dates run before the first day', () => {
    expect(notice('2020', '2020')).toEqual({ text: 'Backstory’s events begin on 1 Apr 2020.', outside: false });
    expect(notice(undefined, '2021-03')?.text).toBe('Backstory’s events begin on 1 Apr 2020.');
    expect(notice('2019-06', '2023')?.text).toBe('Backstory’s events begin on 1 Apr 2020 and end on 30 Jun 2022.');
  });

  it('says nothing for dates inside the data, or no dates in the order of relevance', () => {
    expect(notice('2021', '2021')).toBeUndefined();
    expect(notice('2020-04-01', '2022-06-30', 'date')).toBeUndefined();
    expect(notice(undefined, undefined)).toBeUndefined();
  });

  it('says the data has nothing when the dates lie wholly outside it or in its gaps', () => {
    expect(notice('2023', '2023')).toEqual({ text: 'Backstory’s events end on 30 Jun 2022: there are none in 2023.', outside: true });
    expect(notice('2022-07', undefined)).toEqual({ text: 'Backstory’s events end on 30 Jun 2022: there are none from July 2022.', outside: true });
    expect(notice(undefined, '2019')).toEqual({ text: 'Backstory’s events begin on 1 Apr 2020: there are none to 2019.', outside: true });
    expect(notice('2021-10', '2021-12')).toEqual({ text: 'Backstory’s data has a gap from October 2021 to December 2021: it has no events from then.', outside: true });
    expect(notice('2020-10-05', '2020-10-05')?.outside).toBe(true);
    expect(notice('2021-10', '2022-01')?.outside).toBeFalsy();
  });

  it('says nothing of data with no events', () => {
    expect(coverageNotice({ from: '2023' }, 'date', { first: '', last: '', gaps: [] })).toBeUndefined();
  });
});
