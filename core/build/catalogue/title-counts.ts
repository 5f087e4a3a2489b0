import { isCommonNoun } from '../alias-rules';
import { UnionFind } from '../union-find';
import { stripQualifier } from '../../text';
import { bump, type CatalogueState } from './catalogue-state';

/** The events naming each title, the titles a link names, and the titles each surface form links to. */
export function countTitles({ events, mentions, eventsOfTitle, linkedTitles, surfaces }: CatalogueState): void {
  events.forEach((e, i) => {
    for (const t of new Set([...e.entities, ...mentions[i].map((m) => m.title)])) bump(eventsOfTitle, t);
    for (const t of e.entities) linkedTitles.add(t);
    for (const m of mentions[i]) if (!m.heading) linkedTitles.add(m.title);
    for (const m of mentions[i]) {
      if (m.surface === m.title) continue;
      bump(surfaces.get(m.surface) ?? surfaces.set(m.surface, new Map()).get(m.surface)!, m.title);
    }
  });
}

/** How often each title is linked, and how often from a lower-case word. */
export function countLowerLinks({ mentions, allLinks, lowerLinks }: CatalogueState): void {
  mentions.forEach((ms) => ms.forEach((m) => {
    bump(allLinks, m.title);
    if (/^\p{Ll}/u.test(m.surface)) bump(lowerLinks, m.title);
  }));
}

/** Every title, each in a set of its own until the folds. */
export function listTitles(state: CatalogueState): void {
  state.titles = [...state.eventsOfTitle.keys()];
  state.titleIndex = new Map(state.titles.map((t, i) => [t, i]));
  state.sets = new UnionFind(state.titles.length);
}

/** The titles that are common nouns, lower-cased and unqualified: their acronyms ("CEO", "GDP", "IT") are no names. */
export function findCommonNouns(state: CatalogueState): void {
  state.commonNouns = new Set(state.titles.filter(isCommonNoun).map((t) => stripQualifier(t).toLowerCase()));
}
