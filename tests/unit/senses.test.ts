/**
 * `sense-in-context`: the senses the build lists for a name (core/build/catalogue/senses.ts), their column in the
 * head, and the choice among them by the page's other names (core/library/senses.ts), over small made-up data.
 */
import { describe, expect, it } from 'vitest';
import { newCatalogueState } from '../../core/build/catalogue/catalogue-state';
import { listSenses } from '../../core/build/catalogue/senses';
import type { Alias, EntityEntry } from '../../core/build/catalogue/types';
import { chooseSense, encodeSenses, parseSenses, type SenseEvidence } from '../../core/library/senses';

const entity = (title: string, events: number, aliases: Alias[] = []): EntityEntry => ({
  title, folded: [], aliases, events: Array.from({ length: events }, (_, i) => `${title}#${i}`),
});
const alias = (text: string, count: number, kind: Alias['kind'] = 'surface'): Alias => ({ text, kind, count });

/** The senses listed for each name, given the entities, the offers of each name and the links written with it. */
function senses(entities: EntityEntry[], offers: Record<string, Record<string, number>>, links: Record<string, Record<string, number>> = {}) {
  const state = newCatalogueState({ events: [], mentions: [], problems: [], renames: new Map() });
  state.entities = entities;
  for (const e of entities) state.canonical.set(e.title, e.title);
  for (const [text, owners] of Object.entries(offers)) state.aliasOwners.set(text, new Map(Object.entries(owners).map(([t, n]) => [t, alias(text, n)])));
  for (const [text, owners] of Object.entries(links)) state.surfaces.set(text, new Map(Object.entries(owners)));
  listSenses(state);
  return Object.fromEntries(state.senses);
}

describe('the senses of a name (build)', () => {
  it('lists the other entities a name is offered or linked to, most used first, the marked one first', () => {
    const list = senses(
      [entity('Georgia (U.S. state)', 40, [alias('Georgia', 17, 'title')]), entity('Georgia (country)', 30), entity('Atlanta', 9)],
      { Georgia: { 'Georgia (U.S. state)': 17, 'Georgia (country)': 15 } },
      { Georgia: { Atlanta: 1 } },
    );
    expect(list.Georgia).toEqual([['Georgia (U.S. state)', 17], ['Georgia (country)', 15]]);
  });

  it('adds the places titled "Name, Region", and leaves out aspects of the marked one and names with one sense', () => {
    const list = senses(
      [
        entity('Tulsa', 5, [alias('Tulsa', 4, 'title')]), entity('Tulsa, Oklahoma', 3),
        entity('Russia', 90, [alias('Russia', 80, 'title')]), entity('Government of Russia', 9),
        entity('War in Afghanistan', 60, [alias('War in Afghanistan', 60, 'title')]), entity('War in Afghanistan (2001–2021)', 40),
        entity('Kenya', 20, [alias('Kenya', 20, 'title')]),
      ],
      { Russia: { Russia: 80, 'Government of Russia': 9 }, 'War in Afghanistan': { 'War in Afghanistan': 60, 'War in Afghanistan (2001–2021)': 40 } },
    );
    expect(list.Tulsa).toEqual([['Tulsa', 4], ['Tulsa, Oklahoma', 3]]);
    expect(list.Russia).toBeUndefined();
    expect(list['War in Afghanistan']).toBeUndefined();
    expect(list.Kenya).toBeUndefined();
  });

  it('keeps a sense that is no homonym only with a tenth of the name\'s uses', () => {
    const list = senses(
      [entity('New York (state)', 50, [alias('New York', 45, 'title')]), entity('New York City', 60), entity('Chancellor of Germany', 20, [alias('Chancellor', 14)]), entity('Chancellor of Austria', 5), entity('Chancellor of the Exchequer', 1)],
      { 'New York': { 'New York (state)': 45 }, Chancellor: { 'Chancellor of Germany': 14 } },
      { 'New York': { 'New York City': 2 }, Chancellor: { 'Chancellor of Austria': 3, 'Chancellor of the Exchequer': 1 } },
    );
    expect(list['New York']).toEqual([['New York (state)', 45], ['New York City', 2]]); // one capitalised word more: a homonym
    expect(list.Chancellor).toEqual([['Chancellor of Germany', 14], ['Chancellor of Austria', 3]]);
  });

  it('reads back the head column, skipping a line that does not parse', () => {
    const text = encodeSenses([['Georgia', [['Georgia (U.S. state)', 17], ['Georgia (country)', 15]]]]);
    expect([...parseSenses(`${text}\nbroken\tline`)]).toEqual([['Georgia', [{ title: 'Georgia (U.S. state)', uses: 17 }, { title: 'Georgia (country)', uses: 15 }]]]);
  });
});

/** Evidence from a table of which page names each sense's events involve (share of its events, by page name). */
function evidence(shares: Record<string, Record<string, number>>): SenseEvidence {
  const ids = new Map<string, number>();
  const id = (t: string) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1);
  return {
    ids: (titles) => new Map(titles.map((t) => [id(t), 1])),
    affinity: (title, context) => Math.max(0, ...Object.entries(shares[title] ?? {}).filter(([t]) => context.has(id(t))).map(([, n]) => n)),
  };
}

describe('the sense of a name on a page', () => {
  const GEORGIA = [{ title: 'Georgia (U.S. state)', uses: 17 }, { title: 'Georgia (country)', uses: 15 }];
  const shares = { 'Georgia (country)': { Tbilisi: 0.3, Russia: 0.4 }, 'Georgia (U.S. state)': { Atlanta: 0.3, 'Brian Kemp': 0.2 } };

  it('follows the page\'s other names', () => {
    expect(chooseSense('Georgia', GEORGIA, ['Tbilisi', 'Russia'], evidence(shares))).toMatchObject({ title: 'Georgia (country)', others: ['Georgia (U.S. state)'], thin: false });
    expect(chooseSense('Georgia', GEORGIA, ['Atlanta', 'Brian Kemp'], evidence(shares))).toMatchObject({ title: 'Georgia (U.S. state)', thin: false });
  });

  it('keeps the data\'s commonest sense when the page says nothing of it, and says the evidence is thin', () => {
    expect(chooseSense('Georgia', GEORGIA, ['Apple'], evidence(shares))).toEqual({ name: 'Georgia', title: 'Georgia (U.S. state)', others: ['Georgia (country)'], thin: true });
    expect(chooseSense('Georgia', GEORGIA, [], evidence(shares))).toMatchObject({ title: 'Georgia (U.S. state)', thin: true });
  });

  it('takes the sense the page names outright, or whose region it names', () => {
    const york = [{ title: 'New York (state)', uses: 45 }, { title: 'New York City', uses: 2 }];
    expect(chooseSense('New York', york, ['New York City'], evidence({})).title).toBe('New York City');
    const tulsa = [{ title: 'Tulsa', uses: 4 }, { title: 'Tulsa, Oklahoma', uses: 3 }];
    expect(chooseSense('Tulsa', tulsa, ['Oklahoma'], evidence({})).title).toBe('Tulsa, Oklahoma');
  });
});
