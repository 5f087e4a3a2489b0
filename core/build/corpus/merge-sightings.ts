import type { CorpusState } from './corpus-state';

/** A shorter sentence ends too many others of its day by chance to be taken for the same event. */
const MIN_SUFFIX_KEY = 24;

/** The sets of sightings a and b hold two different explicit ids: never one event. */
function idsClash({ sightings, sets }: CorpusState, a: number, b: number): boolean {
  const [ia, ib] = [sightings[sets.find(a)].id, sightings[sets.find(b)].id];
  return !!ia && !!ib && ia !== ib;
}

/** Sightings with the same explicit id are one event. */
export function mergeById({ sightings, sets }: CorpusState): void {
  const byId = new Map<string, number>();
  sightings.forEach((s, i) => {
    if (!s.id) return;
    const prev = byId.get(s.id);
    if (prev !== undefined) sets.union(prev, i);
    else byId.set(s.id, i);
  });
}

/** Sightings of the same date and sentence key are one event. */
export function mergeByKey(state: CorpusState): void {
  const { sightings, keys, sets } = state;
  const byKey = new Map<string, number>();
  sightings.forEach((s, i) => {
    const key = `${s.date}|${keys[i]}`;
    const prev = byKey.get(key);
    if (prev === undefined) return void byKey.set(key, i);
    if (!idsClash(state, prev, i)) sets.union(prev, i);
  });
}

/** A sentence that ends another sentence of the same day is the same event under a prefix we did not split. */
export function mergeBySuffix(state: CorpusState): void {
  const { sightings, keys, fullKeys, sets } = state;
  const byDate = new Map<string, number[]>();
  sightings.forEach((s, i) => {
    if (sets.find(i) !== i) return;
    (byDate.get(s.date) ?? byDate.set(s.date, []).get(s.date)!).push(i);
  });
  for (const roots of byDate.values()) {
    if (roots.length < 2) continue;
    for (const a of roots) {
      for (const b of roots) {
        if (a === b || keys[b].length < MIN_SUFFIX_KEY || keys[a].length <= keys[b].length) continue;
        if (idsClash(state, a, b)) continue;
        if (fullKeys[a].endsWith(keys[b])) sets.union(a, b);
      }
    }
  }
}
