import { beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_POOL, Library } from '../../core/library/library';
import { memorySource, type DataPackage, type LibraryFiles } from '../../core/library/library-files';
import { openLibrary, packageData } from '../../core/build/package';
import { splitPackage } from '../../core/build/split-package';
import { encodeSearch } from '../../core/library/search-file';
import { utf8 } from '../../worker/utf8';
import { compileAll, shipped } from './helpers';
import { LegacyLibrary } from './legacy-library';

let lib: Library;
let legacy: LegacyLibrary;
let files: LibraryFiles;
let titles: string[];
let whole: DataPackage;
beforeAll(async () => {
  const { data } = packageData(compileAll(), '2026-01-01T00:00:00.000Z');
  whole = data;
  legacy = await LegacyLibrary.create(JSON.parse(JSON.stringify({ ...data, search: [] })));
  // Small shards so that lookups cross shard boundaries; through the shipped files' formats, as the extension loads them.
  files = shipped(splitPackage(data, 97));
  lib = openLibrary(files);
  titles = data.entities.map((e) => e.title);
});

/** The reference library reads no descriptions (the split computes them: core/build/entity-roles.ts, tested on its own). */
const undescribed = <T extends { description?: string } | undefined>(info: T): T => {
  if (!info) return info;
  const rest = { ...info };
  delete rest.description;
  return rest;
};
const undescribedCard = <T extends { info: { description?: string } } | undefined>(card: T): T => (card ? { ...card, info: undescribed(card.info) } : card);

