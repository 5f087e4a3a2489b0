/** The figures of the search evaluation (docs/popup.md, "How search is judged"): pure, over ranked event ids. */

/** 1-based rank of the first relevant id in `ranked`, or 0 when none is there. */
export function firstRelevant(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const i = ranked.findIndex((id) => relevant.has(id));
  return i + 1;
}

/** success@k, and the reciprocal rank (0 past the list), of one ranked list. */
export function hitFigures(ranked: readonly string[], relevant: ReadonlySet<string>): { at1: number; at5: number; rr: number } {
  const rank = firstRelevant(ranked, relevant);
  return { at1: Number(rank === 1), at5: Number(rank >= 1 && rank <= 5), rr: rank ? 1 / rank : 0 };
}

/** Share of the first `k` results that are relevant (of `k`, so a short list scores less). */
export function precisionAt(ranked: readonly boolean[], k: number): number {
  let n = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (ranked[i]) n++;
  return n / k;
}

/** Share of `a`'s ids that `b` holds too (1 when both are empty). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 1;
  const other = new Set(b);
  return a.filter((id) => other.has(id)).length / Math.max(a.length, b.length);
}

/** The mean of each figure over rows. */
export function means<K extends string>(rows: ReadonlyArray<Record<K, number>>, keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = rows.length ? rows.reduce((s, r) => s + r[k], 0) / rows.length : NaN;
  return out;
}
