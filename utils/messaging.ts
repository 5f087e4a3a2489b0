import { ext as browser } from './web-ext';
import { fail, isMessage, ok, type Handlers, type Message, type Reply, type RequestType, type Requests } from './protocol';

/** Sends a request to the background worker; resolves to a Result, never rejects. */
export async function request<K extends RequestType>(type: K, payload: Requests[K]['req']): Promise<Reply<K>> {
  try {
    const reply = (await browser.runtime.sendMessage({ backstory: 1, type, payload } satisfies Message<K>)) as Reply<K> | undefined;
    return reply ?? fail(`no reply to "${type}"`);
  } catch (e) {
    return fail(e);
  }
}

/** Sends a request to a tab's content script (top frame). */
export async function requestTab<K extends RequestType>(tabId: number, type: K, payload: Requests[K]['req']): Promise<Reply<K>> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { backstory: 1, type, payload } satisfies Message<K>, { frameId: 0 })) as Reply<K> | undefined;
    return reply ?? fail(`no reply to "${type}" from tab ${tabId}`);
  } catch (e) {
    return fail(e);
  }
}

/**
 * Answers the requests named in `handlers`; returns the function that removes the listener. Replies go through
 * `sendResponse` (the one form Chrome and Firefox both take without the polyfill).
 */
export function serve(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: unknown, sendResponse: (reply: Reply<RequestType>) => void): true | undefined => {
    if (!isMessage(message)) return undefined;
    const handler = handlers[message.type] as ((p: unknown, s: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    void (async () => {
      try {
        return ok(await handler(message.payload, sender)) as Reply<RequestType>;
      } catch (e) {
        return fail(e);
      }
    })().then(sendResponse);
    return true;
  };
  const onMessage = browser.runtime.onMessage as unknown as { addListener(l: typeof listener): void; removeListener(l: typeof listener): void };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
