import { splitHeadline } from '../story-prefix';
import type { DayLine } from './read-day';
import type { Source } from '../../types';

/**
 * What one line of a portal day is: a story heading (the exact title of a Wikipedia article, or a few of them
 * joined by ", ") or an event (sentences, usually ending in "(Source Name)" groups). The portal's bullets lost
 * their nesting and links, so this is read from the words alone.
 */
export type LineKind = { kind: 'heading'; titles: string[] } | { kind: 'event'; text: string; sources: Source[]; stories: string[] };

/** Trailing parenthesised groups: "… in Libya. (Middle East Monitor) (Reuters)". */
const TRAILING_GROUP = /[\s,]*\(((?:[^()]|\([^()]*\))*)\)[\s,`]*$/;
/** Initials and abbreviations: their full stop ends no sentence ("John F. Kennedy", "Carroll v. Trump", "Jr."). */
const ABBREVIATION = /\b(?:\p{Lu}|v|vs|Jr|Sr|Inc|Co|Corp|Ltd|St|Bros|Mr|Dr|No)\./gu;
/** A year after a comma belongs to the title ("Tanzanian general election, 2015"), it is not a second title. */
const YEAR = /^\d{4}$/;
/** A part after a comma that ends the title before it: "Washington, D.C.", "Tesla, Inc.", "Martin Luther King, Jr.". */
const TITLE_TAIL = /^(?:(?:\p{Lu}\.)+|Jr\.|Sr\.|Inc\.|Co\.|Corp\.|Ltd\.|LLC|plc|S\.A\.)$/u;
/** A title is a name, not a sentence: at most this many words per title. */
const MAX_TITLE_WORDS = 16;
/** A section cannot end with a story heading: a longer "title" there is a sentence with no source. */
const MAX_LAST_HEADING_WORDS = 5;
/** A title's own qualifier follows a short name ("Israeli–Palestinian conflict (Operation Summer Rains)"). */
const MAX_QUALIFIED_WORDS = 7;

function stripSources(text: string): { body: string; names: string[] } {
  const names: string[] = [];
  let body = text;
  for (let m = TRAILING_GROUP.exec(body); m; m = TRAILING_GROUP.exec(body)) {
    names.unshift(m[1].trim());
    body = body.slice(0, m.index);
  }
  return { body: body.trimEnd(), names };
}

/** Ends like a sentence: a full stop (not an initial or abbreviation), "!", "?", or a closing quote after one. */
const endsSentence = (text: string) => /[.!?…]["'”’]?$/.test(text.replace(ABBREVIATION, ''));

/** Title-like: a name, not a sentence (a later title of a list may start in lower case: "…, impact of the pandemic"). */
function isTitle(part: string, first: boolean): boolean {
  if (!(first ? /^["'“‘(]?[\p{Lu}\p{N}]/u : /^\S/u).test(part) || endsSentence(part)) return false;
  if (/[.!?] +[\p{Lu}"“]/u.test(part.replace(ABBREVIATION, '')) || /: /.test(part)) return false;
  return part.split(' ').length <= MAX_TITLE_WORDS;
}

/**
 * Whether the one parenthesised group after a line that reads like a title is its source ("Tornadoes strike North
 * Texas as part of an outbreak (CNN)") rather than the title's qualifier ("(2001–2021)", "(band)").
 */
const isSource = (group: string, body: string) =>
  /^\p{Lu}/u.test(group) && !/\d{4}/.test(group) && body.split(' ').length > MAX_QUALIFIED_WORDS && !isAcronymOf(group, body);

/** "Islamic State in Iraq and the Levant (ISIL)": the group spells the capitals of the name. */
function isAcronymOf(group: string, body: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(group)) return false;
  const capitals = body.split(/[\s-]+/).map((w) => w[0]).filter((c) => c && /\p{Lu}/u.test(c)).join('');
  let at = 0;
  for (const c of group) {
    const i = capitals.indexOf(c, at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

/** "A, B, 2015" → ["A", "B, 2015"]; "COVID-19 pandemic in Washington, D.C." is one title. */
function titlesOf(line: string): string[] {
  const titles: string[] = [];
  for (const part of line.split(', ')) {
    if (titles.length && (YEAR.test(part) || TITLE_TAIL.test(part))) titles[titles.length - 1] += `, ${part}`;
    else titles.push(part);
  }
  return titles;
}

const asSources = (names: string[]): Source[] => names.filter(Boolean).map((name) => ({ name, url: '' }));

/**
 * An event of the early years names its story inline, before a colon: "Tulip Revolution: After taking
 * Jalal-Abad, …" (the pages' prefix rule, `splitHeadline`, but only its ": " separators: a ". " there ends a
 * sentence). A line that is titles only is a heading.
 */
function event(line: string, sources: Source[]): LineKind {
  const stories: string[] = [];
  let end = 0;
  for (const story of splitHeadline(line).topics) {
    const at = line.indexOf(story, end) + story.length;
    if (line[at] !== ':') break;
    stories.push(story);
    end = at + 1;
  }
  const text = line.slice(end).trim();
  // "Sinai insurgency: July 2015 Sinai attacks": a chain of headings written on one line.
  if (stories.length && !sources.length && isTitle(text, true)) return { kind: 'heading', titles: [...stories, text] };
  return { kind: 'event', text, sources, stories };
}

/** Reads one line (already squashed). */
export function lineKind(line: string): LineKind {
  const { body, names } = stripSources(line);
  // Sources follow a sentence's end; parentheses right after a name are the title's own ("War in Afghanistan (2001–2021)").
  if (names.length && endsSentence(body)) return event(body, asSources(names));
  const titles = titlesOf(line);
  // A title has at most one parenthesised qualifier of its own; more groups are sources.
  const sourced = names.length > 1 || (names.length === 1 && isSource(names[0], body));
  if (!sourced && titles.every((t, i) => isTitle(t, i === 0))) return { kind: 'heading', titles };
  // A sentence whose sources follow with no full stop: "… most of them schoolchildren (Xinhua) (Reuters)".
  if (names.length && body) return event(body, asSources(names));
  return event(line, []);
}

/** Each line of a section told apart, with its line number. */
export function kindsOf(lines: DayLine[]): Array<LineKind & { line: number }> {
  const kinds = lines.map((l) => ({ ...lineKind(l.text), line: l.line }));
  const last = kinds.at(-1);
  if (last?.kind === 'heading' && last.titles.join(', ').split(' ').length > MAX_LAST_HEADING_WORDS) {
    kinds[kinds.length - 1] = { ...event(last.titles.join(', '), []), line: last.line };
  }
  return kinds;
}
