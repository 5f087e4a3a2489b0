/**
 * The events a hover card shows: the entity's defining events (core/build/defining-order.ts), the page's other
 * names only breaking near-ties (an article about Hanoi must not turn Vietnam's card into Hanoi's news); on a dated
 * page some from before the page's date and some from after it whenever the entity has both, so that a name on an
 * old article shows its backstory as well as what came next. Once chosen, they are shown oldest first: a backstory
 * reads in time order.
 */

/** How deep into an entity's defining events the card looks (for events on the other side of the page's date too). */
export const CARD_POOL = 60;
/** How many places the page's context may lift an event at most. */
export const CONTEXT_RANKS = 3;

/**
 * `ranked` (best first) with the page's context as a tie-breaker: each event moves up by `CONTEXT_RANKS` times its
 * context lift (0…1: how much it involves the page's other names) at most; ties keep the rank order.
 */
export function withContext(ranked: readonly number[], lift: (p: number) => number): number[] {
  return ranked
    .map((p, rank) => [p, rank - CONTEXT_RANKS * Math.min(1, lift(p)), rank] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map(([p]) => p);
}

/** The card's events: `limit` of the entity's best (`ranked`), around the page's date when it has one, in date order (positions are). */
export function cardChoice(ranked: readonly number[], lift: (p: number) => number, limit: number, around?: { date: string; dateOf: (p: number) => string }): number[] {
  const ordered = withContext(ranked.slice(0, CARD_POOL), lift);
  const chosen = around ? balancedAround(ordered, around.dateOf, around.date, limit) : ordered.slice(0, limit);
  return chosen.sort((a, b) => a - b);
}

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
