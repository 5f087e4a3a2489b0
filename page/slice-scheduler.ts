/**
 * Runs work in small slices with the main thread given back in between, so a page never freezes.
 * Uses `scheduler.postTask` where the browser has it (no timer clamping), else a zero timeout.
 * Owned by an AbortSignal: once aborted, nothing more runs.
 */
type PostTask = (cb: () => void, options: { priority: 'user-visible' | 'background' }) => Promise<unknown>;

export class SliceScheduler {
  private pending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly run: () => boolean,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  /** Asks for a slice soon; `run` returns true while it has more to do. */
  request(): void {
    if (this.pending || this.signal.aborted) return;
    this.pending = true;
    const tick = () => {
      this.pending = false;
      if (this.signal.aborted) return;
      if (this.run()) this.request();
    };
    const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
    if (postTask) {
      // No signal passed: tick() checks it, and in a fresh script world the first postTask with a TaskSignal
      // costs several times one without.
      postTask.call((globalThis as { scheduler?: unknown }).scheduler, tick, { priority: 'user-visible' }).catch(() => undefined);
    } else {
      this.timer = setTimeout(tick, 0);
    }
  }
}
