import { describe, expect, it } from 'vitest';
import { gatherSightings } from '../../core/build/corpus/corpus-state';
import { mergeById, mergeByKey, mergeBySuffix, mergeEditedEvents } from '../../core/build/corpus/merge-sightings';
import { buildCorpus } from '../../core/build/build-corpus';
import { keySentences } from '../../core/build/corpus/sentence-keys';
import type { Sighting } from '../../core/build/records';

const sighting = (date: string, fields: Partial<Sighting>): Sighting => ({ file: 'f', line: 1, date, sources: [], entities: [], mentions: [], ...fields });
const sentence = 'Russian bombers hit positions of the Islamic State in Deir ez-Zor.';

/** The sets of sightings once the sentences are keyed and the given merging passes have run. */
function merged(sightings: Sighting[], passes: Array<(s: ReturnType<typeof gatherSightings>) => void>) {
  const state = gatherSightings([{ sightings, links: [], problems: [] }]);
  keySentences(state);
  for (const pass of passes) pass(state);
  return state.sets.sets();
}

describe('corpus passes', () => {
  it('merges the same sentence of the same day, whatever its punctuation, and not across days', () => {
    const sightings = [sighting('2017-01-30', { headline: sentence }), sighting('2017-01-30', { headline: sentence.replace('.', '') }), sighting('2017-01-31', { headline: sentence })];
    expect(merged(sightings, [mergeByKey])).toEqual([[0, 1], [2]]);
  });
  it('merges a sentence that ends another one of its day under a prefix left unsplit, only in the suffix pass', () => {
    const sightings = [sighting('2017-01-30', { headline: `the story nobody names: ${sentence}` }), sighting('2017-01-30', { headline: sentence })];
    expect(merged(sightings, [mergeById, mergeByKey])).toEqual([[0], [1]]);
    expect(merged(sightings, [mergeById, mergeByKey, mergeBySuffix])).toEqual([[0, 1]]);
  });
  it('never merges two different explicit ids, and always merges one id seen twice', () => {
    const sightings = [sighting('2017-01-30', { id: 'a', text: sentence }), sighting('2017-01-30', { id: 'b', text: sentence }), sighting('2017-02-01', { id: 'a', text: 'Other.' })];
    expect(merged(sightings, [mergeById, mergeByKey, mergeBySuffix])).toEqual([[0, 2], [1]]);
  });

  it('takes a day file\'s event seen in the linked corpus for that event: word for word, or edited since', () => {
    const linked = (id: string, text: string) => sighting('2021-02-16', { id, text, topics: [] });
    const day = (id: string, text: string) => sighting('2021-02-16', { id, text, topics: ['Central African Republic Civil War'], unlinked: true });
    const sightings = [
      linked('2021-02-16-000', sentence),
      linked('2021-02-16-001', 'Two men accused of leading an Anti-balaka group plead not guilty at the start of their trial at the International Criminal Court.'),
      day('2021-02-16-y001', sentence),
      day('2021-02-16-y002', 'Two men accused of leading an Anti-balaka group which targeted Muslims plead not guilty at the start of their trial at the International Criminal Court.'),
      day('2021-02-16-y003', 'A different event entirely happens in Bangui today.'),
      { ...day('2021-02-17-y001', sentence), date: '2021-02-17' },
    ];
    expect(merged(sightings, [mergeById, mergeByKey])).toEqual([[0, 2], [1], [3], [4], [5]]);
    expect(merged(sightings, [mergeById, mergeByKey, mergeBySuffix, mergeEditedEvents])).toEqual([[0, 2], [1, 3], [4], [5]]);
    const { events } = buildCorpus([{ sightings, links: [], problems: [] }]);
    const kept = events.find((e) => e.id === '2021-02-16-001')!;
    expect(kept.text).toMatch(/^Two men accused of leading an Anti-balaka group plead/);
    expect(kept.topics).toEqual(['Central African Republic Civil War']);
    expect(events.map((e) => e.id).sort()).toEqual(['2021-02-16-000', '2021-02-16-001', '2021-02-16-y003', '2021-02-17-y001']);
  });
  it('never pairs one linked event with two edits, nor two linked events with one', () => {
    const sightings = [
      sighting('2021-03-01', { id: 'l1', text: 'Protesters march in Yangon against the military coup for a fifth day.' }),
      sighting('2021-03-01', { id: '2021-03-01-y001', text: 'Protesters march in Yangon against the military coup for the fifth day.', unlinked: true }),
      sighting('2021-03-01', { id: '2021-03-01-y002', text: 'Protesters march in Yangon against the military coup for a sixth day.', unlinked: true }),
    ];
    expect(merged(sightings, [mergeById, mergeByKey, mergeEditedEvents])).toHaveLength(2);
  });
});
