import { stripQualifier } from '../../text';
import { bump, type CatalogueState, type Counter } from './catalogue-state';

/** A name's other senses are kept when the data uses it for them at least this often (links or titled events). */
const MIN_SENSE_USES = 2;
/** At most this many senses per name, the marked one included: the card lists the others. */
const MAX_SENSES = 5;

/** "Tulsa" of "Tulsa, Oklahoma": a place's name before its region, every word of which is capitalised. */
const commaHead = (title: string): string | undefined => /^([^,()]+), (?:\p{Lu}[\p{L}.'’-]*(?: |$))+$/u.exec(`${title}`)?.[1];

/** "(2014–present)", ", 2017": the same name over other years. */
const isDateQualifier = (title: string) => /\([^()]*\d{4}[^()]*\)$|, [^,]*\d{4}[^,]*$/.test(title);

/** The words `longer` adds around `shorter` when it holds it whole, else undefined. */
function wordsAround(longer: string, shorter: string): string[] | undefined {
  const a = longer.split(/\s+/);
  const b = shorter.split(/\s+/);
  for (let i = 0; i + b.length <= a.length; i++) {
    if (b.every((w, k) => a[i + k] === w)) return [...a.slice(0, i), ...a.slice(i + b.length)];
  }
  return undefined;
}

/**
 * Another entity is no other sense of a name when it is an aspect of the marked one: its title holds the marked
 * one's with a phrase around it ("Government of Russia", "Presidency of Donald Trump", "COVID-19 pandemic in
 * Brazil", "Moderna COVID-19 vaccine"), or it is the same name over other years ("War in Afghanistan
 * (2001–2021)"). The reader would not switch to it. One capitalised word more is another thing ("New York City").
 */
function isAspect(other: string, marked: string): boolean {
  if (isDateQualifier(other) || isDateQualifier(marked)) return true;
  const [a, b] = [stripQualifier(other), stripQualifier(marked)];
  if (a === b) return false;
  const extra = wordsAround(a, b) ?? wordsAround(b, a);
  return extra !== undefined && (extra.length > 1 || !/^\p{Lu}/u.test(extra[0]));
}

/** A homonym: the same name with another qualifier ("Georgia (country)"), region ("Birmingham, Alabama") or kind word. */
function isHomonym(other: string, name: string): boolean {
  const bare = stripQualifier(other);
  return bare === name || commaHead(other) === name || wordsAround(bare, name)?.length === 1;
}

/** A sense that is no homonym is kept when the data gives it this share of the name's uses, and this many. */
const MIN_SHARE = 0.1;
const MIN_OTHER_USES = 3;

/**
 * The entities each marked name may stand for, the one it is marked as first, then the others by how often the
 * data uses the name for them ("Georgia": the U.S. state, the country; "Birmingham": the English city, the one in
 * Alabama). From every offer of the name (a title, a title's bare form, an acronym), every link written with it,
 * and every place titled "Name, Region". Aspects of the marked one are left out, and so is a name with one sense.
 * The page picks among them by context (core/library/senses.ts) and the reader can switch on the card.
 */
export function listSenses(state: CatalogueState): void {
  const { entities, aliasOwners, surfaces, canonical } = state;
  const events = new Map(entities.map((e) => [e.title, e.events.length]));
  const placesNamed = new Map<string, string[]>();
  for (const e of entities) {
    const head = commaHead(e.title);
    if (head) (placesNamed.get(head) ?? placesNamed.set(head, []).get(head)!).push(e.title);
  }
  const senses = new Map<string, Array<[string, number]>>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      if (senses.has(alias.text) || alias.kind === 'surname') continue;
      const uses: Counter = new Map();
      const offers = aliasOwners.get(alias.text);
      for (const [owner, offer] of offers ?? []) bump(uses, owner, offer.count);
      for (const [title, links] of surfaces.get(alias.text) ?? []) {
        const owner = canonical.get(title) ?? title;
        // An offer already counts the links to its owner; the links add the owners no offer reached.
        if (!offers?.has(owner)) bump(uses, owner, links);
      }
      for (const place of placesNamed.get(alias.text) ?? []) if (!uses.has(place)) uses.set(place, events.get(place) ?? 0);
      const total = [...uses.values()].reduce((x, y) => x + y, 0);
      const others = [...uses]
        .filter(([t, n]) => t !== entity.title && n >= MIN_SENSE_USES && (events.get(t) ?? 0) > 0 && !isAspect(t, entity.title))
        .filter(([t, n]) => isHomonym(t, alias.text) || (n >= MIN_SHARE * total && n >= MIN_OTHER_USES))
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, MAX_SENSES - 1);
      if (others.length) senses.set(alias.text, [[entity.title, Math.max(uses.get(entity.title) ?? 0, alias.count)], ...others]);
    }
  }
  state.senses = senses;
}
