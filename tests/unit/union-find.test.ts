import { describe, expect, it } from 'vitest';
import { UnionFind } from '../../core/build/union-find';

describe('union-find', () => {
  it('starts with one set per index', () => {
    expect(new UnionFind(3).sets()).toEqual([[0], [1], [2]]);
  });
  it('merges transitively, the smallest member being the root whatever the order of the unions', () => {
    const sets = new UnionFind(6);
    sets.union(4, 2);
    sets.union(5, 4);
    sets.union(3, 1);
    expect([2, 4, 5].map((i) => sets.find(i))).toEqual([2, 2, 2]);
    expect(sets.find(3)).toBe(1);
    expect(sets.find(0)).toBe(0);
    sets.union(5, 3);
    expect(sets.find(4)).toBe(1);
  });
  it('lists the sets in the order of their smallest member, members ascending', () => {
    const sets = new UnionFind(5);
    sets.union(4, 1);
    sets.union(3, 0);
    sets.union(1, 3);
    expect(sets.sets()).toEqual([[0, 1, 3, 4], [2]]);
  });
});
