/**
 * Who or what an entity is, in one line the hover card shows under its name, taken from the data itself: the role
 * words the portal writes before the name ("Russian President Vladimir Putin", "Mayor of London Boris Johnson",
 * "opposition leader Alexei Navalny", "the militant group Hamas"), each office with the years the news gave it
 * ("President of Russia (2002–)"); for a name the news never gives a role, the stories it is most in. Nothing is
 * looked up anywhere else.
 */
import { isRoleNoun, KINDS, OFFICE_WORDS, ROLE_WORDS } from '../names/roles';
import { stripQualifier } from '../text';
import type { NewsEvent } from '../types';

/** Words before a role that say it was held before, not now ("Former Prime Minister of Italy Silvio Berlusconi"). */
const PAST = new Set(['former', 'ex', 'then', 'late', 'ousted', 'deposed', 'exiled', 'jailed', 'outgoing']);
/** Words a role never starts with: articles and words of time. */
const LEADING = new Set(['the', 'a', 'an', 'incumbent', 'current', 'newly', 'elected', 'embattled', 'veteran', 'longtime', 'prominent', 'then-']);

/** At most this many words in a role. */
const MAX_ROLE_WORDS = 6;
/** A role named fewer times than this is no description. */
const MIN_MENTIONS = 2;
/** A role must be written before at least this share of the entity's events. */
const ROLE_SHARE = 0.02;
/** How many roles a line shows. */
const ROLES_SHOWN = 2;

interface RoleSeen {
  /** Each way it was written, with how often. */
  forms: Map<string, number>;
  mentions: number;
  /** Mentions as held (not past) per year. */
  years: Map<number, number>;
  /** Mentions as past ("Former President …") per year. */
  pastYears: Map<number, number>;
}

