import type { Alias, EntityEntry } from './types';
import { rankEntityEvents } from '../event-order';
import { rankKind, type CatalogueState } from './catalogue-state';
import { AMBIGUOUS_SHARE } from './alias-offers';

/** Each alias text goes to one entity: a title beats a surface form; else the most links; a tie drops it. */
export function awardAliases({ aliasOwners, ambiguousTexts, canonical, aliasesOf }: CatalogueState): void {
  for (const owners of aliasOwners.values()) {
    const ranked = [...owners].sort((x, y) => rankKind(y[1].kind) - rankKind(x[1].kind) || y[1].count - x[1].count);
    const [first, second] = ranked;
    if (second && rankKind(second[1].kind) === rankKind(first[1].kind) && second[1].count === first[1].count) continue;
    const total = ranked.reduce((n, [, a]) => n + a.count, 0);
    // An exact title is ambiguous only when another title shares it; a bare or surface name also when links part ways.
    const exactTitle = canonical.has(first[1].text);
    const ambiguous = (!exactTitle && ambiguousTexts.has(first[1].text)) || (second && second[1].count >= AMBIGUOUS_SHARE * total);
    const alias: Alias = ambiguous ? { ...first[1], ambiguous: true } : first[1];
    (aliasesOf.get(first[0]) ?? aliasesOf.set(first[0], []).get(first[0])!).push(alias);
  }
}

/** The catalogue's order of entities: the most eventful first, then by title. */
export const mostEventful = (x: EntityEntry, y: EntityEntry): number => y.events.length - x.events.length || x.title.localeCompare(y.title);

/** One entry per entity, its aliases strongest first and its events most relevant first; the entities most eventful first. */
export function listEntities(state: CatalogueState): void {
  const { events, members, canonical, aliasesOf } = state;
  const ranked = rankEntityEvents(events);
  state.entities = members.map((group): EntityEntry => {
    const title = canonical.get(group[0])!;
    const aliases = (aliasesOf.get(title) ?? []).sort((x, y) => rankKind(y.kind) - rankKind(x.kind) || y.count - x.count || x.text.localeCompare(y.text));
    return { title, folded: group.filter((t) => t !== title).sort(), aliases, events: ranked.get(title) ?? [] };
  });
  state.entities.sort(mostEventful);
}
