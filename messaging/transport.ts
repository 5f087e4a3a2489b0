import { ext as browser } from './web-ext';
import { PortClient } from './port-client';
import { servePorts } from './port-server';
import { answer, fail, handlerOf, isMessage, type Handlers, type Message, type PageHandlers, type PageRequest, type PageRequests, type Reply, type RequestType, type WorkerHandlers, type WorkerRequest, type WorkerRequests } from './protocol';

let client: PortClient | undefined;

/**
 * Sends a request to the background worker over this context's port (opened on the first request); resolves to a
 * Result, never rejects. For the UIs' lookups: the popup's keystrokes, the side panel, the hover card.
 */
export function request<K extends WorkerRequest>(type: K, payload: WorkerRequests[K]['req']): Promise<Reply<K>> {
  client ??= new PortClient();
  return client.request({ backstory: 1, type, payload } satisfies Message<K>) as Promise<Reply<K>>;
}

/** Closes this context's port to the worker, if one is open (a content script shutting down). */
export function closeRequests(): void {
  client?.close();
  client = undefined;
}

/**
 * Sends one request as a one-shot message (no port kept): for the page marking that runs in every frame read, most
 * of which never ask anything else.
 */
export async function requestOnce<K extends WorkerRequest>(type: K, payload: WorkerRequests[K]['req']): Promise<Reply<K>> {
  try {
    const reply = (await browser.runtime.sendMessage({ backstory: 1, type, payload } satisfies Message<K>)) as Reply<K> | undefined;
    return reply ?? fail(`no reply to "${type}"`);
  } catch (e) {
    return fail(e);
  }
}

/** Sends a request to a tab's content script (top frame). */
export async function requestTab<K extends PageRequest>(tabId: number, type: K, payload: PageRequests[K]['req']): Promise<Reply<K>> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { backstory: 1, type, payload } satisfies Message<K>, { frameId: 0 })) as Reply<K> | undefined;
    return reply ?? fail(`no reply to "${type}" from tab ${tabId}`);
  } catch (e) {
    return fail(e);
  }
}

/**
 * The background worker answers every worker request, as one-shot messages and over ports
 * (messaging/port-server.ts); returns the function that removes the listeners.
 */
export function serve(handlers: WorkerHandlers): () => void {
  const unserveMessages = serveMessages(handlers);
  const unservePorts = servePorts(handlers, browser.runtime.onConnect);
  return () => {
    unserveMessages();
    unservePorts();
  };
}

/**
 * A content script answers every page request, as one-shot messages only: each API it touches costs every page's
 * start (docs/bench.md). Returns the function that removes the listener.
 */
export function servePage(handlers: PageHandlers): () => void {
  return serveMessages(handlers);
}

/**
 * Answers one-shot messages of the types `handlers` has. Replies go through `sendResponse` (the one form Chrome and
 * Firefox both take without the polyfill); a message of a type not handled here is left to other listeners.
 */
function serveMessages<K extends RequestType>(handlers: Handlers<K>): () => void {
  const listener = (message: unknown, sender: unknown, sendResponse: (reply: Reply<K>) => void): true | undefined => {
    if (!isMessage(message) || !handlerOf(handlers, message.type)) return undefined;
    void answer(handlers, message, sender).then(sendResponse);
    return true;
  };
  const onMessage = browser.runtime.onMessage as unknown as { addListener(l: typeof listener): void; removeListener(l: typeof listener): void };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