describe('the split package', () => {
  it('gives every entity the same info, card and events as the whole package', async () => {
    for (const title of titles) {
      expect(undescribed(lib.entity(title))).toEqual(legacy.entity(title));
      expect(undescribedCard(await lib.card(title))).toEqual(legacy.card(title));
      expect(await lib.entityEvents(title, { limit: 7, offset: 3 })).toEqual(legacy.entityEvents(title, { limit: 7, offset: 3 }));
    }
  });

  it('ranks with page context as before, within the context pool', async () => {
    const context = ['Syria', 'Russia', 'United States', 'Taliban', 'Islamic State of Iraq and the Levant', 'no such entity'];
    let compared = 0;
    for (const title of titles) {
      const card = await lib.card(title, { context, limit: 5 });
      const count = card!.info.count;
      if (count > CONTEXT_POOL) {
        // Hub entities: only their CONTEXT_POOL most relevant events are reordered.
        expect(card!.events).toHaveLength(5);
        continue;
      }
      expect(undescribedCard(card)).toEqual(legacy.card(title, { context, limit: 5 }));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('answers the other queries as before', async () => {
    expect(lib.meta).toEqual(legacy.meta);
    expect(lib.categories()).toEqual(legacy.categories());
    for (const by of ['year', 'month'] as const) {
      expect(await lib.counts(by)).toEqual(legacy.counts(by));
      expect(await lib.counts(by, { entity: 'Taliban' })).toEqual(legacy.counts(by, { entity: 'Taliban' }));
      expect(await lib.counts(by, { query: 'earthquake' })).toEqual(legacy.counts(by, { query: 'earthquake' }));
    }
    const some = titles.filter((_, i) => i % 40 === 0);
    expect(await lib.eventsOf(some)).toEqual(legacy.eventsOf(some));
    expect(await lib.eventsOf(['ISIS', 'Kabul'])).toEqual(legacy.eventsOf(['ISIS', 'Kabul']));
    for (const prefix of ['tal', 'isis', 'erdo', 'u']) expect(lib.suggestEntities(prefix)).toEqual(legacy.suggestEntities(prefix));
    const own = (await lib.search('Russian Defence Ministry says six Russian bombers')).events[0];
    expect(await lib.event(own.id)).toEqual(legacy.event(own.id));
    expect(await lib.related(own.id)).toEqual(legacy.related(own.id));
    expect(await lib.event('no-such-id')).toBeUndefined();
  });

  it('searches with the filters as before, and finds what the old search found for a name', async () => {
    // Without words, filters select and order exactly as before.
    for (const o of [{ category: 'Sports', limit: 50 }, { entity: 'Russia' }, { from: '2021-03', to: '2021-03' }]) {
      const { categories, ...found } = await lib.search('', o);
      expect(found).toEqual(legacy.search('', o));
      // The categories count the matches the other filters leave: the one chosen holds them all.
      const counted = categories ?? [];
      if ('category' in o) expect(counted.find((c) => c.name === o.category)?.count).toBe(found.total);
      else expect(counted.reduce((n, c) => n + c.count, 0)).toBeLessThanOrEqual(found.total);
    }
    const options = [{}, { sort: 'date' as const }, { entity: 'Taliban', from: '2021', to: '2021-08' }, { category: 'Armed conflicts and attacks' }];
    for (const q of ['Taliban', 'Talbian', 'ISIS', 'Erdogan', 'Kabul airport']) {
      for (const o of options) {
        const ours = await lib.search(q, { ...o, limit: 10_000 });
        const before = legacy.search(q, { ...o, limit: 10_000 });
        // Every event the old search found is found (word forms and partial matches may add more), under the filters.
        const found = new Set(ours.events.map((e) => e.id));
        expect(before.events.filter((e) => !found.has(e.id)), `${q} ${JSON.stringify(o)}`).toEqual([]);
        if (o.sort === 'date') expect(ours.events.map((e) => e.date)).toEqual(ours.events.map((e) => e.date).sort().reverse());
        if ('entity' in o) expect(ours.events.every((e) => e.entities.includes('Taliban') && e.date >= '2021' && e.date <= '2021-08-31')).toBe(true);
      }
    }
  });

  it('ranks events holding every word first, then the closest, and finds nothing for words it cannot read', async () => {
    const both = await lib.search('kabul airport', { limit: 20 });
    expect(both.allWords).toBe(true);
    const holds = (e: { text: string; topics: string[]; entities: string[] }, w: string) => JSON.stringify([e.text, e.topics, e.entities]).toLowerCase().includes(w);
    expect(both.events.slice(0, 5).every((e) => holds(e, 'kabul') && holds(e, 'airport'))).toBe(true);
    // Word forms meet: "invades" finds "invaded", "invading", "invasion" is another word.
    const forms = await lib.search('invades', { limit: 50 });
    expect(forms.terms).toEqual(expect.arrayContaining(['invades', 'invaded']));
    // No event holds every word: the closest ones, said so.
    const closest = await lib.search('taliban zzzzqqq kabul', { limit: 5 });
    expect(closest.allWords).toBe(false);
    expect(closest.events.length).toBeGreaterThan(0);
    expect(closest.events.every((e) => holds(e, 'taliban') || holds(e, 'kabul'))).toBe(true);
    expect((await lib.search('asdfgh qwerty zzzzqqq', {})).total).toBe(0);
  });

  it('takes an acronym that spells a function word, typed in capitals, as its entity alone, and in lower case as the word', async () => {
    const who = await lib.search('WHO', { limit: 10_000 });
    expect(who.total).toBeGreaterThan(5);
    expect(who.events.every((e) => e.entities.includes('World Health Organization'))).toBe(true);
    const word = await lib.search('who', { limit: 10_000 });
    expect(word.total).toBeGreaterThan(who.total);
    expect(word.events.slice(0, 10).some((e) => !e.entities.includes('World Health Organization'))).toBe(true);
  });

  it('filters, orders and counts every match, not only the best few hundred', async () => {
    const dates = whole.events.map((e) => e.date);
    const all = await lib.search('covid', { limit: 1 });
    expect(all.total).toBeGreaterThan(1000);
    const newest = await lib.search('covid', { sort: 'date', limit: 3 });
    expect(newest.events[0].date).toBe(dates.filter((_, i) => /covid/i.test(JSON.stringify(whole.events[i]))).sort().pop());
    const in2022 = await lib.search('covid', { from: '2022', to: '2022', limit: 5 });
    expect(in2022.total).toBeGreaterThan(50);
    expect(in2022.events.every((e) => e.date.startsWith('2022'))).toBe(true);
    const years = await lib.counts('year', { query: 'covid' });
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(all.total);
  });

  it('takes the default for a count that is not a whole number ≥ 0 (it comes from a message)', async () => {
    const second = titles[1];
    const own = await lib.entityEvents(second, { limit: 3 });
    expect(await lib.entityEvents(second, { limit: 3, offset: -2 })).toEqual(own);
    expect(await lib.entityEvents(second, { limit: 3, offset: 0.5 })).toEqual(own);
    expect(await lib.entityEvents(second, { limit: -1 })).toEqual(await lib.entityEvents(second));
  });

  it('refuses events out of date order (entity spans are read at the lowest and highest position)', () => {
    const events = [...whole.events];
    [events[10], events[events.length - 10]] = [events[events.length - 10], events[10]];
    expect(() => splitPackage({ ...whole, events })).toThrow(/^events must be in date order: /);
  });

  it('keeps every data file of the real package small', () => {
    expect(files.head.shards).toBe(Math.ceil(files.head.meta.events / 97));
    expect(files.head.eventEntityStart).toHaveLength(files.head.meta.events + 1);
    expect(encodeSearch(files.search, files.head.meta.events, utf8).length).toBeLessThan(4_000_000);
  });

  it('prepares search once, and again after a failed load', async () => {
    const source = memorySource(files);
    let asked = 0;
    let fail = true;
    const library = new Library(files.head, {
      ...source,
      search: (events) => {
        asked++;
        return fail ? Promise.reject(new Error('not readable')) : source.search(events);
      },
    });
    await expect(library.prepareSearch()).rejects.toThrow('not readable');
    fail = false;
    await library.prepareSearch();
    const loads = asked;
    await library.prepareSearch();
    expect(asked).toBe(loads);
    expect(await library.search('Kabul airport')).toEqual(await lib.search('Kabul airport'));
  });
});
