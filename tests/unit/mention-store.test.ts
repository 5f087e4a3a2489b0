/**
 * Which of a page's mentions are shown (page/mention-store.ts) as blocks are read one by one, read again, muted or
 * removed, on three paragraphs stood in by linkedom. The highlight is a plain set: what the browser would paint.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { HighlightDensity } from '../../core/settings';
import { MentionStore, type Mention } from '../../page/mention-store';
import { page } from './page-dom';

const OBAMA = 'Barack Obama';
const PAGE = '<p id="a">Barack Obama flew to Kenya.</p><p id="b">Obama spoke in Nairobi, Kenya.</p><p id="c">Kenya thanked Obama.</p>';

let doc: Document;
let highlight: Set<AbstractRange>;
let later: Set<AbstractRange>;
beforeEach(() => {
  doc = page(PAGE);
  highlight = new Set();
  later = new Set();
});

const storeWith = (density: HighlightDensity = 'all', muted: string[] = []) =>
  new MentionStore(highlight as unknown as Highlight, { density, muted: new Set(muted) }, later as unknown as Highlight);

/** The mention of `title` where paragraph `id` says `alias` (weak: an alias that needs evidence). */
function mention(id: string, alias: string, title = alias, weak = false): Mention {
  const container = doc.getElementById(id)!;
  const node = container.firstChild as Text;
  const start = node.data.indexOf(alias);
  const end = start + alias.length;
  const range = new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end });
  return { range, title, alias, weak, container, pieces: [{ node, start, end }], shown: false };
}

/** The shown mentions as "paragraph: words", in document order, once checked to be exactly what the highlight holds. */
function shown(store: MentionStore): string[] {
  const list = store.shown();
  expect(new Set(list.map((m) => m.range))).toEqual(new Set([...highlight, ...later]));
  return list.map((m) => `${(m.container as Element).id}: ${m.alias}`);
}

/** The entities with their mention counts. */
const counts = (store: MentionStore) => store.entities().map(({ title, mentions }) => ({ title, mentions }));

