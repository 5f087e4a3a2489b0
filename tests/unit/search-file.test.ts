import { beforeAll, describe, expect, it } from 'vitest';
import { decodeSearch, encodeSearch } from '../../core/library/search-file';
import { buildDocument, postingsOf } from '../../core/build/search-postings';
import { SearchIndex, type FieldPostings } from '../../core/library/search-index';
import type { NewsEvent } from '../../core/types';
import { utf8 } from '../../worker/utf8';
import { compileAll } from './helpers';
import { LegacySearchIndex } from './legacy-search';

let events: NewsEvent[];
let postings: FieldPostings[];
let legacy: LegacySearchIndex;
let shipped: SearchIndex;
beforeAll(async () => {
  const { events: all, catalogue } = compileAll();
  events = all;
  const aliases = new Map(catalogue.entities.map((e) => [e.title, e.aliases.map((a) => a.text).filter((a) => a !== e.title)]));
  const aliasesOf = (t: string) => aliases.get(t) ?? [];
  postings = postingsOf(buildDocument(events, aliasesOf));
  legacy = await LegacySearchIndex.build(events, aliasesOf);
  shipped = new SearchIndex(decodeSearch(encodeSearch(postings, events.length, utf8), events.length, utf8));
});

const event = (text: string, summary?: string): NewsEvent =>
  ({ id: text, date: '2021-01-01', text, topics: [], entities: [], sources: [], related: [], summary }) as unknown as NewsEvent;

