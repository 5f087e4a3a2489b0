/** Where the hover card goes: beside its mention, never over it, always inside the viewport. Pure geometry. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height the card must not exceed on that side (it scrolls inside when shorter than its content). */
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * The part of the page the reader sees, in the coordinates of `position: fixed` (the layout viewport): without the
 * scroll bars, and only the pinch-zoomed part of it when the reader has zoomed in on a touch pad or screen.
 */
export function visibleArea(win: Window): Box {
  const root = win.document.documentElement;
  const vv = win.visualViewport;
  // In quirks mode the root's client size is the document's; the window's inner size is then the better bound.
  const width = Math.min(win.innerWidth, root.clientWidth || win.innerWidth);
  const height = Math.min(win.innerHeight, root.clientHeight || win.innerHeight);
  if (!vv || vv.scale <= 1) return { left: 0, top: 0, width, height };
  return { left: vv.offsetLeft, top: vv.offsetTop, width: Math.min(vv.width, width), height: Math.min(vv.height, height) };
}

/**
 * Below the mention when the card fits there, else above when it fits there, else on the roomier side with
 * its height capped to the room left. Horizontally aligned with the mention, shifted to stay on screen.
 * `viewport` is the visible area (`visibleArea`); its left and top default to 0.
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, view: { width: number; height: number; left?: number; top?: number }): Placement {
  const { left: x0 = 0, top: y0 = 0 } = view;
  const viewport = { width: view.width, height: view.height };
  anchor = { ...anchor, left: anchor.left - x0, top: anchor.top - y0 };
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side: Placement['side'] = card.height <= below || (card.height > above && below >= above) ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - MARGIN - width));
  return { left: Math.round(left + x0), top: Math.round(top + y0), side, maxHeight: Math.floor(room) };
}
