/** Where the hover card goes: beside its mention, never over it, always inside the viewport. Pure geometry. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height the card must not exceed on that side (it scrolls inside when shorter than its content). */
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Below the mention when the card fits there, else above when it fits there, else on the roomier side with
 * its height capped to the room left. Horizontally aligned with the mention, shifted to stay on screen.
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side: Placement['side'] = card.height <= below || (card.height > above && below >= above) ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - MARGIN - width));
  return { left: Math.round(left), top: Math.round(top), side, maxHeight: Math.floor(room) };
}
