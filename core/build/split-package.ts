import { encodeSenses } from '../library/senses';
import { canonicalCategory } from './categories';
import { entityDescriptions } from './entity-roles';
import { eventWeights } from './event-weight';
import { turningSubjects } from './turning-subjects';
import { ALIAS_SEP, type DataPackage, type LibraryFiles } from '../library/library-files';
import { shardText } from '../library/shard-lines';

/** Events per shard: about 160 KB of JSON lines, so a card's first events come fast (shards of 100 timed the same). */
const SHARD_SIZE = 250;
/** The whole package → the files the extension ships (core/library/library-files.ts). */
export function splitPackage(data: DataPackage, shardSize = SHARD_SIZE): LibraryFiles {
  const { events } = data;
  // The Library reads an entity's first and last date at its lowest and highest position (the build sorts events).
  events.forEach((e, i) => {
    if (i && e.date < events[i - 1].date) throw new Error(`events must be in date order: ${e.id} (${e.date}) follows ${events[i - 1].id} (${events[i - 1].date})`);
  });
  const entityId = new Map(data.entities.map((e, i) => [e.title, i]));
  const aliasesOf = new Map(data.entities.map((e) => [e.title, e.aliases]));
  const entityEventStart: number[] = [0];
  const entityEvents: number[] = [];
  for (const e of data.entities) {
    for (const p of e.events) entityEvents.push(p);
    entityEventStart.push(entityEvents.length);
    const odd = e.aliases.find((a) => !a || a.includes(ALIAS_SEP));
    if (odd !== undefined) throw new Error(`entity ${JSON.stringify(e.title)}: an alias is empty or holds a tab: ${JSON.stringify(odd)}`);
  }
  const eventEntityStart: number[] = [0];
  const eventEntities: number[] = [];
  const categoryNames: string[] = [];
  const categoryIndex = new Map<string, number>();
  const eventCategory: number[] = [];
  for (const e of events) {
    for (const t of e.entities) {
      const id = entityId.get(t);
      if (id !== undefined) eventEntities.push(id);
    }
    eventEntityStart.push(eventEntities.length);
    const c = canonicalCategory(e.category);
    if (c && !categoryIndex.has(c)) categoryIndex.set(c, categoryNames.push(c) - 1);
    eventCategory.push(c ? categoryIndex.get(c)! + 1 : 0);
  }
  const shards: string[] = [];
  for (let i = 0; i < events.length; i += shardSize) shards.push(shardText(events.slice(i, i + shardSize)));
  return {
    head: {
      meta: data.meta,
      shardSize,
      shards: shards.length,
      categoryNames,
      titles: data.entities.map((e) => e.title),
      aliases: data.entities.map((e) => e.aliases.join(ALIAS_SEP)),
      descriptions: entityDescriptions(events, data.entities),
      senses: encodeSenses(data.senses ?? []),
      entityEventStart: Uint32Array.from(entityEventStart),
      entityEvents: Uint32Array.from(entityEvents),
      dates: events.map((e) => e.date.padEnd(10).slice(0, 10)).join(''),
      eventEntityStart: Uint32Array.from(eventEntityStart),
      eventEntities: Uint32Array.from(eventEntities),
      eventCategory: Uint32Array.from(eventCategory),
      eventWeight: eventWeights(events),
      eventTurn: turningSubjects(events, entityId, (title) => aliasesOf.get(title) ?? []),
    },
    ids: events.map((e) => e.id).join('\n'),
    shards,
    vocabulary: data.vocabulary,
    search: data.search,
  };
}
