import { isAcronym } from '../alias-rules';
import { weight, type CatalogueState } from './catalogue-state';

/** Each set of folded titles is one entity, named by its member with the most events (an acronym last). */
export function pickCanonical(state: CatalogueState): void {
  const { titles, sets, canonical } = state;
  state.members = sets.sets().map((set) => set.map((i) => titles[i]));
  for (const group of state.members) {
    const better = (x: string, y: string) => Number(isAcronym(x)) - Number(isAcronym(y)) || weight(state, y) - weight(state, x) || (x < y ? -1 : 1);
    const best = [...group].sort(better)[0];
    for (const t of group) canonical.set(t, best);
  }
}

/** The entities no link names, only story headings. */
export function findHeadingOnly(state: CatalogueState): void {
  for (const group of state.members) if (!group.some((t) => state.linkedTitles.has(t))) state.headingOnly.add(state.canonical.get(group[0])!);
}

/** Each event's entities, and the titles its links name, as canonical titles (deduplicated, order kept). */
export function canonicaliseEvents({ events, mentions, canonical }: CatalogueState): void {
  events.forEach((e, i) => {
    const all = [...e.entities, ...mentions[i].map((m) => m.title)];
    e.entities = [...new Set(all.map((t) => canonical.get(t) ?? t))];
  });
}
