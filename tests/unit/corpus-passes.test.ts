import { describe, expect, it } from 'vitest';
import { gatherSightings } from '../../core/build/corpus/corpus-state';
import { mergeById, mergeByKey, mergeBySuffix } from '../../core/build/corpus/merge-sightings';
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
});