/** The role written just before the name that starts at `at`, and whether it is past; none when the words before are no role. */
export function roleBefore(text: string, at: number): { role: string; past: boolean } | undefined {
  const before = text.slice(Math.max(0, at - 120), at);
  // Only the words of this sentence and clause, with the name's own leading space.
  const clause = before.split(/[.;:!?()"“”]\s|,\s*|\s[–—]\s/).pop() ?? '';
  if (!/\s$/.test(before) || !clause.trim()) return undefined;
  const words = clause.trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length <= MAX_ROLE_WORDS + 2; i--) {
    const w = words[i];
    const lower = w.toLowerCase();
    // A possessive ends the role ("Ukraine's President"): the role is read after it.
    if (/['’]s$/.test(w)) break;
    if (/^\p{Lu}/u.test(w) || ROLE_WORDS.has(lower) || isRoleNoun(lower) || PAST.has(lower) || LEADING.has(lower)) kept.unshift(w);
    else break;
  }
  let past = false;
  while (kept.length && (PAST.has(kept[0].toLowerCase()) || LEADING.has(kept[0].toLowerCase()) || /^(of|for|and|on|in)$/i.test(kept[0]))) {
    past = PAST.has(kept.shift()!.toLowerCase()) || past;
  }
  if (!kept.length || kept.length > MAX_ROLE_WORDS) return undefined;
  let noun = kept.length - 1;
  while (noun >= 0 && !isRoleNoun(kept[noun])) noun--;
  if (noun < 0) return undefined;
  // After its noun a role holds only the place it is of ("President of Ukraine", "Prime Minister of the United Kingdom").
  const tail = kept.slice(noun + 1);
  const place = tail.slice(1);
  if (tail.length && !(/^of$/i.test(tail[0]) && place.some((w) => /^\p{Lu}/u.test(w)) && place.every((w) => /^\p{Lu}/u.test(w) || /^(the|and)$/i.test(w)))) return undefined;
  // "Vice President Joe Biden and Senator Kamala Harris": a role joined to another name's is neither's.
  if (kept.slice(0, noun).some((w) => /^and$/i.test(w))) return undefined;
  // "the organization Wagner Group": a kind of thing alone says too little.
  if (kept.length === 1 && KINDS.has(kept[0].toLowerCase())) return undefined;
  return { role: kept.join(' '), past };
}

/**
 * A role's key: its noun and the words that make it another office, in one case ("Russian President", "President of
 * Russia" and "president" are one role; "Vice President" another).
 */
function roleKey(role: string): string {
  const words = role.toLowerCase().split(' ');
  let noun = words.length - 1;
  while (noun > 0 && !isRoleNoun(words[noun])) noun--;
  let from = noun;
  while (from > 0 && OFFICE_WORDS.has(words[from - 1])) from--;
  return words.slice(from, noun + 1).join(' ');
}

/** How a role is shown: its most written form that says more than the office alone ("Russian President"), else its most written. */
function mostWritten(forms: Map<string, number>): string {
  const ranked = [...forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  const fuller = ranked.find(([form, n]) => n >= MIN_MENTIONS && roleKey(form) !== form.toLowerCase());
  return (fuller ?? ranked[0])[0];
}

/** A role counts as held in a year when it is written at least this share as often as the year's most written role. */
const YEAR_SHARE = 0.5;

/**
 * The runs of years a role was held in the news, [first, last] each, oldest first: the years it is written as
 * held more than as past ("former President Trump" in 2023), and about as often as the year's most written role
 * (Putin is "Prime Minister" in 2010, whatever a retrospective "President Putin" says).
 */
function heldRuns(seen: RoleSeen, all: readonly RoleSeen[]): Array<[number, number]> {
  const top = (y: number) => Math.max(...all.map((r) => r.years.get(y) ?? 0));
  const years = [...seen.years].filter(([y, n]) => n > (seen.pastYears.get(y) ?? 0) && n >= YEAR_SHARE * top(y)).map(([y]) => y).sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    // One quiet year inside a run is the news, not a break in office.
    if (last && y <= last[1] + 2) last[1] = y;
    else runs.push([y, y]);
  }
  return runs;
}

/** "Russian President (2002–)", "Mayor of London (2008–2016)", "US President (2017–2021, 2025–)". */
function roleLine(role: string, seen: RoleSeen, all: readonly RoleSeen[], lastYear: number): string | undefined {
  // A kind of thing ("Lebanese militant group") is what it is, not an office held for some years.
  const shown = `${role[0].toUpperCase()}${role.slice(1)}`;
  if (KINDS.has(roleKey(role).split(' ').pop()!)) return shown;
  const runs = heldRuns(seen, all).slice(-2);
  if (!runs.length) return undefined;
  const pastAt = Math.max(-Infinity, ...seen.pastYears.keys());
  const spans = runs.map(([from, to], i) => {
    const open = i === runs.length - 1 && to >= lastYear - 1 && pastAt < to;
    return from === to && !open ? `${from}` : `${from}–${open ? '' : to}`;
  });
  return `${shown} (${spans.join(', ')})`;
}

/**
 * One line per entity ('' for none), in the order of `entities`: its roles, most recent first, or the stories it is
 * most in. `aliases` are the other names the entity is written by.
 */
export function entityDescriptions(events: readonly NewsEvent[], entities: ReadonlyArray<{ title: string; aliases: readonly string[]; events: readonly number[] }>): string[] {
  const lastYear = Number((events[events.length - 1]?.date ?? '0').slice(0, 4));
  return entities.map((entity) => {
    const names = [stripQualifier(entity.title), ...entity.aliases].filter((n) => n.length >= 3 && /^\p{Lu}/u.test(n));
    const roles = new Map<string, RoleSeen>();
    for (const p of entity.events) {
      const { text, date } = events[p];
      const year = Number(date.slice(0, 4));
      for (const name of names) {
        const at = text.indexOf(name);
        if (at < 0 || /[\p{L}\p{N}]/u.test(text.charAt(at + name.length))) continue;
        const found = roleBefore(text, at);
        if (!found) break;
        // "leader of the Pakistani Taliban": an office of a place is said before a person's full name, not a one-word name.
        if (/\bof\b/i.test(found.role) && !name.includes(' ')) break;
        const key = roleKey(found.role);
        const seen = roles.get(key) ?? roles.set(key, { forms: new Map(), mentions: 0, years: new Map(), pastYears: new Map() }).get(key)!;
        seen.forms.set(found.role, (seen.forms.get(found.role) ?? 0) + 1);
        seen.mentions++;
        const years = found.past ? seen.pastYears : seen.years;
        years.set(year, (years.get(year) ?? 0) + 1);
        break;
      }
    }
    // A role the news gives the name now and then only ("leader of the Pakistani Taliban" for the Taliban) is not what it is.
    const needed = Math.max(MIN_MENTIONS, ROLE_SHARE * entity.events.length);
    const held = [...roles.values()].filter((r) => r.mentions >= needed && r.years.size > 0);
    // The roles named most, then shown most recent first.
    held.sort((a, b) => b.mentions - a.mentions);
    const lines = held
      .slice(0, ROLES_SHOWN)
      .map((r) => ({ line: roleLine(mostWritten(r.forms), r, held, lastYear), last: Math.max(...r.years.keys()) }))
      .filter((r) => r.line)
      .sort((a, b) => b.last - a.last);
    if (lines.length) return lines.map((r) => r.line).join(' · ');
    return storiesLine(entity.title, entity.events.map((p) => events[p]));
  });
}

/** How many stories a line names at most, and how many of the entity's events a story needs to be named. */
const STORIES_SHOWN = 2;
const STORY_SHARE = 0.1;

/** "Most often in: War in Afghanistan · Fall of Kabul": the stories most of its events are in, other than itself. */
function storiesLine(title: string, events: readonly NewsEvent[]): string {
  const counts = new Map<string, number>();
  // "War in Afghanistan" and "War in Afghanistan (2001–2021)" are one story here.
  for (const e of events) for (const t of new Set(e.topics.map(stripQualifier))) if (t !== stripQualifier(title)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const top = [...counts].filter(([, n]) => n >= Math.max(2, STORY_SHARE * events.length)).sort((a, b) => b[1] - a[1]).slice(0, STORIES_SHOWN);
  return top.length ? `Most often in: ${top.map(([t]) => t).join(' · ')}` : '';
}
