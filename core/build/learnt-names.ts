/**
 * Names the linked events never link, learnt from the text of the events without links (docs/aliases.md, "Names of
 * events without links"): a run of two to four capitalised words that the catalogue does not know, written in
 * several events on several days, and either written after a role word at least once ("Kenyan President William
 * Ruto", "former president Hosni Mubarak") or written very often. Each becomes an entity of its own, the name as
 * written its title, with the person's surname as a weak alias where the surname rules give one.
 */
import type { Catalogue, EntityEntry } from './catalogue';
import { isDayRecordId } from './day-records';
import { GIVEN_NAMES, placeNames, surnameAliases } from './surnames';
import { aliasRejection } from './alias-rules';
import { writingKey } from './catalogue/spelling-folds';
import type { NewsEvent } from '../types';
import { foldText } from '../text';

/** Evidence a name needs: events that write it, on distinct days; without a role word, far more events. */
export const LEARNT_MIN_EVENTS = 2;
export const LEARNT_MIN_DAYS = 2;
export const LEARNT_MIN_EVENTS_WITHOUT_ROLE = 5;

/** A capitalised word ("Ruto", "Jean-Claude", "Mataʻafa", "al-Assad"), or an initial ("W."). */
const WORD = String.raw`\p{Lu}\.(?!\p{L})|(?:(?:al|el|ad|as|ash|at|az|an|ar)-)?\p{Lu}[\p{L}\p{M}'’ʻ-]*`;
/** Words inside names, in lower case: "bin Salman", "da Silva", "van der Bellen". */
const PARTICLE = '(?:al|el|bin|ibn|bint|von|van|der|den|de|da|di|du|la|le|dos|das|del|zu|ter)';
const RUN = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}'’.-])(?:${WORD})(?: (?:${PARTICLE} )*(?:${WORD}))*`, 'gu');
const IS_PARTICLE = new RegExp(`^${PARTICLE}$`);
const POSSESSIVE = /['’]s?$/;
/** An adjective made of a name: "United Nations-backed", "Saudi-led". */
const HYPHENED = /-(?:backed|led|based|born|owned|run|controlled|held|style|era|linked|allied|affiliated|funded|sponsored|made|bound|related|brokered|occupied|administered|majority|dominated|type|class)$/;

/** Words that say a person's office or calling, in either case: what makes a name a person's. */
const ROLES = new Set([
  'president', 'vice-president', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess', 'senator', 'governor',
  'leader', 'general', 'pope', 'premier', 'mayor', 'ambassador', 'chairman', 'chairwoman', 'chair', 'commander',
  'judge', 'justice', 'spokesman', 'spokeswoman', 'spokesperson', 'candidate', 'activist', 'journalist', 'former',
  'sheikh', 'ayatollah', 'emir', 'sultan', 'archbishop', 'bishop', 'cardinal', 'congressman', 'congresswoman',
  'lawmaker', 'dictator', 'colonel', 'admiral', 'secretary', 'founder', 'actor', 'actress', 'singer', 'rapper',
  'businessman', 'businesswoman', 'billionaire', 'tycoon', 'representative', 'politician', 'author', 'writer',
  'director', 'coach', 'cleric', 'rebel', 'warlord', 'dissident', 'opposition', 'presidential', 'ceo', 'mp',
  'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'dr.', 'president-elect', 'prime', 'deputy', 'speaker', 'monarch', 'taoiseach', 'emperor', 'empress', 'crown', 'sir', 'dame',
]);
/** Words that begin or end a run without being a part of a name. */
const STOP = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

interface Sighting { events: Set<string>; days: Set<string>; roles: number; forms: Map<string, number>; continued: number; count: number }

/**
 * The candidates of a text: each run of capitalised words split at possessives, less a leading role phrase (through
 * its last role word, which is the role evidence), ordinary words ("The", "After") and stop words at its ends.
 */
export function candidatesIn(text: string, commonWords: ReadonlySet<string>): Array<{ name: string; role: boolean; continued: boolean }> {
  const out: Array<{ name: string; role: boolean; continued: boolean }> = [];
  for (const m of text.matchAll(RUN)) {
    const before = text.slice(0, m.index).match(/([\p{L}.-]+)\s+$/u)?.[1]?.toLowerCase();
    let role = before !== undefined && ROLES.has(before);
    let words: string[] = [];
    const after = text.slice(m.index + m[0].length);
    const flush = (where: 'run' | 'piece' | 'end') => {
      const w = words;
      words = [];
      const r = role;
      role = false;
      const lastRole = w.reduce((k, x, i) => (ROLES.has(x.toLowerCase()) ? i : k), -1);
      let start = lastRole + 1;
      let end = w.length;
      const ordinary = (x: string) => STOP.has(x) || (commonWords.has(x.toLowerCase()) && !GIVEN_NAMES.has(x));
      while (start < end && (ordinary(w[start]) || IS_PARTICLE.test(w[start]))) start++;
      while (end > start && (ordinary(w[end - 1]) || IS_PARTICLE.test(w[end - 1]))) end--;
      const name = w.slice(start, end);
      const full = name.filter((x) => !IS_PARTICLE.test(x));
      if (full.length < 2 || full.length > 4) return;
      if (name.some((x, i) => (i < name.length - 1 ? ordinary(x) && !GIVEN_NAMES.has(x) : ordinary(x)) || /^\p{Lu}{2,}$/u.test(x))) return;
      if (/^\p{Lu}\.?$/u.test(name[name.length - 1]) || HYPHENED.test(name[name.length - 1])) return;
      out.push({ name: name.join(' '), role: start === lastRole + 1 && (lastRole >= 0 || r), continued: end === w.length && (where === 'piece' || (where === 'end' && /^ (?:of|de|for|and|in) (?:the )?\p{Lu}/u.test(after))) });
    };
    for (const word of m[0].split(' ')) {
      if (POSSESSIVE.test(word)) {
        words.push(word.replace(POSSESSIVE, ''));
        // A plural's apostrophe inside a name ("al-Aqsa Martyrs' Brigades") leaves a piece before it.
        flush(/s['’]$/.test(word) ? 'piece' : 'run');
      } else words.push(word);
    }
    flush('end');
  }
  return out;
}

/**
 * Every name the catalogue knows, folded, and as written in any case with any dash; those of several words; the runs
 * of words inside those (a candidate that is one is a piece of a known name: "Yoon Suk", "York Yankees"), less a name
 * a title holds whole, which is a name in its own right ("Taylor Swift" in "Taylor Swift masters dispute", "Margaret
 * Thatcher" in "Death of Margaret Thatcher", "Davis Cup" in "2004 Davis Cup"); and the one-word names that are no
 * word of their entity's title, the demonyms ("Russian" for Russia): a candidate holding one is an
 * adjective's phrase ("North American", "Bosnian Serb") or a mashup ("British Labour").
 */
function knownNames(catalogue: Catalogue): { all: Set<string>; written: Set<string>; long: Set<string>; pieces: Set<string>; demonyms: Set<string> } {
  const demonyms = new Set<string>();
  for (const e of catalogue.entities) {
    for (const a of e.aliases) if (a.kind === 'surface' && !a.text.includes(' ') && !e.title.split(/[\s,()]+/).includes(a.text)) demonyms.add(foldText(a.text));
  }
  const names = new Set<string>();
  // The names of things a link names: a story heading's title is written whole in its heading, never cut in the text.
  const linkedNames = new Set<string>();
  for (const e of catalogue.entities) {
    const linked = e.events.some((id) => !isDayRecordId(id));
    for (const n of [e.title, ...e.folded, ...e.aliases.map((a) => a.text)]) {
      names.add(n);
      if (linked) linkedNames.add(n);
    }
  }
  const all = new Set([...names].map(foldText));
  // Known in any case and with any dash: "Kim Jong-Un" is Kim Jong-un (catalogue/spelling-folds.ts `writingKey`).
  const written = new Set([...all].map(writingKey));
  const long = new Set([...all].filter((n) => n.includes(' ')));
  const pieces = new Set<string>();
  for (const name of linkedNames) {
    const parts = name.split(/([ -])/);
    const words = parts.filter((_, k) => k % 2 === 0);
    if (words.length < 3 || words.length > 6 || words.some((w) => !w)) continue;
    const joint = (k: number) => parts[2 * k - 1];
    const capital = words.map((w) => /^\p{Lu}/u.test(w));
    // Where a name inside the title can begin or end: at the title's ends, next to a lower-case word or a number, at a
    // hyphen between two names ("Lance Armstrong-USADA"), after a role word ("Taoiseach Brian Cowen"), or before a
    // known name of several words ("James Comey Senate Intelligence Committee testimony").
    const opens = (i: number) => i === 0 || (joint(i) === ' ' ? !capital[i - 1] || ROLES.has(words[i - 1].toLowerCase()) : capital[i]);
    const nameAt = (j: number) => words.some((_, k) => k > j && long.has(foldText(words.slice(j, k + 1).join(' '))));
    const closes = (j: number) => j === words.length || (joint(j) === ' ' ? !capital[j] || nameAt(j) : capital[j]);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 2; j <= words.length; j++) {
        if (j - i === words.length) continue;
        const whole = capital.slice(i, j).every(Boolean) && opens(i) && closes(j);
        if (!whole) pieces.add(foldText(words.slice(i, j).join(' ')));
      }
    }
  }
  return { all, written, long, pieces, demonyms };
}

/** A known name of several words inside the candidate: a longer name of a known thing, or a mashup of two. */
function holdsKnownName(words: string[], long: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 2; j <= words.length; j++) if (j - i < words.length && long.has(words.slice(i, j).join(' '))) return true;
  }
  return false;
}

