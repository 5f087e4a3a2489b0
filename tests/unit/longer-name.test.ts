import { describe, expect, it } from 'vitest';
import { withoutLongerNamePieces } from '../../core/names/longer-name';
import type { Match } from '../../core/names/matcher';

/** Whether the name `words` (its first occurrence in `text`, linked to `title`) is still marked. */
const marked = (text: string, words: string, title = words, others: Match[] = []): boolean => {
  const at = text.indexOf(words);
  const m: Match = { start: at, end: at + words.length, title };
  return withoutLongerNamePieces([m, ...others].sort((a, b) => a.start - b.start), text).includes(m);
};

describe('a piece of a longer name', () => {
  it('is not marked when capitalised words follow it, or a capitalised word and "of" come before it', () => {
    expect(marked('Many Ohio State fans feel it is a trend.', 'Ohio')).toBe(false);
    expect(marked('Bombs went off on the Jersey Shore on Saturday.', 'Jersey')).toBe(false);
    expect(marked('A New York Post article quoted a fan.', 'New York', 'New York (state)')).toBe(false);
    expect(marked('Check traffic on Google Maps before leaving.', 'Google')).toBe(false);
    expect(marked('The pool overlooks the Gulf of Salerno below.', 'Salerno')).toBe(false);
  });
  it('nor is a town before another state than its title names', () => {
    expect(marked('Officers in Columbus, Indiana, said so.', 'Columbus', 'Columbus (Ohio)')).toBe(false);
    expect(marked('A concert in Houston, TX on Friday.', 'Houston')).toBe(true);
  });
  it('is marked before a role, a day, another name, a lower-case word or an ampersand', () => {
    expect(marked('Texas Governor Greg Abbott spoke.', 'Texas')).toBe(true);
    expect(marked('Ukraine Monday said it would.', 'Ukraine')).toBe(true);
    expect(marked('The Afghan forces left.', 'Afghan', 'Afghanistan')).toBe(true);
    const text = 'Kenya Uganda talks ended.';
    expect(marked(text, 'Kenya', 'Kenya', [{ start: 6, end: 12, title: 'Uganda' }])).toBe(true);
    expect(marked('What has the New York Times R&D lab done?', 'New York Times')).toBe(true);
    expect(marked('One of Alibaba’s shares is worth more.', 'Alibaba')).toBe(true);
  });
  it('is marked in a headline in title case, where every word is capitalised', () => {
    expect(marked('Taliban Say They Freed US, Australian Hostages For Three Prisoners', 'Taliban')).toBe(true);
  });
});
