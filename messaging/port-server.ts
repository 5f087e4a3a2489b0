import type { Events, Runtime } from 'webextension-polyfill';
import { answer, isPortRequest, PORT_NAME, type PortReply, type WorkerHandlers } from './protocol';

/**
 * The worker's end of the UIs' ports (messaging/port-client.ts): answers each request that comes over a port named
 * `PORT_NAME`, by id, with the port's sender (the tab, for a content script). Returns the function that stops
 * listening and closes the ports still open.
 */
export function servePorts(handlers: WorkerHandlers, onConnect: Events.Event<(port: Runtime.Port) => void>): () => void {
  /** Open ports, each with the function that stops listening to it. */
  const ports = new Map<Runtime.Port, () => void>();
  const onPort = (port: Runtime.Port) => {
    if (port.name !== PORT_NAME) return;
    const onMessage = (message: unknown) => {
      if (!isPortRequest(message)) return;
      void answer(handlers, message, port.sender).then((reply) => {
        if (!ports.has(port)) return; // closed meanwhile
        try {
          port.postMessage({ id: message.id, reply } satisfies PortReply);
        } catch {
          // the asking page went away meanwhile
        }
      });
    };
    const forget = () => {
      port.onMessage.removeListener(onMessage);
      port.onDisconnect.removeListener(forget);
      ports.delete(port);
    };
    ports.set(port, forget);
    port.onMessage.addListener(onMessage);
    port.onDisconnect.addListener(forget);
  };
  onConnect.addListener(onPort);
  return () => {
    onConnect.removeListener(onPort);
    for (const [port, forget] of [...ports]) {
      forget();
      try {
        port.disconnect();
      } catch {
        // already closed
      }
    }
  };
}
