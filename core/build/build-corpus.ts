import { gatherSightings } from './corpus/corpus-state';
import { mergeById, mergeByKey, mergeBySuffix, mergeEditedEvents } from './corpus/merge-sightings';
import { mergeEvents, relateEvents, sortEvents } from './corpus/merged-events';
import { keySentences } from './corpus/sentence-keys';
import { renamedStories } from './corpus/story-renames';
import type { Mention, Parsed } from './records';
import type { NewsEvent, Problem } from '../types';

/** Events with the raw links they carry, before the catalogue canonicalises entity titles. */
export interface MergedCorpus {
  events: NewsEvent[];
  /** Parallel to `events`: every link seen on that event, the raw material of aliases. */
  mentions: Mention[][];
  problems: Problem[];
  /** Stories renamed since the linked corpus was taken, old name → new name (corpus/story-renames.ts). */
  renames: Map<string, string>;
}

/** In order: each pass reads what the ones before it filled in (corpus/corpus-state.ts). */
const CORPUS_PASSES = [keySentences, mergeById, mergeByKey, mergeBySuffix, mergeEditedEvents, mergeEvents, relateEvents, sortEvents] as const;

/**
 * Merges every sighting of the same event into one event with the union of what is known of it.
 * Same event: same date and same sentence (whatever its story prefix, punctuation or mangling),
 * or the same explicit id. Two different explicit ids are never merged.
 */
export function buildCorpus(parsed: Parsed[]): MergedCorpus {
  const state = gatherSightings(parsed);
  for (const pass of CORPUS_PASSES) pass(state);
  return { events: state.events, mentions: state.mentions, problems: state.problems, renames: renamedStories(state.renames) };
}
