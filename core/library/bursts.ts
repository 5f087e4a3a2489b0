/**
 * Where a query's matches begin a burst: a happening is reported on its day and for days after (the quake, then its
 * aftershocks, death tolls and aid), so among the events that match as well, the one that opens a run of matches
 * after a quiet spell is most likely the happening itself ("haiti earthquake 2010": the quake, not its aftermath).
 */

/** Matches within this many days after an event make its burst. */
const AFTER_DAYS = 14;
/** The quiet spell before: fewer matches in this many days than a quarter of the burst's. */
const BEFORE_DAYS = 30;
const QUIET_SHARE = 0.25;
/** A burst of fewer matches than this is no burst; of this many or more, a full one. */
const MIN_BURST = 3;
const FULL_BURST = 50;

/**
 * Each position that opens a burst, with its strength (0…1, by the burst's size). `positions` ascending (events
 * are stored in date order), `dayOf(p)` event p's day number.
 */
export function burstOpenings(positions: ArrayLike<number>, dayOf: (p: number) => number): Map<number, number> {
  const n = positions.length;
  const days = new Float64Array(n);
  for (let i = 0; i < n; i++) days[i] = dayOf(positions[i]);
  const out = new Map<number, number>();
  let before = 0;
  let after = 0;
  for (let i = 0; i < n; i++) {
    // Two windows slid along the dates: [day − BEFORE_DAYS, day) and [day, day + AFTER_DAYS].
    while (days[before] < days[i] - BEFORE_DAYS) before++;
    if (after < i) after = i;
    while (after + 1 < n && days[after + 1] <= days[i] + AFTER_DAYS) after++;
    const burst = after - i + 1;
    const quiet = i - before;
    if (burst >= MIN_BURST && quiet < QUIET_SHARE * burst) out.set(positions[i], Math.min(1, Math.log(burst) / Math.log(FULL_BURST)));
  }
  return out;
}

/** An ISO date's day number (days since 1970-01-01), read from its digits: no Date object per event. */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  // Days from the civil date (H. Hinnant's algorithm), the year starting in March.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}
