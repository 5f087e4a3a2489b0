/**
 * A person's surname as a weak alias (docs/aliases.md): news articles name a person in full once, then by the
 * surname alone ("Emmanuel Macron … Macron said"), and the data attests the bare surname for only a few of them.
 * Being weak, a surname is marked only on a page that also names the person in full.
 */
import { aliasRejection } from './alias-rules';
import type { Alias, EntityEntry } from './catalogue';
import { stripQualifier } from './text';

/** A word of a personal name: capitalised ("McEnany", "Jean-Michel", "Mataʻafa"), or an initial ("X."). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’ʻ-]*$|^\p{Lu}\.$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
/** Given names that are also ordinary English words, so the ordinary-word test below would drop their owners. */
const GIVEN_NAMES = new Set(['Bill', 'Mark', 'Grant', 'Don', 'Frank', 'Guy', 'Ray', 'Jack', 'Will', 'Dean', 'Chuck', 'Rose', 'Grace', 'Hope']);
/** Abbreviations written before names ("Sen. Bernie Sanders"), never taken for a surname ("Sen" of Hun Sen). */
const ABBREVIATIONS = new Set(['Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Lieut', 'Rev', 'Hon', 'Inc', 'Ltd', 'Corp', 'Bros']);
/** A surname shared by several people goes to the one the data names far more often, or to nobody. */
const DOMINANCE = 3;

/**
 * Surname aliases by entity title. A title reads as a name when, without its qualifier, it has two to four words,
 * all capitalised, none of them written in lower case in the corpus (except a few given names before the last):
 * "Hurricane Ida", "Morrison Government" and "New Hampshire" do not. Its last word becomes a surname alias unless
 * that word is already a name of some entity, begins another such name (a given name or a place's first word:
 * "Ahmed", "Costa"), or would be rejected as an alias anyway ("Easter Monday"). `lowerCase` holds every word the
 * corpus writes in lower case, even once ("institute", "oblast"): a head noun is not a surname.
 */
export function surnameAliases(entities: readonly EntityEntry[], commonWords: ReadonlySet<string>, lowerCase: ReadonlySet<string>): Map<string, Alias> {
  const names = new Map<EntityEntry, string[]>();
  for (const e of entities) {
    const words = stripQualifier(e.title).split(' ');
    if (words.length < 2 || words.length > 4) continue;
    if (!words.every((w) => NAME_WORD.test(w) && !ALL_CAPITALS.test(w))) continue;
    if (words.slice(0, -1).some((w) => commonWords.has(w.toLowerCase()) && !GIVEN_NAMES.has(w))) continue;
    if (lowerCase.has(words[words.length - 1].toLowerCase())) continue;
    names.set(e, words);
  }
  const taken = new Set(entities.flatMap((e) => e.aliases.map((a) => a.text)));
  const firstWords = new Set([...names.values()].map((words) => words[0]));
  const owners = new Map<string, EntityEntry[]>();
  for (const [e, words] of names) {
    const surname = words[words.length - 1];
    if (surname.length < 3 || taken.has(surname) || firstWords.has(surname) || ABBREVIATIONS.has(surname) || aliasRejection(surname)) continue;
    (owners.get(surname) ?? owners.set(surname, []).get(surname)!).push(e);
  }
  const out = new Map<string, Alias>();
  for (const [surname, people] of owners) {
    const [first, second] = [...people].sort((x, y) => y.events.length - x.events.length);
    if (second && first.events.length < DOMINANCE * second.events.length) continue;
    out.set(first.title, { text: surname, kind: 'surname', count: first.events.length });
  }
  return out;
}
