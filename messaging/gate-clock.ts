/**
 * The main-thread time the frame gate (entrypoints/page-gate) spent loading the content script into this frame,
 * handed to the content script through the isolated world's global (the page's scripts live in another world and
 * cannot see it). The gate's share is mostly the browser's: the first use of the extension API in a fresh world
 * builds its `chrome` object, and `import()` sets up the module loading before it returns. The content script counts it in its `start` (`pageStatus.startMs`), as one of the start's tasks.
 */
export const GATE_KEY = '__backstoryGateMs';

type Clocked = { [GATE_KEY]?: number };

/** The first gate's time is kept: a second gate in the same world (worker/read-open-tabs.ts) found the API set up. */
export function noteGateTime(ms: number): void {
  (globalThis as Clocked)[GATE_KEY] ??= ms;
}

/** The gate's time in this frame, or 0 when the script was loaded some other way. */
export function gateTime(): number {
  const ms = (globalThis as Clocked)[GATE_KEY];
  return typeof ms === 'number' ? ms : 0;
}

/**
 * Run in a page's top frame by `scripting.executeScript` with `args: [GATE_KEY]` (worker/read-open-tabs.ts): true
 * when a gate of this extension session already loaded the content script there (each session gets its own script
 * world, so an updated or re-enabled extension finds nothing of the old copy). The function is sent as source, so it
 * is handed the key rather than closing over it.
 */
export function gateRan(key: string): boolean {
  return typeof (globalThis as Record<string, unknown>)[key] === 'number';
}