describe('the search file', () => {
  it('reads back the postings it was written from', () => {
    const back = decodeSearch(encodeSearch(postings, events.length, utf8), events.length, utf8);
    expect(back.map((p) => [p.field, p.resolution, p.terms.length])).toEqual(postings.map((p) => [p.field, p.resolution, p.terms.length]));
    back.forEach((p, i) => {
      expect(p.terms).toEqual(postings[i].terms);
      expect([...p.slotStart]).toEqual([...postings[i].slotStart]);
      expect([...p.ids]).toEqual([...postings[i].ids]);
    });
    // Packed, an id takes far less than its four bytes in memory (most gaps between a term's events fit in a byte).
    const file = encodeSearch(postings, events.length, utf8);
    const { sections } = JSON.parse(utf8.decode(file.subarray(8, 8 + new DataView(file.buffer).getUint32(4, true)))) as { sections: Array<{ name: string; length: number }> };
    expect(sections.find((s) => s.name === 'headline.ids')!.length).toBeLessThan(1.5 * postings[0].ids.length);
  });

  it('keeps terms in any script, in the order a binary search expects', () => {
    const small = postingsOf(buildDocument([event('São Paulo floods'), event('Київ під обстрілом'), event('東京 earthquake'), event('Zürich Ärzte')]));
    const back = decodeSearch(encodeSearch(small, 4, utf8), 4, utf8);
    expect(back).toEqual(small.map((p) => ({ ...p, slotStart: expect.anything(), ids: expect.anything() })));
    const index = new SearchIndex(back);
    expect([...index.all('Київ').ids]).toEqual([1]);
    expect([...index.all('sao paulo').ids]).toEqual([0]);
    expect([...index.all('zurich').ids]).toEqual([3]);
  });

  it('answers every query as FlexSearch’s own index did', () => {
    const queries = ['', '   ', 'zzzzqqq', 'Taliban', 'kabul airport', 'covid-19 vaccine', 'Erdoğan', 'the', 'a b', 'United States', '"Biden"', 'ISIS Syria'];
    for (const p of postings) {
      p.terms.forEach((term, i) => {
        if (i % 97 === 0) queries.push(term, `${term} ${p.terms[(i * 7) % p.terms.length]}`, `${p.terms[(i * 13) % p.terms.length]} ${term} war`);
      });
    }
    expect(queries.length).toBeGreaterThan(1000);
    let found = 0;
    for (const q of queries) {
      // Every match with its score, none cut: FlexSearch's answer with a limit past the number of events.
      const { ids, scores } = shipped.all(q);
      const ours = [...ids].map((id, i) => ({ id, score: scores[i] })).sort((a, b) => b.score - a.score || b.id - a.id);
      expect(ours, q).toEqual(legacy.search(q, events.length));
      if (ours.length) found++;
    }
    expect(found).toBeGreaterThan(queries.length / 4); // many of the three-word queries match nothing
  });

  it('says what is wrong with a damaged file, naming it', () => {
    const good = encodeSearch(postingsOf(buildDocument([event('Kabul airport attack'), event('Kabul floods')])), 2, utf8);
    const damaged = (change: (b: Uint8Array) => Uint8Array) => () => decodeSearch(change(good.slice()), 2, utf8, '/data/search.bin');
    expect(damaged((b) => b.subarray(0, 3))).toThrow('/data/search.bin: not a Backstory search file');
    expect(damaged((b) => b.subarray(0, b.length - 4))).toThrow(/section "[a-z]+\.[a-z]+" is out of bounds/);
    const idsAt = (b: Uint8Array) => JSON.parse(utf8.decode(b.subarray(8, 8 + new DataView(b.buffer).getUint32(4, true)))).sections.find((s: { name: string }) => s.name === 'headline.ids');
    expect(damaged((b) => (b[idsAt(b).offset + idsAt(b).length - 1] |= 0x80, b))).toThrow('field "headline": its ids end early or run on');
    expect(damaged((b) => (b[idsAt(b).offset - 5] = 0x7f, b))).toThrow(/field "headline": its (ids end early or run on|slots are not \d+ packed lengths)/);
    const rewrite = (change: (header: any) => void) => () => {
      const headerLength = new DataView(good.buffer).getUint32(4, true);
      const header = JSON.parse(utf8.decode(good.subarray(8, 8 + headerLength)));
      change(header);
      const json = utf8.encode(JSON.stringify(header));
      const bytes = good.slice();
      bytes.fill(0x20, 8, 8 + headerLength);
      bytes.set(json, 8);
      return decodeSearch(bytes, 2, utf8, 'search.bin');
    };
    expect(rewrite((h) => delete h.fields)).toThrow('search.bin: header has no fields');
    expect(rewrite((h) => (h.fields[0].resolution = 0))).toThrow('header has a field without its name, resolution or term count');
    expect(rewrite((h) => (h.fields[0].terms += 1))).toThrow('field "headline": its columns disagree in length');
    expect(rewrite((h) => (h.fields[0].field = 'title'))).toThrow('search.bin: holds the fields ["title","names","summary"], not ["headline","names","summary"]');
    expect(rewrite((h) => (h.fields[1].field = 'headline'))).toThrow('holds the fields ["headline","headline","summary"]');
    expect(rewrite((h) => h.fields.pop())).toThrow('holds the fields ["headline","names"]');
    expect(rewrite((h) => (h.fields[1].resolution = 5))).toThrow('field "names": resolution 5 is not the index\'s');
    expect(rewrite((h) => (h.events = 3))).toThrow("its 3 events are not the head's 2 (files from different builds)");
    expect(() => decodeSearch(good, 1, utf8)).toThrow("its 2 events are not the head's 1");
    expect(rewrite((h) => (h.sections.find((s: { name: string }) => s.name === 'headline.terms').kind = 'u8'))).toThrow('section "headline.terms" is not text');
    expect(() => new SearchIndex([{ ...postings[0], field: 'title' }])).toThrow('search index: unknown field "title"');
  });

  it('refuses terms it could not read back', () => {
    const p: FieldPostings = { field: 'headline', resolution: 1, terms: ['a\nb'], slotStart: Uint32Array.of(0, 1), ids: Uint32Array.of(0) };
    expect(() => encodeSearch([p], 1, utf8)).toThrow(/empty term or one with a line break: "a\\nb"/);
    // Only the first field is damaged; the others are whole.
    const rest = postingsOf(buildDocument([])).slice(1);
    const unsorted = encodeSearch([{ ...p, resolution: 5, terms: ['b', 'a'], slotStart: Uint32Array.of(0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2), ids: Uint32Array.of(0, 1) }, ...rest], 2, utf8);
    expect(() => decodeSearch(unsorted, 2, utf8)).toThrow('field "headline": its terms are not sorted');
    const past = encodeSearch([{ ...p, resolution: 5, terms: ['a'], slotStart: Uint32Array.of(0, 1, 1, 1, 1, 1), ids: Uint32Array.of(7) }, ...rest], 2, utf8);
    expect(() => decodeSearch(past, 2, utf8)).toThrow('field "headline": an id points past the 2 events');
  });

});
