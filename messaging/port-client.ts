import type { Runtime } from 'webextension-polyfill';
import { extensionApi } from './web-ext';
import { fail, NOT_REPEATED, PORT_NAME, type Message, type PortReply, type PortRequest, type Reply, type WorkerRequest } from './protocol';

interface Pending {
  request: PortRequest;
  resolve: (reply: Reply<WorkerRequest>) => void;
  /** Times it was posted: a query whose port closed under it goes once more on a new one. */
  tries: number;
  /** The port it waits on. */
  port?: Runtime.Port;
  /** False until `postMessage` returned: a request that never left can always be sent again. */
  delivered?: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

/** Posts of a query whose port closed under it before it is given up. */
const MAX_TRIES = 2;
/**
 * A request unanswered this long fails, and its port is dropped (what else waited on it goes on a new one): a safety
 * net for a port closed without a word, far above the slowest answer (the first search on the bench's largest
 * corpus, as the index loads).
 */
const ANSWER_TIMEOUT_MS = 20_000;

/**
 * Requests to the background worker over one long-lived port, opened on the first request and again after it
 * closes (the worker stopped when idle, the page came back from the back-forward cache). Replies come back by id.
 * A query whose port closes before its answer is sent once more on a new port (the worker starts again for it); a
 * request with effects (`NOT_REPEATED`: opening the timeline) only when it never left, since the worker may have
 * acted already.
 * Every request resolves, to a Result, never a rejection.
 */
export class PortClient {
  private port?: Runtime.Port;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Removes the listeners the client put on a port. */
  private readonly detach = new WeakMap<Runtime.Port, () => void>();
  /**
   * A page back from the back-forward cache: the browser closed its ports as it went in, and tells only the worker's
   * end, so the page's port would swallow requests. It is dropped, and what waited on it goes on a new one.
   */
  private readonly onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted && this.port) this.lost(this.port, 'the page came back from the back-forward cache');
  };

  constructor(
    private readonly connect: () => Runtime.Port = () => extensionApi().runtime.connect({ name: PORT_NAME }),
    /** Where `pageshow` arrives (the page's window; none in a worker). */
    private readonly view: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined = typeof window === 'undefined' ? undefined : window,
    private readonly timeoutMs = ANSWER_TIMEOUT_MS,
  ) {}

  request(message: Message<WorkerRequest>): Promise<Reply<WorkerRequest>> {
    return new Promise((resolve) => this.post({ request: { ...message, id: this.nextId++ }, resolve, tries: 0 }));
  }

  /** Closes the port; what is still waiting resolves to an error. */
  close(): void {
    const port = this.port;
    if (port) this.drop(port);
    for (const p of [...this.pending.values()]) this.finish(p, fail(`closed before "${p.request.type}" was answered`));
  }

  private post(p: Pending): void {
    p.tries++;
    let port: Runtime.Port | undefined;
    try {
      port = this.open();
      p.port = port;
      p.delivered = false;
      this.pending.set(p.request.id, p);
      clearTimeout(p.timer);
      p.timer = setTimeout(() => this.timedOut(p, port!), this.timeoutMs);
      port.postMessage(p.request);
      p.delivered = true;
    } catch (e) {
      if (!port) return this.finish(p, fail(e)); // no port to be had: the extension is gone
      // A port that closed before its close event arrived: it and what waits on it go to a new one.
      this.lost(port, e);
    }
  }

  private open(): Runtime.Port {
    if (this.port) return this.port;
    const port = this.connect();
    const onMessage = (message: unknown) => {
      const { id, reply } = (message ?? {}) as Partial<PortReply>;
      const p = id === undefined ? undefined : this.pending.get(id);
      if (p) this.finish(p, reply ?? fail(`no reply to "${p.request.type}"`));
    };
    // Chrome says why in runtime.lastError, Firefox in port.error.
    const onDisconnect = () => this.lost(port, extensionApi()?.runtime?.lastError?.message ?? (port as { error?: Error }).error?.message);
    port.onMessage.addListener(onMessage);
    port.onDisconnect.addListener(onDisconnect);
    this.detach.set(port, () => {
      port.onMessage.removeListener(onMessage);
      port.onDisconnect.removeListener(onDisconnect);
    });
    this.view?.addEventListener('pageshow', this.onPageShow);
    this.port = port;
    return port;
  }

  /** Lets go of `port`: no more listening on it, nor for the page's return when it was the open one. */
  private drop(port: Runtime.Port): void {
    this.detach.get(port)?.();
    this.detach.delete(port);
    if (this.port === port) {
      this.port = undefined;
      this.view?.removeEventListener('pageshow', this.onPageShow);
    }
    try {
      port.disconnect();
    } catch {
      // already closed
    }
  }

  /** `port` closed (`why`, when known): the queries waiting on it go once more on a new port; the rest fail. */
  private lost(port: Runtime.Port, why?: unknown): void {
    this.drop(port);
    const waiting = [...this.pending.values()].filter((p) => p.port === port);
    for (const p of waiting) {
      this.pending.delete(p.request.id);
      if (p.tries < MAX_TRIES && !(p.delivered && NOT_REPEATED.has(p.request.type))) this.post(p);
      else this.finish(p, fail(`the connection to the background worker closed before "${p.request.type}" was answered${why ? ` (${why instanceof Error ? why.message : String(why)})` : ''}`));
    }
  }

  /** No answer in time: the request fails, and its port, silent, is given up. */
  private timedOut(p: Pending, port: Runtime.Port): void {
    this.finish(p, fail(`no answer to "${p.request.type}" from the background worker in ${this.timeoutMs / 1000} s`));
    this.lost(port);
  }

  private finish(p: Pending, reply: Reply<WorkerRequest>): void {
    clearTimeout(p.timer);
    this.pending.delete(p.request.id);
    p.resolve(reply);
  }
}
