import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../core/build/categories';
import type { Library } from '../../core/library/library';
import { openLibrary, packageData } from '../../core/build/package';
import { splitPackage } from '../../core/build/split-package';
import { parseQuery } from '../../core/library/query-syntax';
import { compileAll, shipped } from './helpers';

let lib: Library;
beforeAll(async () => {
  const { data } = packageData(compileAll(), '2026-01-01T00:00:00.000Z');
  lib = openLibrary(shipped(splitPackage(data)));
});

describe('what the popup asks of the library', () => {
  it('knows the span of the data and the months in it with no events', async () => {
    const { first, last, gaps } = lib.meta;
    expect(last).toBe('2022-06-29');
    expect(gaps).toEqual(expect.arrayContaining(['2020-10', '2021-01', '2021-10', '2021-11', '2021-12']));
    for (const month of gaps) expect(month > first.slice(0, 7) && month < last.slice(0, 7)).toBe(true);
    const months = await lib.counts('month');
    for (const { period, count } of months) expect(gaps.includes(period)).toBe(count === 0);
  });
  it('lists the categories with the spelling variants merged', async () => {
    const cats = lib.categories();
    expect(cats.length).toBeGreaterThanOrEqual(CATEGORIES.length);
    expect(cats.map((c) => c.name)).toEqual(expect.arrayContaining([...CATEGORIES]));
    expect(cats.map((c) => c.name)).not.toContain('Health and enviornment');
    expect(cats[0].count).toBeGreaterThanOrEqual(cats[cats.length - 1].count);
  });
  it('narrows a search by category', async () => {
    const all = (await lib.search('Taliban', { limit: Infinity }));
    const armed = (await lib.search('Taliban', { limit: Infinity, category: 'Armed conflicts and attacks' }));
    expect(armed.total).toBeGreaterThan(0);
    expect(armed.total).toBeLessThan(all.total);
    const armedIds = new Set(armed.events.map((e) => e.id));
    for (const e of all.events) if (e.category === 'Armed conflicts and attacks') expect(armedIds.has(e.id)).toBe(true);
  });
  it('lists a category or a date range alone, newest first', async () => {
    const r = (await lib.search('', { category: 'Sports', limit: 50 }));
    expect(r.total).toBeGreaterThan(100);
    expect(r.events.every((e) => /^sports?$/i.test(e.category ?? ''))).toBe(true);
    expect(r.events.map((e) => e.date)).toEqual([...r.events.map((e) => e.date)].sort().reverse());
    const { text, ...dates } = parseQuery('year:2021');
    const y = (await lib.search(text, { ...dates, limit: 5 }));
    expect(y.total).toBeGreaterThan(1000);
    const lastMonth = (await lib.counts('month')).filter((c) => c.period.startsWith('2021')).at(-1)!.period;
    expect(y.events.every((e) => e.date.startsWith(lastMonth))).toBe(true);
  });
  it('narrows words by the dates typed in the query', async () => {
    const { text, from, to } = parseQuery('Taliban from:2021-03 to:2021');
    const r = (await lib.search(text, { from, to, limit: Infinity }));
    expect(r.total).toBeGreaterThan(10);
    expect(r.total).toBeLessThan((await lib.search('Taliban', { limit: Infinity })).total);
    for (const e of r.events) expect(e.date >= '2021-03' && e.date < '2022').toBe(true);
  });
  it('suggests entities by alias, case and diacritics', async () => {
    expect(lib.suggestEntities('isis')).toContain('Islamic State of Iraq and the Levant');
    expect(lib.suggestEntities('TALIB')[0]).toBe('Taliban');
    expect(lib.suggestEntities('recep tayyip erdogan')).toContain('Recep Tayyip Erdoğan');
    expect(lib.suggestEntities('zzqqx')).toEqual([]);
  });
});
