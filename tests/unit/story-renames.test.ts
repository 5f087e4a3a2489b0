import { describe, expect, it } from 'vitest';
import { noteChains, renamedStories, type StoryRenames } from '../../core/build/corpus/story-renames';
import { compile } from '../../core/build/compile';

const fresh = (): StoryRenames => ({ pairs: new Map(), seen: new Map() });

describe('stories renamed since the linked corpus was taken', () => {
  it('are the names the two corpora write at the same place of the same events, often enough', () => {
    const r = fresh();
    for (let i = 0; i < 4; i++) noteChains(r, ['2019–20 coronavirus pandemic', 'COVID-19 pandemic in Europe'], ['COVID-19 pandemic', 'COVID-19 pandemic in Europe']);
    noteChains(r, ['2019–20 coronavirus pandemic'], ['COVID-19 pandemic', 'A longer chain']); // lengths differ: no pair
    for (let i = 0; i < 2; i++) noteChains(r, ['Brexit'], ['Brexit negotiations']); // twice only
    expect(renamedStories(r)).toEqual(new Map([['2019–20 coronavirus pandemic', 'COVID-19 pandemic']]));
  });
  it('keep a word of the old name, and hold for most of its events', () => {
    const r = fresh();
    for (let i = 0; i < 5; i++) noteChains(r, ['COVID-19 pandemic in Washington, D.C.'], ['D.C.']);
    for (let i = 0; i < 3; i++) noteChains(r, ['War in Donbas'], ['Russo-Ukrainian War']);
    for (let i = 0; i < 3; i++) noteChains(r, ['2022 bombing of Odessa'], ['2022 bombing of Odesa']);
    for (let i = 0; i < 4; i++) noteChains(r, ['2022 bombing of Odessa'], ['2022 bombing of Odessa']);
    expect(renamedStories(r)).toEqual(new Map());
  });
  it('make one entity of the old and the new title', () => {
    const linked = (id: string, text: string) => JSON.stringify({ id, date: '2020-03-1' + id.slice(-1), stories: [{ text: '2019–20 coronavirus pandemic', links: [{ surface: '2019–20 coronavirus pandemic', title: '2019–20 coronavirus pandemic' }] }], text, entities: [], sources: [] });
    const day = (id: string, text: string) => JSON.stringify({ id: `2020-03-1${id.slice(-1)}-y001`, date: '2020-03-1' + id.slice(-1), stories: [{ text: 'COVID-19 pandemic' }], text, sources: [] });
    const later = JSON.stringify({ id: '2022-01-01-000', date: '2022-01-01', stories: [{ text: 'COVID-19 pandemic', links: [{ surface: 'COVID-19 pandemic', title: 'COVID-19 pandemic' }] }], text: 'Cases rise again.', entities: [], sources: [] });
    const texts = ['Italy locks down the north.', 'Spain declares an emergency.', 'France closes its schools.'];
    const lines = [...texts.map((t, i) => linked(`a${i}`, t)), ...texts.map((t, i) => day(`a${i}`, t)), later];
    const { catalogue, events } = compile([{ file: 'c.jsonl', text: lines.join('\n') }]);
    expect(events).toHaveLength(4);
    expect(catalogue.canonical.get('2019–20 coronavirus pandemic')).toBe(catalogue.canonical.get('COVID-19 pandemic'));
  });
});
