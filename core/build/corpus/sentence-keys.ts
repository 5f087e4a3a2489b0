import type { Sighting } from '../records';
import { leadingSegment, splitHeadline } from '../story-prefix';
import { sentenceKey, stripQualifier } from '../../text';
import type { CorpusState } from './corpus-state';

/** Story names the data knows: stories of the JSONL chains, entity titles, and page prefixes seen twice or more. */
function knownTopics(sightings: Sighting[]): (s: string) => boolean {
  const known = new Set<string>();
  const add = (s: string) => {
    known.add(sentenceKey(s));
    known.add(sentenceKey(stripQualifier(s)));
  };
  const leading = new Map<string, Set<string>>();
  for (const s of sightings) {
    s.topics?.forEach(add);
    s.entities.forEach(add);
    if (s.headline) {
      const seg = leadingSegment(s.headline);
      if (seg && seg.split(' ').length <= 10) {
        const k = sentenceKey(seg);
        if (!leading.has(k)) leading.set(k, new Set());
        leading.get(k)!.add(sentenceKey(s.headline));
      }
    }
  }
  for (const [k, heads] of leading) if (heads.size >= 2) known.add(k);
  known.delete('');
  return (s) => known.has(sentenceKey(s));
}

/** Splits each headline into story names and sentence, and keys each sentence (and each whole headline) for merging. */
export function keySentences(state: CorpusState): void {
  const { sightings } = state;
  const known = knownTopics(sightings);
  state.split = sightings.map((s) => (s.headline !== undefined ? splitHeadline(s.headline, known) : { topics: s.topics ?? [], text: s.text ?? '' }));
  state.keys = state.split.map((s) => sentenceKey(s.text));
  state.fullKeys = sightings.map((s, i) => (s.headline !== undefined ? sentenceKey(s.headline) : state.keys[i]));
}
