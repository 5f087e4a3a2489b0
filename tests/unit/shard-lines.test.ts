import { describe, expect, it } from 'vitest';
import { ShardLines, shardRecord, shardText } from '../../core/library/shard-lines';
import type { NewsEvent } from '../../core/types';

const event = (id: string, text: string): NewsEvent => ({ id, date: '2021-08-15', topics: [], text, sources: [], entities: ['Kabul'], related: [] });

describe('a shard as lines', () => {
  it('gives back each event, line breaks and any script inside its text included', () => {
    const events = [event('a', 'one\nline two'), event('b', 'Erdoğan — “quoted”\u2028'), event('c', '')];
    const shard = new ShardLines(shardText(events), 'events-0.jsonl');
    expect(shard.length).toBe(3);
    expect([0, 1, 2].map((i) => shard.event(i))).toEqual(events.map(shardRecord));
    expect(new ShardLines('', 'events-9.jsonl').length).toBe(0);
    // A file that ends with a line break (as JSON Lines files often do) holds no empty last event.
    const ended = new ShardLines(`${shardText(events)}\n`, 'events-0.jsonl');
    expect(ended.length).toBe(3);
    expect(ended.event(2)).toEqual(shardRecord(events[2]));
  });

  it('leaves out what the head holds (date, entities, category), empty lists and empty source addresses', () => {
    const full: NewsEvent = { ...event('a', 'text'), topics: ['Taliban insurgency'], category: 'Armed conflicts and attacks', sources: [{ name: 'Reuters', url: '' }, { name: 'BBC', url: 'https://bbc.co.uk/x' }], related: ['b'] };
    expect(shardRecord(full)).toEqual({ id: 'a', text: 'text', topics: ['Taliban insurgency'], sources: [{ name: 'Reuters' }, { name: 'BBC', url: 'https://bbc.co.uk/x' }], related: ['b'] });
    expect(shardRecord(event('c', 'bare'))).toEqual({ id: 'c', text: 'bare' });
  });

  it('names the file and line of a damaged event, and of one that is not there', () => {
    const shard = new ShardLines(`${JSON.stringify(event('a', 'ok'))}\n{"id": "b", "te`, 'events-3.jsonl');
    expect(shard.event(0).id).toBe('a');
    expect(() => shard.event(1)).toThrow(/^events-3\.jsonl:2: not an event \(/);
    expect(() => shard.event(2)).toThrow("events-3.jsonl: no line 3 (it has 2; rebuild the extension's data)");
  });
});
