import type { Runtime } from 'webextension-polyfill';
import { extensionApi } from './web-ext';
import { fail, PORT_NAME, type Message, type PortReply, type PortRequest, type Reply, type RequestType } from './protocol';

interface Pending {
  request: PortRequest;
  resolve: (reply: Reply<RequestType>) => void;
  /** Times it was posted: a request whose port closed under it goes once more on a new one. */
  tries: number;
  /** The port it waits on. */
  port?: Runtime.Port;
}

/** Posts on a port that closed under a request before it is given up. */
const MAX_TRIES = 2;

/**
 * Requests to the background worker over one long-lived port, opened on the first request and again after it
 * closes (the worker stopped when idle, the page came back from the back-forward cache). Replies come back by id.
 * A request whose port closes before its answer is sent once more on a new port (the worker starts again for it);
 * every request resolves, to a Result, never a rejection. Every request type is a query but `openTimeline`, which
 * opening twice would show the same panel.
 */
export class PortClient {
  private port?: Runtime.Port;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /**
   * A page back from the back-forward cache: the browser closed its ports as it went in, and tells only the worker's
   * end, so the page's port would swallow requests. It is dropped, and what waited on it goes on a new one.
   */
  private readonly onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted && this.port) this.lost(this.port);
  };

  constructor(
    private readonly connect: () => Runtime.Port = () => extensionApi().runtime.connect({ name: PORT_NAME }),
    /** Where `pageshow` arrives (the page's window; none in a worker). */
    private readonly view: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined = typeof window === 'undefined' ? undefined : window,
  ) {}

  request(message: Message): Promise<Reply<RequestType>> {
    return new Promise((resolve) => this.post({ request: { ...message, id: this.nextId++ }, resolve, tries: 0 }));
  }

  /** Closes the port; what is still waiting resolves to an error. */
  close(): void {
    const port = this.port;
    this.port = undefined;
    this.view?.removeEventListener('pageshow', this.onPageShow);
    this.settle('closed');
    try {
      port?.disconnect();
    } catch {
      // already gone with the extension
    }
  }

  private post(p: Pending): void {
    p.tries++;
    let port: Runtime.Port | undefined;
    try {
      port = this.open();
      p.port = port;
      this.pending.set(p.request.id, p);
      port.postMessage(p.request);
    } catch (e) {
      if (!port) return p.resolve(fail(e)); // no port to be had: the extension is gone
      // A port that closed before its close event arrived: it and what waits on it go to a new one.
      this.lost(port, e);
    }
  }

  private open(): Runtime.Port {
    if (this.port) return this.port;
    const port = this.connect();
    port.onMessage.addListener((message: unknown) => {
      const { id, reply } = (message ?? {}) as Partial<PortReply>;
      const p = id === undefined ? undefined : this.pending.get(id);
      if (!p) return;
      this.pending.delete(id!);
      p.resolve(reply ?? fail(`no reply to "${p.request.type}"`));
    });
    port.onDisconnect.addListener(() => this.lost(port));
    this.view?.addEventListener('pageshow', this.onPageShow);
    this.port = port;
    return port;
  }

  /** `port` closed: the requests waiting on it go once more on a new port, or fail. */
  private lost(port: Runtime.Port, error?: unknown): void {
    if (this.port === port) {
      this.port = undefined;
      this.view?.removeEventListener('pageshow', this.onPageShow);
      try {
        port.disconnect();
      } catch {
        // already closed
      }
    }
    const waiting = [...this.pending.values()].filter((p) => p.port === port);
    for (const p of waiting) this.pending.delete(p.request.id);
    for (const p of waiting) {
      if (p.tries < MAX_TRIES) this.post(p);
      else p.resolve(fail(error ?? `the background worker closed the connection before answering "${p.request.type}"`));
    }
  }

  private settle(why: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.resolve(fail(`${why} before "${p.request.type}" was answered`));
  }
}
