/**
 * Stories renamed on Wikipedia since the linked corpus was taken: an event both corpora hold names its stories in
 * both, the linked one as they were titled then ("2019–20 coronavirus pandemic"), the day file as they are titled
 * now ("COVID-19 pandemic"). Where the two chains have the same length, each place that differs is a pair; a pair
 * seen often enough for the old name is a rename, and the catalogue makes one entity of the two titles.
 */

/** Old name → new name → events; and each old name's events in the pairs' chains. */
export interface StoryRenames {
  pairs: Map<string, Map<string, number>>;
  seen: Map<string, number>;
}

/** A rename needs this many events, and this share of the old name's events held by both corpora. */
const MIN_EVENTS = 3;
const MIN_SHARE = 0.5;

/** Notes the two chains of one event, the linked one first. */
export function noteChains(renames: StoryRenames, linked: readonly string[], unlinked: readonly string[]): void {
  if (linked.length !== unlinked.length) return;
  linked.forEach((old, i) => {
    renames.seen.set(old, (renames.seen.get(old) ?? 0) + 1);
    const now = unlinked[i];
    if (now === old) return;
    const to = renames.pairs.get(old) ?? renames.pairs.set(old, new Map()).get(old)!;
    to.set(now, (to.get(now) ?? 0) + 1);
  });
}

/** Words of four letters or more: a renamed story keeps one ("pandemic", "Libyan", "bombing"). */
const longWords = (name: string) => new Set(name.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/** The renames the events bear out: old name → new name. */
export function renamedStories({ pairs, seen }: StoryRenames): Map<string, string> {
  const out = new Map<string, string>();
  for (const [old, to] of pairs) {
    const [now, n] = [...to].sort((a, b) => b[1] - a[1])[0];
    if (n < MIN_EVENTS || n < MIN_SHARE * (seen.get(old) ?? n)) continue;
    const kept = longWords(old);
    if ([...longWords(now)].some((w) => kept.has(w))) out.set(old, now);
  }
  return out;
}
