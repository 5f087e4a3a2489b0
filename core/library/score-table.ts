/**
 * Scores by event position for one query at a time, and the best few of them. A search that matches tens of
 * thousands of events (a hub's name at 10×) is scored in a dense typed array, not a Map of boxed numbers, and only
 * the results a page shows are put in order: a bounded heap, not a sort of every hit.
 */

/** A dense score per position, with the positions touched since the last reset (in the order first touched). */
export class ScoreTable {
  private values = new Float64Array(0);
  private marked = new Uint8Array(0);
  private list = new Int32Array(0);
  private count = 0;

  /** How many positions hold a score. */
  get size(): number {
    return this.count;
  }

  /** The i-th position touched. */
  at(i: number): number {
    return this.list[i];
  }

  score(pos: number): number {
    return this.values[pos];
  }

  /** Keeps the higher of the position's score and `v`. */
  max(pos: number, v: number): void {
    if (this.touch(pos) || v > this.values[pos]) this.values[pos] = v;
  }

  add(pos: number, v: number): void {
    if (this.touch(pos)) this.values[pos] = v;
    else this.values[pos] += v;
  }

  /** Forgets every score (only the touched positions are cleared). */
  reset(): void {
    for (let i = 0; i < this.count; i++) this.marked[this.list[i]] = 0;
    this.count = 0;
  }

  /** Marks the position as touched; true when it was not before. */
  private touch(pos: number): boolean {
    if (pos >= this.marked.length) this.grow(pos + 1);
    if (this.marked[pos]) return false;
    this.marked[pos] = 1;
    if (this.count === this.list.length) this.list = grown(this.list, this.count + 1);
    this.list[this.count++] = pos;
    return true;
  }

  private grow(size: number): void {
    this.values = grown(this.values, size);
    this.marked = grown(this.marked, size);
  }
}

/** A copy of `a` at least `size` long (doubling). */
export function grown<T extends Uint8Array | Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2, 1024));
  b.set(a);
  return b;
}

/**
 * The `k` best of the first `n` positions, best first: by score (`scores[i]` is `positions[i]`'s; higher first), ties
 * and no scores by position (higher first: events are stored in date order, so the newer).
 */
export function best(positions: ArrayLike<number>, n: number, k: number, scores?: ArrayLike<number>): number[] {
  if (k <= 0 || n <= 0) return [];
  k = Math.min(k, n);
  // A min-heap of the k best so far: its root is the worst of them, replaced by anything better.
  const heap = new Int32Array(k);
  const key = new Float64Array(k);
  const worse = (i: number, j: number) => key[i] < key[j] || (key[i] === key[j] && heap[i] < heap[j]);
  const swap = (i: number, j: number) => {
    const p = heap[i];
    heap[i] = heap[j];
    heap[j] = p;
    const s = key[i];
    key[i] = key[j];
    key[j] = s;
  };
  const down = (i: number, size: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && worse(l, m)) m = l;
      if (r < size && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  let size = 0;
  for (let i = 0; i < n; i++) {
    const pos = positions[i];
    const s = scores ? scores[i] : 0;
    if (size < k) {
      heap[size] = pos;
      key[size] = s;
      for (let c = size++; c > 0; ) {
        const p = (c - 1) >> 1;
        if (!worse(c, p)) break;
        swap(c, p);
        c = p;
      }
    } else if (s > key[0] || (s === key[0] && pos > heap[0])) {
      heap[0] = pos;
      key[0] = s;
      down(0, size);
    }
  }
  // Take the worst off the heap one by one: the array fills from its end with the best first.
  const out = new Array<number>(size);
  for (let end = size - 1; end >= 0; end--) {
    out[end] = heap[0];
    swap(0, end);
    down(0, end);
  }
  return out;
}
