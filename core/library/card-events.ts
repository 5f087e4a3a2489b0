/**
 * The events a hover card shows on a dated page: the entity's most relevant events, but some from before the page's
 * date and some from after it whenever the entity has both, so that a name on an old article shows its backstory
 * as well as what came next.
 */

/** How deep into an entity's ranked events the card looks for events on the other side of the page's date. */
export const CARD_POOL = 60;

/**
 * From `ranked` (event positions, most relevant first), `limit` of them: up to half (rounded up) from on or before
 * `around`, the rest after it, each side in rank order, one side filling in when the other runs short; the result
 * keeps the rank order.
 */
export function balancedAround(ranked: readonly number[], dateOf: (p: number) => string, around: string, limit: number): number[] {
  const before = ranked.filter((p) => dateOf(p) <= around);
  const after = ranked.filter((p) => dateOf(p) > around);
  let early = Math.min(before.length, Math.ceil(limit / 2));
  const late = Math.min(after.length, limit - early);
  early = Math.min(before.length, limit - late);
  const chosen = new Set([...before.slice(0, early), ...after.slice(0, late)]);
  return ranked.filter((p) => chosen.has(p));
}

/** A page date as the card may use it: an ISO day, else nothing. */
export const cardDate = (value: unknown): string | undefined => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
