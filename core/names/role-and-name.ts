/**
 * A role and the person's name after it are one mention of the person: in "Afghan President Ashraf Ghani" and
 * "U.S. Defense Secretary Lloyd Austin" the office ("Afghan President", "Defense Secretary") is no entity of its
 * own, and a people's word inside the role ("Afghan") no mention of its country. A name inside the role that is
 * more than a people's word stays ("Taliban leader Haibatullah Akhundzada": the Taliban).
 */
import type { Match } from './matcher';
import { isRoleNoun, ROLE_WORDS } from './roles';

/** At most this many words of a role before a name. */
const MAX_ROLE_WORDS = 5;
/** Words in a title that make it no person's name ("Supreme Court", "Workers' Party"). */
const NOT_A_PERSON = /\b(state|states|republic|union|kingdom|party|council|ministry|army|forces?|court|bank|university|group|company|news|times|post|city|county|province|region|island|islands|river|war|crisis)\b/i;

/** Whether a title reads as a person's name: two to four capitalised words. */
export const isPersonTitle = (title: string): boolean =>
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*| (?:al|bin|de|da|van|von|der|la|le)){1,3}$/u.test(title) && !NOT_A_PERSON.test(title);

/** Whether a match is an office: its text ends on a role ("Afghan President", "Defense Secretary"). */
const isOffice = (match: Match, text: string): boolean => isRoleNoun(text.slice(match.start, match.end).split(/\s+/).pop() ?? '');

/** The matches of a text less the offices and peoples' words that are part of a role before a person's name. */
export function withRolesInNames(matches: Match[], text: string): Match[] {
  const dropped = new Set<Match>();
  matches.forEach((person, i) => {
    if (i === 0 || !isPersonTitle(person.title)) return;
    // The words right before the name, back to where a role cannot reach: they must end on a role noun.
    let at = person.start;
    let words = 0;
    let roleEnds = false;
    let k = i - 1;
    while (words < MAX_ROLE_WORDS) {
      const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
      if (!before) break;
      const start = at - before[0].length;
      const word = before[1];
      const inside = k >= 0 && matches[k].end > start ? matches[k] : undefined;
      if (inside) {
        // An office matched as a name ends the role itself; a people's word may only be inside one.
        if (!isOffice(inside, text) && !(roleEnds && inside.weak)) break;
        dropped.add(inside);
        roleEnds = true;
        at = inside.start;
        k--;
      } else {
        if (isRoleNoun(word)) roleEnds = true;
        else if (!(roleEnds && (ROLE_WORDS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word)))) break;
        at = start;
      }
      words++;
    }
  });
  return dropped.size ? matches.filter((m) => !dropped.has(m)) : matches;
}
