import { dateAt, fileNames, type LibraryHead, type LibrarySource } from './library-files';
import { ShardLines, type ShardRecord } from './shard-lines';
import type { NewsEvent } from '../types';

/** Shards requested together by `prefetch()`. */
const PREFETCH_BATCH = 8;

/**
 * The events themselves: their shards, loaded through the `LibrarySource` when one of their events is asked for (or
 * all of them by `prefetch()`) and kept, the lookups by id, and every event's date from the head.
 */
export class EventStore {
  private readonly shardCache = new Map<number, Promise<ShardLines>>();
  private readonly loaded: Array<ShardLines | undefined> = [];
  private dateList?: string[];
  private positionOf?: Promise<Map<string, number>>;

  constructor(
    private readonly head: LibraryHead,
    private readonly source: LibrarySource,
  ) {}

  /** Every event's date, in position order. */
  dates(): string[] {
    if (!this.dateList) {
      const { dates } = this.head;
      const list: string[] = new Array(dates.length / 10);
      for (let i = 0; i < list.length; i++) list[i] = dates.slice(10 * i, 10 * i + 10);
      this.dateList = list;
    }
    return this.dateList;
  }

  /** The events at these positions, in this order, loading the shards they live in. */
  async at(positions: readonly number[]): Promise<NewsEvent[]> {
    const size = this.head.shardSize;
    const needed = new Set<number>();
    for (const p of positions) if (!this.loaded[Math.floor(p / size)]) needed.add(Math.floor(p / size));
    await Promise.all(
      [...needed].map((k) => {
        let shard = this.shardCache.get(k);
        if (!shard) {
          shard = this.source.shard(k).then((text) => (this.loaded[k] = new ShardLines(text, fileNames.shard(k))));
          shard.catch(() => this.shardCache.delete(k));
          this.shardCache.set(k, shard);
        }
        return shard;
      }),
    );
    return positions.map((p) => this.eventAt(p, this.loaded[Math.floor(p / size)]!.event(p % size)));
  }

  /** The event at position `p`: its shard's line, and its date, entities and category from the head. */
  private eventAt(p: number, r: ShardRecord): NewsEvent {
    const { dates, titles, eventEntityStart, eventEntities, eventCategory, categoryNames } = this.head;
    const entities: string[] = [];
    for (let k = eventEntityStart[p]; k < eventEntityStart[p + 1]; k++) entities.push(titles[eventEntities[k]]);
    const event: NewsEvent = {
      id: r.id, date: dateAt(dates, p), topics: r.topics ?? [], text: r.text, entities, related: r.related ?? [],
      sources: (r.sources ?? []).map((s) => ({ name: s.name, url: s.url ?? '' })),
    };
    if (r.summary) event.summary = r.summary;
    if (r.image) event.image = r.image;
    if (eventCategory[p]) event.category = categoryNames[eventCategory[p] - 1];
    return event;
  }

  /** Loads every event shard in the background, one at a time with pauses, so that later lookups find their events in memory. */
  async prefetch(): Promise<void> {
    const { shards, shardSize } = this.head;
    for (let k = 0; k < shards; k += PREFETCH_BATCH) {
      const batch: number[] = [];
      for (let j = k; j < Math.min(shards, k + PREFETCH_BATCH); j++) if (!this.loaded[j]) batch.push(j * shardSize);
      await this.at(batch);
      if (this.source.pause) await this.source.pause();
    }
  }

  /** Event ids → positions, from the ids file (loaded on the first lookup by id). */
  private positions(): Promise<Map<string, number>> {
    if (!this.positionOf) {
      const map = this.source.ids().then((ids) => new Map(ids.split('\n').map((id, i) => [id, i])));
      map.catch(() => (this.positionOf = undefined));
      this.positionOf = map;
    }
    return this.positionOf;
  }

  async event(id: string): Promise<NewsEvent | undefined> {
    const i = (await this.positions()).get(id);
    return i === undefined ? undefined : (await this.at([i]))[0];
  }

  /** The events the event with this id lists as related (those of them the data holds). */
  async related(id: string): Promise<NewsEvent[]> {
    const related = (await this.event(id))?.related ?? [];
    const positionOf = await this.positions();
    const positions = related.map((r) => positionOf.get(r)).filter((p): p is number => p !== undefined);
    return this.at(positions);
  }
}
