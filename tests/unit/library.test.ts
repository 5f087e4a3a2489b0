import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../core/library/library';
import { openLibrary, packageData } from '../../core/build/package';
import { splitPackage } from '../../core/build/split-package';
import { compileAll, shipped } from './helpers';

let lib: Library;
beforeAll(async () => {
  const { data } = packageData(compileAll(), '2026-01-01T00:00:00.000Z');
  // Through the shipped files' formats, as the extension loads them.
  lib = openLibrary(shipped(splitPackage(data)));
});

const texts = async (q: string, opts = {}) => (await lib.search(q, opts)).events.map((e) => e.text);

describe('search', () => {
  it('finds events by words', async () => {
    expect((await texts('Abu Bakr al-Baghdadi'))[0]).toMatch(/al-Baghdadi/);
    expect((await lib.search('Taliban Kabul')).total).toBeGreaterThan(10);
  });
  it('completes a prefix', async () => {
    expect((await texts('Baghd')).some((t) => /Baghdad/.test(t))).toBe(true);
  });
  it('tolerates typos', async () => {
    expect((await texts('Talbian'))[0]).toMatch(/Taliban/);
    expect((await texts('Afghanstan')).some((t) => /Afghan/.test(t))).toBe(true);
  });
  it('takes a misspelt name for the name, with the name\'s own results', async () => {
    const ids = async (q: string) => (await lib.search(q, { limit: 10 })).events.map((e) => e.id);
    const right = await ids('Taliban');
    const shared = (await ids('Talbian')).filter((id) => right.includes(id)).length;
    expect(shared).toBeGreaterThanOrEqual(5);
    // The same words with other dashes and accents name the same entity.
    expect(await ids('Abu Bakr al Baghdadi')).toEqual(await ids('Abu Bakr al-Baghdadi'));
  });
  it('finds an event by other forms, other words and its date, and says when no event holds every word', async () => {
    const r = await lib.search('russia invades ukraine');
    expect(r.allWords).toBe(true);
    expect(r.terms).toEqual(expect.arrayContaining(['russian', 'invasion', 'ukrainian']));
    const dated = await lib.search('taliban kabul august 2021', { limit: 5 });
    for (const e of dated.events) expect(e.date.slice(0, 7)).toBe('2021-08');
    const loose = await lib.search('taliban kabul zzqqxxj');
    expect(loose.allWords).toBe(false);
    expect(loose.total).toBeGreaterThan(0);
  });
  it('understands aliases', async () => {
    const events = (await lib.search('ISIS')).events;
    expect(events.length).toBeGreaterThan(5);
    expect(events.some((e) => e.entities.includes('Islamic State of Iraq and the Levant'))).toBe(true);
  });
  it('narrows by entity and dates', async () => {
    const r = (await lib.search('attack', { entity: 'Taliban', from: '2021', to: '2021-08' }));
    expect(r.total).toBeGreaterThan(0);
    for (const e of r.events) {
      expect(e.entities).toContain('Taliban');
      expect(e.date >= '2021' && e.date.slice(0, 7) <= '2021-08').toBe(true);
    }
  });
  it('returns nothing for nothing', async () => {
    expect((await lib.search('   ')).total).toBe(0);
    expect((await lib.search('zzqqxxj')).total).toBe(0);
  });
});

describe('entity queries', () => {
  it('gives an entity\'s events, and context reorders them', async () => {
    const plain = (await lib.entityEvents('Russia', { limit: 5 }));
    expect(plain).toHaveLength(5);
    const withContext = (await lib.entityEvents('Russia', { limit: 5, context: ['Syria'] }));
    expect(withContext[0].entities).toContain('Syria');
  });
  it('gives related events and counts per year', async () => {
    const own = (await lib.search('Russian Defence Ministry says six Russian bombers')).events[0];
    expect((await lib.related(own.id))).toHaveLength(10);
    const years = (await lib.counts('year', { entity: 'Taliban' }));
    expect(years.map((y) => y.period)).toEqual(expect.arrayContaining(['2020', '2021', '2022']));
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(lib.entity('Taliban')!.count);
  });
  it('knows an entity by alias', async () => {
    expect(lib.entity('ISIL')?.title).toBe('Islamic State of Iraq and the Levant');
    expect(lib.entity('nobody at all')).toBeUndefined();
  });
});
