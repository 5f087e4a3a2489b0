/**
 * Disjoint sets over the indexes 0 … size − 1. A set's root is always its smallest member, so which index
 * speaks for a merged set does not depend on the order of the unions.
 */
export class UnionFind {
  private parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  /** Every set, members ascending, in the order of their smallest member. */
  sets(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const root = this.find(i);
      (byRoot.get(root) ?? byRoot.set(root, []).get(root)!).push(i);
    });
    return [...byRoot.values()];
  }
}
