import { afterEach, describe, expect, it, vi } from 'vitest';
import { PortClient } from '../../messaging/port-client';
import type { PortRequest } from '../../messaging/protocol';
import { FakePort } from './fake-port';

/** The client's port, answered from the worker's side. */
class ClientPort extends FakePort<PortRequest> {
  answer(id: number, value: unknown): void {
    this.receive({ id, reply: { ok: true, value } });
  }
}

function client(view?: EventTarget, timeoutMs?: number) {
  const ports: ClientPort[] = [];
  const c = new PortClient(
    () => {
      const p = new ClientPort();
      ports.push(p);
      return p.port;
    },
    view,
    timeoutMs,
  );
  return { c, ports };
}

const pageShow = (persisted: boolean) => Object.assign(new Event('pageshow'), { persisted });

const ask = (c: PortClient, title: string) => c.request({ backstory: 1, type: 'entity', payload: { title } });

describe('PortClient', () => {
  it('answers each request with its own reply over one port, in any order', async () => {
    const { c, ports } = client();
    const a = ask(c, 'Syria');
    const b = ask(c, 'Iraq');
    expect(ports).toHaveLength(1);
    const [ra, rb] = ports[0].posted;
    expect([ra.payload, rb.payload]).toEqual([{ title: 'Syria' }, { title: 'Iraq' }]);
    expect(ra.id).not.toBe(rb.id);
    ports[0].answer(rb.id, 'iraq');
    ports[0].answer(ra.id, 'syria');
    ports[0].answer(999, 'nobody asked');
    expect(await a).toEqual({ ok: true, value: 'syria' });
    expect(await b).toEqual({ ok: true, value: 'iraq' });
  });

  it('sends a request again on a new port when its port closes before the answer', async () => {
    const { c, ports } = client();
    const a = ask(c, 'Syria');
    ports[0].drop();
    expect(ports).toHaveLength(2);
    expect(ports[1].posted.map((m) => m.payload)).toEqual([{ title: 'Syria' }]);
    ports[1].answer(ports[1].posted[0].id, 'syria');
    expect(await a).toEqual({ ok: true, value: 'syria' });
    // The next request keeps to the new port.
    void ask(c, 'Iraq');
    expect(ports).toHaveLength(2);
    expect(ports[1].posted).toHaveLength(2);
  });

  it('gives up with an error naming the request when the port closes twice under it', async () => {
    const { c, ports } = client();
    const a = ask(c, 'Syria');
    ports[0].drop();
    ports[1].drop();
    expect(ports).toHaveLength(2);
    const reply = await a;
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/connection to the background worker closed before "entity" was answered/);
    // It let go of both ports.
    expect(ports.map((p) => p.listeners)).toEqual([0, 0]);
  });

  it('never sends a request with effects twice: opening the timeline fails rather than opening it again', async () => {
    const { c, ports } = client();
    const open = c.request({ backstory: 1, type: 'openTimeline', payload: { entity: 'Syria' } });
    ports[0].drop();
    expect(ports).toHaveLength(1);
    const reply = await open;
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/before "openTimeline" was answered/);
  });

  it('tries a new port when posting on the old one throws (closed before its event arrived), with what waited on it', async () => {
    const { c, ports } = client();
    const a = ask(c, 'Syria');
    ports[0].throwOnPost = true;
    const b = ask(c, 'Iraq');
    expect(ports).toHaveLength(2);
    expect(ports[1].posted.map((m) => m.payload)).toEqual([{ title: 'Syria' }, { title: 'Iraq' }]);
    for (const m of ports[1].posted) ports[1].answer(m.id, (m.payload as { title: string }).title);
    expect(await a).toEqual({ ok: true, value: 'Syria' });
    expect(await b).toEqual({ ok: true, value: 'Iraq' });
    // The old port's close event, arriving late, finds nothing waiting on it.
    ports[0].drop();
    expect(ports).toHaveLength(2);
  });

  it('resolves to an error, never a rejection, when no port can be opened (the extension is gone)', async () => {
    const c = new PortClient(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(await ask(c, 'Syria')).toEqual({ ok: false, error: 'Extension context invalidated.' });
  });

  it('drops its port when the page comes back from the back-forward cache (the browser closed it unseen)', async () => {
    const view = new EventTarget();
    const { c, ports } = client(view);
    const a = ask(c, 'Syria');
    view.dispatchEvent(pageShow(false)); // a fresh load: nothing to do
    expect(ports).toHaveLength(1);
    view.dispatchEvent(pageShow(true));
    expect(ports[0].closed).toBe(true);
    expect(ports).toHaveLength(2);
    expect(ports[1].posted.map((m) => m.payload)).toEqual([{ title: 'Syria' }]);
    ports[1].answer(ports[1].posted[0].id, 'syria');
    expect(await a).toEqual({ ok: true, value: 'syria' });
    c.close();
    // Closed, it no longer listens.
    view.dispatchEvent(pageShow(true));
    expect(ports).toHaveLength(2);
  });

  it('fails a request unanswered in time and gives up its silent port; what else waited goes on a new one', async () => {
    vi.useFakeTimers();
    const { c, ports } = client(undefined, 1000);
    const a = ask(c, 'Syria');
    vi.advanceTimersByTime(500);
    const b = ask(c, 'Iraq');
    vi.advanceTimersByTime(499);
    expect(ports[0].closed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await a).toEqual({ ok: false, error: 'no answer to "entity" from the background worker in 1 s' });
    expect(ports[0].closed).toBe(true);
    expect(ports[1].posted.map((m) => m.payload)).toEqual([{ title: 'Iraq' }]);
    ports[1].answer(ports[1].posted[0].id, 'iraq');
    expect(await b).toEqual({ ok: true, value: 'iraq' });
  });

  it('keeps a port whose requests are answered, however long after', async () => {
    vi.useFakeTimers();
    const { c, ports } = client(undefined, 1000);
    const a = ask(c, 'Syria');
    ports[0].answer(ports[0].posted[0].id, 'syria');
    expect(await a).toEqual({ ok: true, value: 'syria' });
    vi.advanceTimersByTime(5000);
    expect(ports).toHaveLength(1);
    expect(ports[0].closed).toBe(false);
  });

  it('does not open the timeline again when its answer times out, but sends it again when it never left', async () => {
    vi.useFakeTimers();
    const { c, ports } = client(undefined, 1000);
    const openTimeline = () => c.request({ backstory: 1, type: 'openTimeline', payload: { entity: 'Syria' } });
    const late = openTimeline();
    vi.advanceTimersByTime(1000);
    expect((await late).ok).toBe(false);
    expect(ports).toHaveLength(1);
    // Posting on a port that closed unseen throws: nothing reached the worker, so the request goes on a new port.
    void ask(c, 'Iraq');
    ports[1].throwOnPost = true;
    const unsent = openTimeline();
    expect(ports).toHaveLength(3);
    // With the query that waited on the dead port.
    expect(ports[2].posted.map((m) => m.type)).toEqual(['entity', 'openTimeline']);
    ports[2].answer(ports[2].posted[1].id, { opened: 'panel' });
    expect(await unsent).toEqual({ ok: true, value: { opened: 'panel' } });
  });

  it('closes: what waits gets an error, and the next request opens a new port', async () => {
    const { c, ports } = client();
    const a = ask(c, 'Syria');
    c.close();
    expect(ports[0].closed).toBe(true);
    expect(await a).toEqual({ ok: false, error: 'closed before "entity" was answered' });
    void ask(c, 'Iraq');
    expect(ports).toHaveLength(2);
    // A close event arriving late from the old port changes nothing.
    ports[0].drop();
    expect(ports).toHaveLength(2);
  });
});

afterEach(() => void vi.useRealTimers());
