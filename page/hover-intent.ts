/**
 * Decides when the pointer means "show me": one delegated listener for the whole page. A card opens after a
 * dwell on a mention, at once when one is already open, stays while the pointer travels into it, and closes
 * shortly after the pointer leaves both. Every listener and timer belongs to the AbortSignal given.
 */
import type { Box } from './card/card-position';
import type { Mention } from './mention-store';

export interface HoverTarget {
  mention: Mention;
  box: Box;
}

interface HoverHost {
  find(x: number, y: number): HoverTarget | undefined;
  /** True when the event target is Backstory's own UI. */
  inCard(target: EventTarget | null): boolean;
  /** The mention whose card is open, and whether it stays put (pinned, or reached by keyboard). */
  open(): { mention: Mention; sticky: boolean } | undefined;
  show(target: HoverTarget): void;
  close(): void;
  dwellMs(): number;
}

/** Grace for moving the pointer from a mention into its card. */
const CLOSE_MS = 350;

export function watchHover(doc: Document, host: HoverHost, signal: AbortSignal): void {
  let frame = 0;
  let x = 0;
  let y = 0;
  let target: EventTarget | null = null;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let dwellFor: Mention | undefined;
  let closing: ReturnType<typeof setTimeout> | undefined;
  const win = doc.defaultView!;

  const cancelClose = () => {
    clearTimeout(closing);
    closing = undefined;
  };
  const cancelDwell = () => {
    clearTimeout(dwell);
    dwell = undefined;
    dwellFor = undefined;
  };
  const scheduleClose = () => {
    const open = host.open();
    if (!open || open.sticky || closing) return;
    closing = setTimeout(() => {
      closing = undefined;
      if (!host.open()?.sticky) host.close();
    }, CLOSE_MS);
  };

  const decide = () => {
    frame = 0;
    if (host.inCard(target)) {
      cancelClose();
      cancelDwell();
      return;
    }
    const hit = host.find(x, y);
    const open = host.open();
    if (!hit) {
      cancelDwell();
      scheduleClose();
      return;
    }
    if (open?.mention === hit.mention) {
      cancelClose();
      return;
    }
    if (open && !open.sticky) {
      cancelClose();
      cancelDwell();
      host.show(hit);
      return;
    }
    if (open?.sticky || dwellFor === hit.mention) return;
    cancelDwell();
    dwellFor = hit.mention;
    dwell = setTimeout(() => {
      const again = host.find(x, y);
      dwell = undefined;
      dwellFor = undefined;
      if (again?.mention === hit.mention && !host.open()?.sticky) host.show(again);
    }, host.dwellMs());
  };

  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    x = e.clientX;
    y = e.clientY;
    target = e.target;
    frame ||= win.requestAnimationFrame(decide);
  };
  const onLeave = (e: MouseEvent) => {
    if (e.relatedTarget) return;
    cancelDwell();
    scheduleClose();
  };
  const options = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', onMove, options);
  doc.addEventListener('mouseout', onLeave, options);
  signal.addEventListener('abort', () => {
    win.cancelAnimationFrame(frame);
    cancelDwell();
    cancelClose();
  }, { once: true });
}
