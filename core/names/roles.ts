/**
 * The words of a role written before a name ("Afghan President Ashraf Ghani", "U.S. Defense Secretary Lloyd Austin",
 * "Russian opposition leader Alexei Navalny"): the card's line of who someone is (core/build/entity-roles.ts) and
 * the marking rule that makes a role and a name one mention (core/names/role-and-name.ts) read them alike.
 */

/** Words that say what someone is: a role ends on one ("President", "leader"). */
export const PERSON_ROLES = new Set(
  ('president premier minister chancellor secretary secretary-general king queen emperor empress pope prince princess ' +
    'governor mayor senator congressman congresswoman representative speaker chairman chairwoman chair ceo founder ' +
    'co-founder leader general commander ambassador envoy judge justice cleric ayatollah archbishop patriarch bishop ' +
    'activist dissident politician journalist actor actress singer rapper musician businessman businesswoman billionaire ' +
    'footballer player coach author writer novelist director economist scientist comedian presenter host astronaut ' +
    'monarch dictator ruler warlord spokesman spokeswoman spokesperson negotiator officer chief candidate nominee lawmaker mp ' +
    'sheikh emir sultan colonel admiral taoiseach')
    .split(' '),
);

/** Words that name a kind of thing, not a person's role ("the militant group Hamas"). */
export const KINDS = new Set(
  'group party movement organization organisation alliance company airline bank network agency band club newspaper broadcaster militia union federation council coalition insurgents rebels'.split(
    ' ',
  ),
);

/** Lower-case words a role may hold before its noun ("opposition leader", "defense minister", "militant group"). */
export const ROLE_WORDS = new Set(
  ('of the for and on in de opposition foreign defense defence finance interior health justice economy trade prime ' +
    'deputy vice acting interim supreme chief general state militant islamist rebel separatist political ruling ' +
    'conservative liberal far-right far-left right-wing left-wing socialist communist nationalist human rights ' +
    'environmental climate tech social media investigative former presidential')
    .split(' '),
);

/** Words that make an office another office ("Vice President", "Prime Minister", "Defense Secretary"); a place or a people does not. */
export const OFFICE_WORDS = new Set('prime vice deputy foreign defense defence finance interior attorney supreme opposition health justice home'.split(' '));

/** Whether a word ends a role ("President", "leader", "group"). */
export const isRoleNoun = (word: string): boolean => PERSON_ROLES.has(word.toLowerCase()) || KINDS.has(word.toLowerCase());