/** The names learnt from the events without links, as catalogue entries (their events are filled in later). */
export function learnNames(events: readonly NewsEvent[], catalogue: Catalogue): EntityEntry[] {
  const unlinked = events.filter((e) => isDayRecordId(e.id));
  const known = knownNames(catalogue);
  const seen = new Map<string, Sighting>();
  for (const event of unlinked) {
    for (const { name, role, continued } of candidatesIn(event.text, catalogue.commonWords)) {
      const key = foldText(name);
      if (known.all.has(key) || known.written.has(writingKey(key))) continue;
      const s = seen.get(key) ?? seen.set(key, { events: new Set(), days: new Set(), roles: 0, forms: new Map(), continued: 0, count: 0 }).get(key)!;
      s.count++;
      if (continued) s.continued++;
      s.events.add(event.id);
      s.days.add(event.date);
      if (role) s.roles++;
      s.forms.set(name, (s.forms.get(name) ?? 0) + 1);
    }
  }
  const learnt: EntityEntry[] = [];
  for (const [key, s] of seen) {
    if (s.events.size < LEARNT_MIN_EVENTS || s.days.size < LEARNT_MIN_DAYS) continue;
    if (!s.roles && s.events.size < LEARNT_MIN_EVENTS_WITHOUT_ROLE) continue;
    // A piece of a longer name: "Africa Cup" of Africa Cup of Nations, written on with "of" in most of its uses.
    if (s.continued * 2 >= s.count) continue;
    const words = key.split(' ');
    // A mashup of a name and a longer-written one: "Yemen Ali Abdullah Saleh".
    const oftener = (part: string[]) => (seen.get(part.join(' '))?.events.size ?? 0) >= s.events.size;
    if (words.some((_, i) => i >= 1 && i <= words.length - 2 && (oftener(words.slice(i)) || oftener(words.slice(0, words.length - i))))) continue;
    if (known.pieces.has(key) || words.some((w) => known.demonyms.has(w)) || holdsKnownName(words, known.long) || aliasRejection(key)) continue;
    const title = [...s.forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
    learnt.push({ title, folded: [], aliases: [{ text: title, kind: 'title', count: s.events.size }], events: [...s.events] });
  }
  return learnt;
}

/**
 * Adds the learnt names to the catalogue, each person's surname as a weak alias where the surname rules
 * (core/build/surnames.ts) give one that no entity holds.
 */
export function addLearntNames(events: readonly NewsEvent[], catalogue: Catalogue): EntityEntry[] {
  const learnt = learnNames(events, catalogue);
  if (!learnt.length) return learnt;
  const texts = events.map((e) => `${e.text} ${e.summary ?? ''}`);
  const lowerCase = new Set<string>();
  for (const text of texts) for (const [w] of text.matchAll(/\p{L}+/gu)) if (w === w.toLowerCase()) lowerCase.add(w);
  const { added } = surnameAliases([...catalogue.entities, ...learnt], catalogue.commonWords, lowerCase, placeNames(texts));
  for (const e of learnt) {
    e.aliases.push(...(added.get(e.title) ?? []));
    catalogue.canonical.set(e.title, e.title);
    catalogue.entities.push(e);
  }
  return learnt;
}
