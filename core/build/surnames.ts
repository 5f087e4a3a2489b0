/**
 * A person's surname as a weak alias (docs/aliases.md): news articles name a person in full once, then by the
 * surname alone ("Emmanuel Macron … Macron said"), and the data attests the bare surname for only a few of them.
 * Being weak, a surname is marked only on a page that also names the person in full.
 */
import { aliasRejection } from './alias-rules';
import type { Alias, EntityEntry } from './catalogue/types';
import { stripQualifier } from '../text';

/** A word of a personal name: capitalised ("McEnany", "Jean-Michel", "Mataʻafa"), or an initial ("X."). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’ʻ-]*$|^\p{Lu}\.$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
/** Words inside names that begin the surname, in either case: "von der Leyen", "bin Salman", "Van der Bellen". */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'del', 'zu', 'ter']);
const isParticle = (word: string): boolean => PARTICLES.has(word.toLowerCase());
/** A given name in the East Asian order, after the family name: "Jae-in" of Moon Jae-in, "Suk-yeol" of Yoon Suk-yeol. */
const GIVEN_AFTER = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/**
 * One syllable of Hanyu Pinyin, without tones (a superset: some pairs never occur). Every syllable has an initial but
 * a name's first, which may be a bare a-, o- or e- final ("Ai", "Ou"); j, q and x come before i and u finals only.
 */
const FINALS = 'iang|iong|uang|ang|eng|ing|ong|uai|ian|iao|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u';
const SYLLABLE = `(?:(?:zh|ch|sh|[bpmfdtnlgkhrzcsyw])(?:${FINALS})|[jqx](?:iang|iong|ian|iao|ing|ia|ie|in|iu|i|uan|ue|un|u))`;
const FIRST_SYLLABLE = `(?:${SYLLABLE}|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)`;
/** A Chinese name, family name first: one syllable, then a given name of two or three ("Xi Jinping", "Zhao Lijian"). */
const FAMILY = new RegExp(`^${FIRST_SYLLABLE}$`);
const GIVEN = new RegExp(`^${FIRST_SYLLABLE}${SYLLABLE}{1,2}$`);
/** A surname with the Arabic article, which the news writes with it and without it: "al-Assad", "Assad". */
const ARTICLE = /^(?:al|el|ad|as|ash|at|az|an|ar|ul)-(\p{Lu}[\p{L}\p{M}'’ʻ-]*)$/u;
/** Given names that are also ordinary English words, so the ordinary-word test below would drop their owners. */
export const GIVEN_NAMES = new Set(['Bill', 'Mark', 'Grant', 'Don', 'Frank', 'Guy', 'Ray', 'Jack', 'Will', 'Dean', 'Chuck', 'Rose', 'Grace', 'Hope']);
/**
 * Abbreviations never taken for a surname: titles written before names ("Sen" of Hun Sen: "Sen. Bernie Sanders"),
 * and months and days ("Jan" of Jan Mayen: "Jan. 6").
 */
const ABBREVIATIONS = new Set([
  'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Lieut', 'Rev', 'Hon', 'Inc', 'Ltd', 'Corp', 'Bros',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun',
]);
/** A surname shared by several people goes to the one the data names far more often, or to nobody. */
const DOMINANCE = 3;

/**
 * The words of a title that reads as a name, or undefined: without its qualifier, two to four capitalised words
 * (five with particles), particles only inside, none of the other words one the corpus writes in lower case
 * (except a few given names before the last): "Hurricane Ida", "Morrison Government" and "New Hampshire" do not.
 * `lowerCase` holds every word the corpus writes in lower case, even once: a head noun ("Oblast") is no surname.
 */
function nameWords(title: string, commonWords: ReadonlySet<string>, lowerCase: ReadonlySet<string>): string[] | undefined {
  const words = stripQualifier(title).split(' ');
  const particles = words.filter(isParticle).length;
  // A first word is a given name even when it spells a particle ("Al Gore"), unless written in lower case.
  if (words.length < 2 || words.length - particles > 4 || PARTICLES.has(words[0]) || isParticle(words[words.length - 1])) return undefined;
  const last = words[words.length - 1];
  const bare = ARTICLE.exec(last)?.[1] ?? last;
  if (!NAME_WORD.test(bare) || ALL_CAPITALS.test(bare) || lowerCase.has(bare.toLowerCase())) return undefined;
  for (const w of words.slice(0, -1)) {
    if (isParticle(w)) continue;
    if (!NAME_WORD.test(w) || ALL_CAPITALS.test(w) || (commonWords.has(w.toLowerCase()) && !GIVEN_NAMES.has(w))) return undefined;
  }
  return words;
}

/**
 * A name's surnames: the first word of a name in the East Asian order ("Yoon" of Yoon Suk-yeol, "Xi" of Xi
 * Jinping); from its first particle on ("von der Leyen", and "Von der Leyen" to begin a sentence); else its last
 * word, with and without an article.
 */
function surnamesOf(words: string[], familyFirst: boolean): string[] {
  if (familyFirst) return [words[0]];
  const p = words.findIndex((w, i) => i > 0 && isParticle(w));
  if (p > 0) {
    const phrase = words.slice(p).join(' ');
    const capital = phrase[0].toUpperCase() + phrase.slice(1);
    return capital === phrase ? [phrase] : [phrase, capital];
  }
  const last = words[words.length - 1];
  const bare = ARTICLE.exec(last)?.[1];
  return bare ? [last, bare] : [last];
}

/** A name with a hyphenated given name after the family name ("Yoon Suk-yeol"). */
const hyphenatedGiven = (words: string[]): boolean => words.length === 2 && GIVEN_AFTER.test(words[1]);
/** A name that reads as Chinese in Pinyin ("Xi Jinping"); "Dan Tehan" does too, and its given name tells it apart. */
const pinyin = (words: string[]): boolean => words.length === 2 && FAMILY.test(words[0].toLowerCase()) && GIVEN.test(words[1].toLowerCase());

/** What the surnames change in the catalogue: aliases to add, by entity title, and names taken from their holders. */
interface Surnames {
  added: Map<string, Alias[]>;
  /** Names that were surface forms the data attests once, of an entity the person outnumbers ("Harris": Harris County). */
  released: Set<string>;
}

/** Capitalised words (and the particles inside names) right after a preposition of place: "in Hong Kong", "near Kabul". */
const AFTER_PLACE_WORD = /\b(?:in|near|across|outside|In|Near|Across|Outside) (\p{Lu}[\p{L}\p{M}'’ʻ-]*(?: (?:(?:al|el|de|da|do|dos|del|la|le|van|von|der|den)(?= \p{Lu})|\p{Lu}[\p{L}\p{M}'’ʻ-]*))*)/gu;

