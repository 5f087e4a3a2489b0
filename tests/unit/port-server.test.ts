import { describe, expect, it } from 'vitest';
import type { Events, Runtime, Tabs } from 'webextension-polyfill';
import { servePorts } from '../../messaging/port-server';
import type { PortReply } from '../../messaging/protocol';
import { FakePort } from './fake-port';

/** An event as far as servePorts uses it. */
function fakeEvent<L>() {
  const listeners = new Set<L>();
  return {
    listeners,
    event: { addListener: (l: L) => void listeners.add(l), removeListener: (l: L) => void listeners.delete(l) },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** The worker's handlers these tests do not ask. */
const notAsked = () => {
  throw new Error('not asked in these tests');
};

describe('servePorts', () => {
  function serve() {
    const onConnect = fakeEvent<(port: Runtime.Port) => void>();
    const seen: unknown[] = [];
    const stop = servePorts(
      {
        meta: notAsked,
        findNames: notAsked,
        senses: notAsked,
        search: notAsked,
        entityEvents: notAsked,
        related: notAsked,
        counts: notAsked,
        card: notAsked,
        openTimeline: notAsked,
        timeline: notAsked,
        suggestEntities: notAsked,
        categories: notAsked,
        entity: ({ title }, sender) => {
          seen.push(sender);
          if (title === 'bad') throw new Error('no such entity');
          return { title, aliases: [], count: 1, first: '2021-01-01', last: '2021-01-01' };
        },
      },
      onConnect.event as unknown as Events.Event<(port: Runtime.Port) => void>,
    );
    // The worker's end of a port from a tab's content script.
    const connect = (name?: string) => {
      const p = new FakePort<PortReply>(name, { tab: { id: 7 } as Tabs.Tab, frameId: 0 });
      onConnect.listeners.forEach((l) => l(p.port));
      return p;
    };
    return { stop, connect, seen, onConnect };
  }

  it('answers each request by id with a Result, handing the handler the port’s sender', async () => {
    const { connect, seen } = serve();
    const p = connect();
    p.receive({ backstory: 1, id: 2, type: 'entity', payload: { title: 'Syria' } });
    p.receive({ backstory: 1, id: 3, type: 'entity', payload: { title: 'bad' } });
    // A tab's question, sent to the worker: nothing on the wire is checked by the compiler.
    p.receive({ backstory: 1, id: 4, type: 'pageStatus', payload: {} });
    p.receive({ backstory: 1, type: 'entity', payload: { title: 'no id' } });
    p.receive('not a request');
    await tick();
    // Replies go out as each answer is ready (not in the order asked): the ids pair them up.
    expect([...p.posted].sort((x, y) => x.id - y.id)).toEqual([
      { id: 2, reply: { ok: true, value: { title: 'Syria', aliases: [], count: 1, first: '2021-01-01', last: '2021-01-01' } } },
      { id: 3, reply: { ok: false, error: 'no such entity' } },
      { id: 4, reply: { ok: false, error: 'no handler for "pageStatus"' } },
    ]);
    expect(seen).toEqual([{ tab: { id: 7 }, frameId: 0 }, { tab: { id: 7 }, frameId: 0 }]);
  });

  it('leaves other ports alone, posts nothing on a port closed before its answer, and stops listening to it', async () => {
    const { connect } = serve();
    const other = connect('someone-else');
    expect(other.listeners).toBe(0);
    const p = connect();
    p.receive({ backstory: 1, id: 1, type: 'entity', payload: { title: 'Syria' } });
    p.drop();
    await tick();
    expect(p.posted).toEqual([]);
    expect(p.listeners).toBe(0);
  });

  it('when stopped, stops listening for ports and to each open one, and closes them', () => {
    const { stop, connect, onConnect } = serve();
    const a = connect();
    const b = connect();
    stop();
    expect(onConnect.listeners.size).toBe(0);
    expect([a.listeners, b.listeners]).toEqual([0, 0]);
    expect([a.closed, b.closed]).toEqual([true, true]);
  });
});
