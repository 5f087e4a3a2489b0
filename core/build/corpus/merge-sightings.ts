import type { CorpusState } from './corpus-state';

/** A shorter sentence ends too many others of its day by chance to be taken for the same event. */
const MIN_SUFFIX_KEY = 24;

/**
 * The sets of sightings a and b hold two different explicit ids: never one event. A day file's id is no obstacle:
 * its event, seen in the linked corpus too, is that event.
 */
function idsClash({ sightings, sets }: CorpusState, a: number, b: number): boolean {
  const [sa, sb] = [sightings[sets.find(a)], sightings[sets.find(b)]];
  return !!sa.id && !!sb.id && sa.id !== sb.id && !sa.unlinked && !sb.unlinked;
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

/** Words shared by an event and its later edit, as a share of the words of both (Jaccard), at least. */
const EDIT_SIMILARITY = 0.5;

const wordSet = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * A day file's event that no linked event of its day matched word for word is often the same event, edited on the
 * portal since the linked corpus was taken ("which" for "that", a figure filled in): it joins the linked event of
 * its day that shares most of its words, if that one has no day-file sighting yet. Pairs are taken best first.
 */
export function mergeEditedEvents(state: CorpusState): void {
  const { sightings, split, sets } = state;
  const kinds = new Map<number, { linked: boolean; unlinked: boolean }>();
  sightings.forEach((s, i) => {
    const root = sets.find(i);
    const kind = kinds.get(root) ?? kinds.set(root, { linked: false, unlinked: false }).get(root)!;
    if (s.unlinked) kind.unlinked = true;
    else if (s.id) kind.linked = true;
  });
  const byDate = new Map<string, { linked: number[]; unlinked: number[] }>();
  for (const [root, kind] of kinds) {
    if (kind.linked === kind.unlinked) continue; // both: already one event; neither: not the day files' business
    const day = byDate.get(sightings[root].date) ?? byDate.set(sightings[root].date, { linked: [], unlinked: [] }).get(sightings[root].date)!;
    (kind.linked ? day.linked : day.unlinked).push(root);
  }
  for (const { linked, unlinked } of byDate.values()) {
    if (!linked.length || !unlinked.length) continue;
    const words = new Map([...linked, ...unlinked].map((i) => [i, wordSet(split[i].text)]));
    const pairs: Array<[number, number, number]> = [];
    for (const u of unlinked) {
      for (const l of linked) {
        const score = similarity(words.get(u)!, words.get(l)!);
        if (score >= EDIT_SIMILARITY) pairs.push([score, u, l]);
      }
    }
    pairs.sort((x, y) => y[0] - x[0]);
    const taken = new Set<number>();
    for (const [, u, l] of pairs) {
      if (taken.has(u) || taken.has(l)) continue;
      taken.add(u).add(l);
      sets.union(l, u);
    }
  }
}