describe('the mention store (page/mention-store.ts)', () => {
  it('shows a weak name only while the page also names its entity strongly, whichever is read first', () => {
    const store = storeWith();
    store.replace(doc.getElementById('b')!, [mention('b', 'Obama', OBAMA, true)]);
    store.render();
    expect(shown(store)).toEqual([]);
    expect(store.entities()).toEqual([]);

    store.replace(doc.getElementById('a')!, [mention('a', OBAMA)]);
    store.render();
    expect(shown(store)).toEqual(['a: Barack Obama', 'b: Obama']);

    store.replace(doc.getElementById('c')!, [mention('c', 'Obama', OBAMA, true)]); // read after the evidence
    store.render();
    expect(shown(store)).toEqual(['a: Barack Obama', 'b: Obama', 'c: Obama']);

    store.replace(doc.getElementById('a')!, []); // the strong mention's block read again without it
    store.render();
    expect(shown(store)).toEqual([]);
    expect(store.entities()).toEqual([]);
  });

  it('counts each entity by its mentions on the page, most mentioned first, then by title', () => {
    const store = storeWith();
    store.replace(doc.getElementById('a')!, [mention('a', OBAMA), mention('a', 'Kenya')]);
    store.replace(doc.getElementById('b')!, [mention('b', 'Obama', OBAMA, true), mention('b', 'Kenya')]);
    store.append(doc.getElementById('c')!, [mention('c', 'Kenya')]); // a block read in pieces
    store.append(doc.getElementById('c')!, [mention('c', 'Obama', OBAMA, true)]);
    expect(counts(store)).toEqual([{ title: OBAMA, mentions: 3 }, { title: 'Kenya', mentions: 3 }]);

    store.replace(doc.getElementById('c')!, [mention('c', 'Kenya')]); // read again: its old mentions go
    expect(counts(store)).toEqual([{ title: 'Kenya', mentions: 3 }, { title: OBAMA, mentions: 2 }]);
    expect(store.entityCount()).toBe(2);
  });

  it('says which entities the headline names, and their order by first mention, whatever order the blocks were read in', () => {
    const store = storeWith();
    store.replace(doc.getElementById('c')!, [mention('c', 'Kenya'), mention('c', 'Obama', OBAMA, true)]);
    store.replace(doc.getElementById('b')!, [mention('b', 'Obama', OBAMA, true), mention('b', 'Nairobi')]);
    store.replace(doc.getElementById('a')!, [mention('a', OBAMA)]);
    const byTitle = Object.fromEntries(store.entities(doc.getElementById('a')!).map((e) => [e.title, e]));
    expect(byTitle[OBAMA]).toMatchObject({ headline: true, first: 0 });
    expect(byTitle.Nairobi).toMatchObject({ headline: false, first: 1 });
    expect(byTitle.Kenya).toMatchObject({ headline: false, first: 2 });
  });

  it('with density "calm", shows each entity\'s first mention in the main highlight and its later ones in the faint one, even when read out of order', () => {
    const store = storeWith('calm');
    store.replace(doc.getElementById('c')!, [mention('c', 'Kenya'), mention('c', 'Obama', OBAMA, true)]);
    store.render();
    store.replace(doc.getElementById('a')!, [mention('a', OBAMA), mention('a', 'Kenya')]);
    store.render();
    const names = (set: Set<AbstractRange>) => [...set].map((r) => `${((r.startContainer as Text).parentElement as Element).id}: ${(r.startContainer as Text).data.slice(r.startOffset, r.endOffset)}`).sort();
    expect(names(highlight)).toEqual(['a: Barack Obama', 'a: Kenya']);
    expect(names(later)).toEqual(['c: Kenya', 'c: Obama']);
    expect(store.size).toBe(4);
  });

  it('with density "first", shows only each entity\'s first mention on the page, even when read out of order', () => {
    const store = storeWith('first');
    store.replace(doc.getElementById('c')!, [mention('c', 'Kenya')]);
    store.render();
    expect(shown(store)).toEqual(['c: Kenya']);

    store.replace(doc.getElementById('b')!, [mention('b', 'Kenya')]);
    store.render();
    expect(shown(store)).toEqual(['b: Kenya']);

    store.forget(doc.getElementById('b')!);
    store.render();
    expect(shown(store)).toEqual(['c: Kenya']);
  });

  it('hides muted names, and shows them again when the rules change', () => {
    const store = storeWith('all', ['Kenya']);
    store.replace(doc.getElementById('a')!, [mention('a', OBAMA), mention('a', 'Kenya')]);
    store.render();
    expect(shown(store)).toEqual(['a: Barack Obama']);
    expect(counts(store)).toEqual([{ title: OBAMA, mentions: 1 }]);

    store.setRules({ density: 'all', muted: new Set() });
    store.render();
    expect(shown(store)).toEqual(['a: Barack Obama', 'a: Kenya']);
  });

  it('forgets the blocks that left the page when swept, and clears everything at the end', () => {
    const store = storeWith();
    store.replace(doc.getElementById('a')!, [mention('a', OBAMA), mention('a', 'Kenya')]);
    store.replace(doc.getElementById('b')!, [mention('b', 'Kenya')]);
    store.render();
    doc.getElementById('a')!.remove();
    store.sweep();
    store.render();
    expect(shown(store)).toEqual(['b: Kenya']);
    expect(counts(store)).toEqual([{ title: 'Kenya', mentions: 1 }]);

    store.clear();
    expect(shown(store)).toEqual([]);
    expect(store.entityCount()).toBe(0);
  });

  it('finds the shown mention under a character of a text node', () => {
    const store = storeWith();
    const kenya = mention('c', 'Kenya');
    store.replace(doc.getElementById('c')!, [kenya]);
    store.render();
    const text = doc.getElementById('c')!.firstChild!;
    expect(store.at(text, 0)).toBe(kenya);
    expect(store.at(text, 4)).toBe(kenya);
    expect(store.at(text, 5)).toBeUndefined(); // the space after it
    store.setRules({ density: 'all', muted: new Set(['Kenya']) });
    store.render();
    expect(store.at(text, 0)).toBeUndefined();
  });

  it('moves every mention of a name with several senses to the one the page chose (shown when it chose clearly), and back when the choice goes', () => {
    const store = storeWith('all');
    const sensed = (id: string) => ({ ...mention(id, 'Kenya', 'Kenya (state)', true), sense: { name: 'Kenya', matched: 'Kenya (state)', weak: true } });
    store.replace(doc.getElementById('a')!, [sensed('a'), mention('a', 'Barack Obama', OBAMA)]);
    store.replace(doc.getElementById('b')!, [sensed('b')]);
    store.render();
    expect(store.senseNames()).toEqual({ names: ['Kenya'], context: [OBAMA] });
    expect(shown(store)).toEqual(['a: Barack Obama']); // weak, and the page has not said which Kenya yet
    store.setSenses(new Map([['Kenya', { title: 'Kenya (country)', sure: false }]]));
    store.render();
    expect(shown(store)).toEqual(['a: Barack Obama']); // a thin choice is no evidence
    store.setSenses(new Map([['Kenya', { title: 'Kenya (country)', sure: true }]]));
    store.render();
    expect(counts(store)).toEqual([{ title: 'Kenya (country)', mentions: 2 }, { title: OBAMA, mentions: 1 }]);
    expect(shown(store)).toEqual(['a: Barack Obama', 'a: Kenya', 'b: Kenya']);
    store.replace(doc.getElementById('c')!, [sensed('c')]); // read later: takes the page's choice at once
    store.render();
    expect(counts(store)[0]).toEqual({ title: 'Kenya (country)', mentions: 3 });
    store.setSenses(new Map());
    store.render();
    expect(counts(store)).toEqual([{ title: OBAMA, mentions: 1 }]);
    expect(shown(store)).toEqual(['a: Barack Obama']);
  });
});
