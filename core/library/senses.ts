/**
 * Names with several senses ("Georgia": the U.S. state, the country) and the choice among them on a page: the rule
 * `sense-in-context` (docs/aliases.md). The build lists each name's senses with how often the data uses the name for
 * each (core/build/catalogue/senses.ts); the head keeps them as one text column, a line per name:
 * `name \t title \t uses \t title \t uses …`, the sense the matcher gives first.
 */
import { stripQualifier } from '../text';

export interface Sense {
  title: string;
  /** How often the data uses the name for this entity (links, titled events). */
  uses: number;
}

/** What the page is told about one name: the sense chosen, the others in order, and whether the page said much. */
export interface SenseChoice {
  name: string;
  title: string;
  others: string[];
  /** The page's names hardly tell the senses apart: the card says which others it could be. */
  thin: boolean;
}

const FIELD = '\t';
const LINE = '\n';

export function encodeSenses(senses: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number]>]>): string {
  return senses.map(([name, list]) => [name, ...list.flatMap(([t, n]) => [t, String(n)])].join(FIELD)).join(LINE);
}

/** The head's column read back; a line that does not parse is skipped (it names no sense the matcher flags). */
export function parseSenses(text: string): Map<string, Sense[]> {
  const out = new Map<string, Sense[]>();
  for (const line of text.split(LINE)) {
    const [name, ...rest] = line.split(FIELD);
    if (!name || rest.length < 4 || rest.length % 2) continue;
    const list: Sense[] = [];
    for (let i = 0; i < rest.length; i += 2) list.push({ title: rest[i], uses: Number(rest[i + 1]) || 0 });
    out.set(name, list);
  }
  return out;
}

/** What the choice reads of the entity table. */
export interface SenseEvidence {
  /** Of `title`'s most defining events (up to a pool), the share that involve the page's `context` entities, rarer ones counting more. */
  affinity(title: string, context: ReadonlyMap<number, number>): number;
  /** The entity ids of these titles, each with its weight as context. */
  ids(titles: readonly string[]): Map<number, number>;
}

/** How much each signal weighs: the data's own use of the name, the page's other names, the page naming the sense. */
const PRIOR = 1;
const AFFINITY = 3;
const NAMED = 1;
const REGION = 1;
/** Below this lead over the runner-up, the page tells the senses apart too little. */
const CLEAR_LEAD = 0.35;

/** "Oklahoma" of "Tulsa, Oklahoma", "Australia" of "Victoria (Australia)": what a title says the place is in. */
function regionOf(title: string): string | undefined {
  return /, ([^,]+)$/.exec(title)?.[1] ?? /\(([^()]+)\)$/.exec(title)?.[1];
}

/**
 * The sense of one name on a page (`context`: the titles of the page's other names, those with one sense). Each
 * sense scores its share of the data's uses of the name, the share of its defining events that involve the page's
 * names, one more when the page names it outright elsewhere ("New York City"), one more when the page names its
 * region ("Oklahoma" for "Tulsa, Oklahoma").
 */
export function chooseSense(name: string, senses: readonly Sense[], context: readonly string[], evidence: SenseEvidence): SenseChoice {
  const own = new Set(senses.map((s) => s.title));
  const others = context.filter((t) => !own.has(t));
  const ids = evidence.ids(others);
  const onPage = new Set(context.map((t) => stripQualifier(t)));
  const total = senses.reduce((n, s) => n + s.uses, 0) || 1;
  const scored = senses.map((s) => {
    const region = regionOf(s.title);
    const score = PRIOR * (s.uses / total) + (ids.size ? AFFINITY * evidence.affinity(s.title, ids) : 0)
      + (context.includes(s.title) ? NAMED : 0) + (region && onPage.has(region) ? REGION : 0);
    return { title: s.title, score };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  return {
    name,
    title: ranked[0].title,
    others: ranked.slice(1).map((s) => s.title),
    thin: ranked.length > 1 && ranked[0].score - ranked[1].score < CLEAR_LEAD,
  };
}
