import { describe, expect, it } from 'vitest';
import { placeCard } from '../../page/card/card-position';

const view = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const overlaps = (a: { top: number; height: number }, top: number, height: number) => top < a.top + a.height && a.top < top + height;

describe('placing the hover card', () => {
  it('goes below the mention when it fits, never over it', () => {
    const anchor = { left: 100, top: 100, width: 80, height: 20 };
    const p = placeCard(anchor, card, view);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(anchor.top + anchor.height);
    expect(overlaps(anchor, p.top, Math.min(card.height, p.maxHeight))).toBe(false);
  });
  it('flips above near the bottom and stays on screen at the right edge', () => {
    const anchor = { left: 950, top: 700, width: 40, height: 20 };
    const p = placeCard(anchor, card, view);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBeLessThanOrEqual(anchor.top);
    expect(p.left + card.width).toBeLessThanOrEqual(view.width);
    expect(p.left).toBeGreaterThanOrEqual(0);
  });
  it('caps its height to the roomier side when it fits on neither', () => {
    const anchor = { left: 10, top: 300, width: 40, height: 20 };
    const p = placeCard(anchor, { width: 360, height: 700 }, view);
    expect(p.side).toBe('below');
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(view.height);
    expect(overlaps(anchor, p.top, p.maxHeight)).toBe(false);
  });
  it('keeps to the visible part of a pinch-zoomed page', () => {
    // Zoomed in: the reader sees 500×400 of the layout viewport, starting at (300, 200).
    const zoomed = { left: 300, top: 200, width: 500, height: 400 };
    const anchor = { left: 700, top: 520, width: 60, height: 20 };
    const p = placeCard(anchor, card, zoomed);
    expect(p.side).toBe('above');
    expect(p.left).toBeGreaterThanOrEqual(zoomed.left);
    expect(p.left + card.width).toBeLessThanOrEqual(zoomed.left + zoomed.width);
    expect(p.top).toBeGreaterThanOrEqual(zoomed.top);
  });
});
