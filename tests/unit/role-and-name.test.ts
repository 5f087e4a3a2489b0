import { describe, expect, it } from 'vitest';
import type { Match } from '../../core/names/matcher';
import { isPersonTitle, withRolesInNames } from '../../core/names/role-and-name';

/** Matches at the first occurrence of each text. */
const at = (text: string, parts: Array<[string, string, boolean?]>): Match[] =>
  parts.map(([words, title, weak]) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, title, ...(weak && { weak }) }));
const kept = (text: string, parts: Array<[string, string, boolean?]>) => withRolesInNames(at(text, parts), text).map((m) => m.title);

describe('a role and a name', () => {
  it('are one mention of the person: the office matched as a name is not one', () => {
    const text = 'Afghan President Ashraf Ghani flew to Doha.';
    expect(kept(text, [['Afghan President', 'Afghan President'], ['Ashraf Ghani', 'Ashraf Ghani'], ['Doha', 'Doha']])).toEqual(['Ashraf Ghani', 'Doha']);
  });
  it('drop a people’s word inside the role, but not a strong name', () => {
    const text = 'Afghan Defense Minister Bismillah Khan and Taliban leader Haibatullah Akhundzada met.';
    const parts: Array<[string, string, boolean?]> = [
      ['Afghan', 'Afghanistan', true],
      ['Bismillah Khan', 'Bismillah Khan'],
      ['Taliban', 'Taliban'],
      ['Haibatullah Akhundzada', 'Haibatullah Akhundzada'],
    ];
    expect(kept(text, parts)).toEqual(['Bismillah Khan', 'Taliban', 'Haibatullah Akhundzada']);
  });
  it('leave names alone when no role stands between them, or what follows is no person', () => {
    expect(kept('Afghan troops met Ashraf Ghani.', [['Afghan', 'Afghanistan', true], ['Ashraf Ghani', 'Ashraf Ghani']])).toEqual(['Afghanistan', 'Ashraf Ghani']);
    expect(kept('The Afghan President Supreme Court ruled.', [['Afghan President', 'Afghan President'], ['Supreme Court', 'Supreme Court']])).toEqual(['Afghan President', 'Supreme Court']);
  });
  it('reads a person’s name by its words', () => {
    expect(isPersonTitle('Ashraf Ghani')).toBe(true);
    expect(isPersonTitle('Mohammed bin Salman')).toBe(true);
    expect(isPersonTitle('Supreme Court of the United States')).toBe(false);
    expect(isPersonTitle('Taliban')).toBe(false);
  });
});
