import { describe, expect, it } from 'vitest';
import { decodeHead, encodeHead } from '../../core/library/head-file';
import type { LibraryHead } from '../../core/library/library-files';
import { utf8 } from '../../worker/utf8';

const head = (over: Partial<LibraryHead> = {}): LibraryHead => ({
  meta: { events: 3, entities: 2, first: '2020-01-02', last: '2021-05-06', gaps: ['2020-02', '2020-04'], builtAt: '2026-01-01T00:00:00.000Z' },
  shardSize: 250,
  shards: 1,
  categoryNames: ['Sports'],
  titles: ['Recep Tayyip Erdoğan', 'São Paulo'],
  aliases: ['Erdoğan\tErdogan', ''],
  descriptions: ['Turkish President (2015–)', ''],
  senses: 'São Paulo\tSão Paulo\t4\tSão Paulo (state)\t3',
  entityEventStart: Uint32Array.of(0, 2, 3),
  entityEvents: Uint32Array.of(2, 0, 1),
  dates: '2020-01-022020-03-042021-05-06',
  eventEntityStart: Uint32Array.of(0, 1, 2, 3),
  eventEntities: Uint32Array.of(0, 1, 0),
  eventCategory: Uint32Array.of(1, 0, 0),
  eventWeight: Uint8Array.of(0, 255, 90),
  eventTurn: Uint32Array.of(0, 2, 0),
  ...over,
});

const plain = (h: LibraryHead) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Uint32Array) : v]));

describe('the head file', () => {
  it('reads back what was written, names in any script included', () => {
    const bytes = encodeHead(head(), utf8);
    expect(bytes.length % 4).toBe(0);
    expect(plain(decodeHead(bytes, utf8))).toEqual(plain(head()));
    // In the header too (padded in bytes, not characters).
    const named = head({ categoryNames: ['Économie', 'Политика', '経済'] });
    expect(plain(decodeHead(encodeHead(named, utf8), utf8))).toEqual(plain(named));
  });

  it('stores each column as narrow as its values allow, and reads wide ones back', () => {
    const wide = head({ entityEvents: Uint32Array.of(70_000, 0, 1), meta: { ...head().meta } });
    const read = decodeHead(encodeHead(wide, utf8), utf8);
    expect(read.entityEvents).toBeInstanceOf(Uint32Array);
    expect(Array.from(read.entityEvents)).toEqual([70_000, 0, 1]);
    expect(read.eventEntities).toBeInstanceOf(Uint8Array);
    const mid = decodeHead(encodeHead(head({ entityEvents: Uint32Array.of(300, 0, 1) }), utf8), utf8);
    expect(mid.entityEvents).toBeInstanceOf(Uint16Array);
  });

  it('reads a head written before the gaps were recorded as having none', () => {
    const old: Partial<LibraryHead['meta']> = { ...head().meta };
    delete old.gaps;
    const read = decodeHead(encodeHead(head({ meta: old as LibraryHead['meta'] }), utf8), utf8);
    expect(read.meta.gaps).toEqual([]);
    expect(read.meta.first).toBe('2020-01-02');
  });

  it('reads a buffer that starts at an odd offset (as Node hands out small files)', () => {
    const bytes = encodeHead(head(), utf8);
    const odd = new Uint8Array(bytes.length + 1).subarray(1);
    odd.set(bytes);
    expect(plain(decodeHead(odd, utf8))).toEqual(plain(head()));
  });

  it('holds an empty library', () => {
    const empty = head({
      meta: { events: 0, entities: 0, first: '', last: '', gaps: [], builtAt: '' },
      shards: 0,
      titles: [],
      aliases: [],
      entityEventStart: Uint32Array.of(0),
      entityEvents: new Uint32Array(),
      dates: '',
      eventEntityStart: Uint32Array.of(0),
      eventEntities: new Uint32Array(),
      eventCategory: new Uint32Array(),
      eventWeight: new Uint8Array(),
      eventTurn: new Uint32Array(),
    });
    const read = decodeHead(encodeHead(empty, utf8), utf8);
    expect(read.titles).toEqual([]);
    expect(read.aliases).toEqual([]);
  });

  it('refuses a name with a line break at build time', () => {
    expect(() => encodeHead(head({ titles: ['Two\nlines', 'São Paulo'] }), utf8)).toThrow(/line break: "Two\\nlines"/);
  });

  it('says what is wrong with a damaged file, naming it', () => {
    const good = encodeHead(head(), utf8);
    const damaged = (change: (b: Uint8Array) => Uint8Array) => () => decodeHead(change(good.slice()), utf8, '/data/library.bin');
    expect(damaged((b) => b.subarray(0, 3))).toThrow('/data/library.bin: not a Backstory head file');
    expect(damaged((b) => ((b[0] = 0x7b), b))).toThrow('not a Backstory head file');
    expect(damaged((b) => b.subarray(0, 20))).toThrow('header runs past the end');
    expect(damaged((b) => ((b[8] = 0x21), b))).toThrow('header is not JSON');
    expect(damaged((b) => b.subarray(0, b.length - 4))).toThrow(/section "event(Category|Weight|Turn)" is out of bounds/);
    const header = JSON.parse(utf8.decode(good.subarray(8, 8 + new DataView(good.buffer).getUint32(4, true))));
    const rewrite = (edit: (h: typeof header) => void) => () => {
      const h = structuredClone(header);
      edit(h);
      const b = good.slice();
      const text = utf8.encode(JSON.stringify(h).padEnd(new DataView(b.buffer).getUint32(4, true)));
      b.set(text, 8);
      return decodeHead(b, utf8, '/data/library.bin');
    };
    expect(rewrite((h) => (h.sections = h.sections.filter((s: { name: string }) => s.name !== 'dates')))).toThrow('no section "dates"');
    expect(rewrite((h) => (h.meta.events = 4))).toThrow('the event columns disagree in length');
    const titles = (h: typeof header) => h.sections.find((s: { name: string }) => s.name === 'titles');
    expect(rewrite((h) => (titles(h).kind = 'f64'))).toThrow('section "titles" is out of bounds');
    expect(rewrite((h) => (titles(h).kind = 'toString'))).toThrow('section "titles" is out of bounds');
    expect(rewrite((h) => (titles(h).offset = -4))).toThrow('section "titles" is out of bounds');
    expect(rewrite((h) => (titles(h).offset = 8))).toThrow('section "titles" is out of bounds');
    expect(rewrite((h) => (titles(h).length = 1.5))).toThrow('section "titles" is out of bounds');
    expect(rewrite((h) => delete h.categoryNames)).toThrow('/data/library.bin: header has no category names');
    expect(rewrite((h) => delete h.shardSize)).toThrow('header has wrong file counts');
    expect(rewrite((h) => (h.shards = 2))).toThrow('header has wrong file counts');
    expect(rewrite((h) => (h.meta = null))).toThrow('header has no meta');
    expect(rewrite((h) => (h.meta.entities = 3))).toThrow('the entity columns disagree in length');
    const nothing = good.slice();
    nothing.set(utf8.encode('null'.padEnd(new DataView(nothing.buffer).getUint32(4, true))), 8);
    expect(() => decodeHead(nothing, utf8)).toThrow('library.bin: header has no sections');
  });
});