/**
 * The names the texts write as places: right after "in", "near", "across" or "outside", and not as a part of a
 * longer name or a possessive ("in Joe Biden's administration", "in the Hamid Karzai International Airport"). "Into"
 * and "at" are left out: "an investigation into Alexei Navalny", "took aim at Donald Trump". A title among them is a
 * place (or a venue), so it has no surname:
 * "Arabia" of Saudi Arabia, "Kong" of Hong Kong, "Scotia" of Nova Scotia read as names by their form alone.
 */
export function placeNames(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(AFTER_PLACE_WORD)) if (!/['’]s$/.test(m[1])) out.add(m[1]);
  }
  return out;
}

/**
 * Each name's surnames (above), unless already a name of some entity (a surface form the data attests once gives way
 * to a person with `DOMINANCE` times its entity's events), or, for a single word, one that begins another name (a
 * given name or a place's first word: "Ahmed", "Costa"), an abbreviation, or a word the alias rules reject ("Easter
 * Monday"). A surname several names share goes to the one with `DOMINANCE` times the events of the next, or to none.
 */
export function surnameAliases(entities: readonly EntityEntry[], commonWords: ReadonlySet<string>, lowerCase: ReadonlySet<string>, places: ReadonlySet<string> = new Set()): Surnames {
  const names = new Map<EntityEntry, string[]>();
  for (const e of entities) {
    const words = nameWords(e.title, commonWords, lowerCase);
    if (words) names.set(e, words);
  }
  const holders = new Map<string, { alias: Alias; events: number }>();
  for (const e of entities) for (const alias of e.aliases) holders.set(alias.text, { alias, events: e.events.length });
  // Given names and places' first words: the first words of names in the Western order (a family name written first
  // is a surname, and competes as one). A name that reads as Pinyin but begins with one of them is Western ("Dan").
  const firstWords = new Set([...names.values()].filter((words) => !hyphenatedGiven(words) && !pinyin(words)).map((words) => words[0]));
  const familyFirst = (words: string[]): boolean => hyphenatedGiven(words) || (pinyin(words) && !firstWords.has(words[0]));
  // A particle phrase whose words after the particles are a name already is that name in a longer one ("de Chile"
  // of Carabineros de Chile): as a weak alias it would hide "Chile" in "Universidad de Chile".
  const namesAfterParticles = (phrase: string) => holders.has(phrase.split(' ').filter((w) => !isParticle(w)).join(' '));
  const owners = new Map<string, EntityEntry[]>();
  for (const [e, words] of names) {
    const family = familyFirst(words);
    for (const surname of surnamesOf(words, family)) {
      const held = holders.get(surname);
      if (held && !(held.alias.kind === 'surface' && held.alias.count < 2 && e.events.length >= DOMINANCE * held.events)) continue;
      const oneWord = !surname.includes(' ');
      if (!oneWord && namesAfterParticles(surname)) continue;
      const shortest = family ? 2 : 3; // "Xi"
      if (oneWord && (surname.length < shortest || firstWords.has(surname) || ABBREVIATIONS.has(surname) || aliasRejection(surname))) continue;
      if (family && lowerCase.has(surname.toLowerCase())) continue; // "Moon": also a word
      (owners.get(surname) ?? owners.set(surname, []).get(surname)!).push(e);
    }
  }
  const added = new Map<string, Alias[]>();
  const released = new Set<string>();
  for (const [surname, people] of owners) {
    const [first, second] = [...people].sort((x, y) => y.events.length - x.events.length);
    if (second && first.events.length < DOMINANCE * second.events.length) continue;
    // A place competes for the word like a person (so "Dakota" goes to neither Dakota), but gets no surname.
    if (places.has(stripQualifier(first.title))) continue;
    if (holders.has(surname)) released.add(surname); // a once-attested name its holder gives way (checked above)
    const alias: Alias = { text: surname, kind: 'surname', count: first.events.length };
    (added.get(first.title) ?? added.set(first.title, []).get(first.title)!).push(alias);
  }
  return { added, released };
}
