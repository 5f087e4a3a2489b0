/**
 * A known name that is a piece of a longer name the text writes is not marked: "Ohio State fans" are not Ohio's,
 * "Jersey Shore" is not the island, "Google Maps", "Apple Watch", "New York Post", "Toronto International Film
 * Festival", "Gulf of Salerno", "University of California" are other things; and a town followed by its US state or
 * Canadian province ("Moscow, Kansas", "Melbourne, Florida", "Victoria, BC") is not the namesake the title names.
 * Judged on a sample of marks on unseen pages (docs/judgements/marks-judged.md): half of the wrong entities.
 */
import type { Match } from './matcher';
import { isRoleNoun, OFFICE_WORDS } from './roles';

/** Capitalised words after a name that do not make it longer: days, months, roles ("Texas Governor Greg Abbott"). */
const NOT_LONGER = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december i a the and or but in on at to for of by with from as after before since during ' +
    'cfo cto coo')
    .split(' '),
);

const STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|BC|ON|QC|AB|Fla|Calif|Ind|Kan|Mich|Minn|Tenn|Wash|Wis';
/** ", Kansas", ", BC", ", Fla.": a US state or a Canadian province after a place. */
const STATE_AFTER = new RegExp(`^,\\s+(${STATES})\\.?(?![\\p{L}\\p{N}])`, 'u');
/** "Gulf of ", "University of the ": a capitalised word and "of" right before a name, not at a sentence's start. */
const OF_BEFORE = /(?:[\p{L}\p{N},;:'’"”)]\s+)(\p{Lu}[\p{L}'’]*)\s+(?:of|de|del|du)\s+(?:the\s+)?$/u;
/** Words that head a longer name with "of": places, bodies, events ("Gulf of", "Society of", "Battle of"); not a person's ("King Abdullah of Jordan"). */
const HEADS_OF = new Set(
  ('gulf bay sea lake strait straits isle isles island islands cape port mount university college society academy institute ' +
    'bank office department ministry council board court association federation league church museum library hospital school ' +
    'center centre festival battle siege treaty diocese archdiocese duke duchess earl county province city chamber commission ' +
    'committee agency authority coast school')
    .split(' '),
);

/** Whether most words of the text are capitalised (a headline in title case: "Taliban Say They Freed Hostages"). */
function inTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.85 * words.length;
}

/** A capitalised word that makes a name longer, not a role, a day or a function word. */
function lengthens(word: string): boolean {
  const lower = word.toLowerCase();
  // An acronym after a name is another thing ("UK GDP", "US FDA"), as is an ampersand's ("R&D").
  return /^\p{Lu}/u.test(word) && !/^\p{Lu}{2,}$/u.test(word) && !word.includes('&') && !NOT_LONGER.has(lower) && !isRoleNoun(lower) && !OFFICE_WORDS.has(lower);
}

export function withoutLongerNamePieces(matches: Match[], text: string): Match[] {
  const titleCase = inTitleCase(text);
  return matches.filter((m, i) => {
    const after = text.slice(m.end, m.end + 40);
    // Only where the title says it is another place ("Columbus (Ohio)" before ", Indiana"): a title without a
    // qualifier may well be the town the text means ("Houston, TX").
    const state = STATE_AFTER.exec(after);
    if (state && /[(,]/.test(m.title) && !m.title.includes(state[1])) return false;
    if (titleCase) return true;
    // The next word, when another name does not start there.
    const next = /^ (\p{Lu}[\p{L}\p{N}'’&.-]*)/u.exec(after);
    if (next && matches[i + 1]?.start !== m.end + 1 && lengthens(next[1].replace(/[.'’]+$/, ''))) return false;
    const of = OF_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    return !(of && HEADS_OF.has(of[1].toLowerCase()));
  });
}
