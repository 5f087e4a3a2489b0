import type { NewsEvent } from '../types';

/**
 * What a shard's line holds of an event: what the head does not. Its date, entities and category are columns of the
 * head, so the line leaves them out, and empty lists and the empty address of a source named without one too.
 */
export interface ShardRecord {
  id: string;
  text: string;
  topics?: string[];
  summary?: string;
  sources?: Array<{ name: string; url?: string }>;
  image?: string;
  related?: string[];
}

/** An event as its shard's line (`shardRecord`); `NewsEvent`'s other fields come from the head (core/library/event-store.ts). */
export function shardRecord(e: NewsEvent): ShardRecord {
  const r: ShardRecord = { id: e.id, text: e.text };
  if (e.topics.length) r.topics = e.topics;
  if (e.summary) r.summary = e.summary;
  if (e.sources.length) r.sources = e.sources.map((s) => (s.url ? { name: s.name, url: s.url } : { name: s.name }));
  if (e.image) r.image = e.image;
  if (e.related.length) r.related = e.related;
  return r;
}

/**
 * One shard of events as the worker keeps it: the file's text, one event's JSON a line, each event parsed when it
 * is shown. Kept as one string, a shard is a single object the garbage collector never copies (a large string
 * lives in the large-object space); parsed up front, the shards were many small objects that the worker's
 * young-generation collections had to copy after the background loading (docs/bench.md, "Why the code is shaped
 * so").
 */
export class ShardLines {
  /** Where each line starts; line i ends one character before line i + 1 starts (or at the end of the text). */
  private readonly starts: number[] = [0];

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
    // A final line break ends the last line rather than starting an empty one (as JSON Lines files often end).
    if (this.starts.length > 1 && this.starts[this.starts.length - 1] === text.length) this.starts.pop();
  }

  get length(): number {
    return this.text ? this.starts.length : 0;
  }

  /** Event i of the shard; throws an Error naming the file and line when it is not there or not JSON. */
  event(i: number): ShardRecord {
    if (!(i >= 0 && i < this.length)) throw new Error(`${this.file}: no line ${i + 1} (it has ${this.length}; rebuild the extension's data)`);
    const end = i + 1 < this.starts.length ? this.starts[i + 1] - 1 : this.text.length;
    try {
      return JSON.parse(this.text.slice(this.starts[i], end)) as ShardRecord;
    } catch (e) {
      throw new Error(`${this.file}:${i + 1}: not an event (${(e as Error).message})`);
    }
  }
}

/** A shard's events → the text `ShardLines` reads (JSON escapes line breaks inside strings, so one line is one event). */
export const shardText = (events: readonly NewsEvent[]): string => events.map((e) => JSON.stringify(shardRecord(e))).join('\n');
