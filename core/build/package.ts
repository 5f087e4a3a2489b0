import { buildVocabulary } from './build-vocabulary';
import { canonicalCategory } from './categories';
import type { Compiled } from './compile';
import { monthGaps } from '../library/coverage';
import { Library } from '../library/library';
import { memorySource, type DataPackage, type LibraryFiles } from '../library/library-files';
import { senseKey, type MatcherData } from '../names/matcher';
import { compileMatcher } from './compile-matcher';
import { definingOrders } from './defining-order';
import { eventWeights } from './event-weight';
import { turningSubjects } from './turning-subjects';
import { buildDocument, postingsOf } from './search-postings';
import { splitPackage } from './split-package';
import { placeNames } from './surnames';

/** Turns compiled data into what the extension ships: the worker's package and the tabs' matcher. */
export function packageData(compiled: Compiled, builtAt: string): { data: DataPackage; matcher: MatcherData } {
  const { catalogue } = compiled;
  // Each event under the category the filters offer ("Law and crime" for the day's "Law and Crime").
  const events = compiled.events.map((e) => {
    const category = canonicalCategory(e.category);
    if (category === e.category) return e;
    const shipped = { ...e, category };
    if (!category) delete shipped.category;
    return shipped;
  });
  const position = new Map(events.map((e, i) => [e.id, i]));
  const aliases = new Map(catalogue.entities.map((e) => [e.title, e.aliases.map((a) => a.text).filter((a) => a !== e.title)]));
  // The one-word names the texts write as places ("in Ukraine"): their people's words are their forms in search.
  const written = placeNames(events.map((e) => e.text));
  const places = new Set(catalogue.entities.filter((e) => /^\p{L}+$/u.test(e.title) && written.has(e.title)).map((e) => e.title.toLowerCase()));
  const vocabulary = buildVocabulary(
    events.map((e) => `${e.topics.join(' ')} ${e.text} ${e.summary ?? ''} ${e.entities.join(' ')}`),
    places,
  );
  const dates = events.map((e) => e.date).sort();
  const entities = catalogue.entities.map((e) => ({ title: e.title, aliases: aliases.get(e.title) ?? [], events: e.events.map((id) => position.get(id)!) }));
  // Each entity's events in the order that defines it (the card's, a bare name's search): core/build/defining-order.ts.
  const entityId = new Map(entities.map((e, i) => [e.title, i]));
  const turn = turningSubjects(events, entityId, (title) => aliases.get(title) ?? []);
  definingOrders(entities, { events, weight: eventWeights(events), turn }).forEach((order, i) => (entities[i].events = order));
  const data: DataPackage = {
    meta: { events: events.length, entities: catalogue.entities.length, first: dates[0] ?? '', last: dates[dates.length - 1] ?? '', gaps: monthGaps(dates), builtAt },
    events,
    entities,
    senses: [...catalogue.senses].map(([name, list]) => [senseKey(name), list]),
    vocabulary,
    search: postingsOf(buildDocument(events, (t) => aliases.get(t) ?? [])),
  };
  return { data, matcher: compileMatcher(catalogue) };
}

/** A Library over split files held in memory (tests, the CLI, the Node benchmark). */
export function openLibrary(files: LibraryFiles | DataPackage): Library {
  const split = 'head' in files ? files : splitPackage(files);
  return new Library(split.head, memorySource(split));
}
