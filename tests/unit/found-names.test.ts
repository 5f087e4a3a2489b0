import { describe, expect, it } from 'vitest';
import { decodeFound, encodeFound } from '../../core/names/found-names';
import type { Match } from '../../core/names/matcher';

describe('found names codec', () => {
  it('round-trips matches per text, each title once, weak and sense flags kept', () => {
    const perText: Match[][] = [
      [
        { start: 0, end: 6, title: 'Russia' },
        { start: 10, end: 17, title: 'Ukraine', weak: true },
        { start: 20, end: 27, title: 'Georgia (U.S. state)', sense: true },
      ],
      [],
      [{ start: 3, end: 9, title: 'Russia' }],
    ];
    const found = encodeFound(perText);
    expect(found.titles).toEqual(['Russia', 'Ukraine', 'Georgia (U.S. state)']);
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
    expect([0, 1, 2].map((i) => decodeFound(found, i, 30))).toEqual(perText);
  });

  it('drops a text whose reply does not fit it rather than marking the wrong words', () => {
    const found = encodeFound([[{ start: 0, end: 6, title: 'Russia' }]]);
    expect(decodeFound(found, 0, 5)).toEqual([]); // the text is shorter than the match
    expect(decodeFound(found, 1, 50)).toEqual([]); // no such text
    expect(decodeFound({ titles: [], matches: [[0, 6, 0]] }, 0, 50)).toEqual([]); // unknown title
    expect(decodeFound({ titles: ['A'], matches: [[0, 6]] }, 0, 50)).toEqual([]); // truncated
  });
});
