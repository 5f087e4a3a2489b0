import type { Runtime } from 'webextension-polyfill';

/**
 * One end of an extension port, as far as messaging/port-client.ts and messaging/port-server.ts use it: what was posted on
 * it, the listeners on it, and hands to play the other end (deliver a message, close it).
 */
export class FakePort<Posted = unknown> {
  posted: Posted[] = [];
  private readonly onMessage = new Set<(m: unknown) => void>();
  private readonly onDisconnect = new Set<() => void>();
  /** Closed from this end (`disconnect()`). */
  closed = false;
  /** Posting throws, as on a port closed before its close event arrived. */
  throwOnPost = false;
  readonly port: Runtime.Port;

  constructor(name = 'backstory', sender?: Runtime.MessageSender) {
    this.port = {
      name,
      sender,
      postMessage: (m: Posted) => {
        if (this.throwOnPost) throw new Error('Attempting to use a disconnected port object');
        this.posted.push(m);
      },
      disconnect: () => void (this.closed = true),
      onMessage: { addListener: (l: (m: unknown) => void) => this.onMessage.add(l), removeListener: (l: (m: unknown) => void) => this.onMessage.delete(l) },
      onDisconnect: { addListener: (l: () => void) => this.onDisconnect.add(l), removeListener: (l: () => void) => this.onDisconnect.delete(l) },
    } as unknown as Runtime.Port;
  }

  /** Listeners still on this port. */
  get listeners(): number {
    return this.onMessage.size + this.onDisconnect.size;
  }

  /** A message from the other end. */
  receive(message: unknown): void {
    for (const l of [...this.onMessage]) l(message);
  }

  /** The other end went away (the worker stopped, the page closed). */
  drop(): void {
    for (const l of [...this.onDisconnect]) l();
  }
}
