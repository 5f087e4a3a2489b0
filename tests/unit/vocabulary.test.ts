import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../core/build/build-vocabulary';
import { intersect } from '../../core/library/search-index';
import { Vocabulary } from '../../core/library/vocabulary';

/** A small deterministic generator, so a failure names the same case every run. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('Vocabulary.complete', () => {
  const vocabulary = new Vocabulary(buildVocabulary(['covid cases', 'covid vaccine', 'covid', 'country covid', 'cost', 'co co', 'Crimea']));

  it('gives the words of a prefix, most used first, then shortest, then in order', () => {
    expect(vocabulary.complete('co', 10)).toEqual(['covid', 'co', 'cost', 'country']);
    expect(vocabulary.complete('c', 2)).toEqual(['covid', 'co']);
    expect(vocabulary.complete('cr')).toEqual(['crimea']);
    expect(vocabulary.complete('x')).toEqual([]);
    expect(vocabulary.complete('covid vaccine')).toEqual([]);
  });

  it('never completes a prefix to a function word, which nearly every event holds', () => {
    const news = new Vocabulary(buildVocabulary(['the Taliban take the city', 'the Taliban', 'to the talks', 'of the oil', 'the protests']));
    expect(news.complete('t', 2)).toEqual(['taliban', 'take']);
    expect(news.complete('o')).toEqual(['oil']);
    expect(news.has('the')).toBe(true); // typed in full, it is searched as typed
    expect(news.correct('thoe')).not.toContain('the'); // nor corrected to one
  });

  it('picks the same words as sorting the whole range would', () => {
    const next = random(7);
    const letters = 'abcde';
    const words = new Set<string>();
    while (words.size < 600) words.add(Array.from({ length: 1 + Math.floor(next() * 6) }, () => letters[Math.floor(next() * 5)]).join(''));
    const sorted = [...words].sort();
    const counts = sorted.map(() => 1 + Math.floor(next() * 4));
    const v = new Vocabulary({ words: sorted, counts });
    const count = new Map(sorted.map((w, i) => [w, counts[i]]));
    for (const prefix of ['', 'a', 'b', 'ab', 'eee', 'cad', 'z']) {
      for (const limit of [1, 2, 5, 40]) {
        const expected = sorted.filter((w) => w.startsWith(prefix)).sort((a, b) => count.get(b)! - count.get(a)! || a.length - b.length).slice(0, limit);
        expect(v.complete(prefix, limit), `${prefix} ${limit}`).toEqual(expected);
      }
    }
  });
});

describe('intersect', () => {
  /** FlexSearch's result for postings by slot, written plainly: ids seen in every term, in the order first completed. */
  function reference(postings: Array<Array<number[] | undefined>>, resolution: number, limit: number): number[] {
    const counts = new Map<number, number>();
    const out: number[] = [];
    for (let y = 0; y < resolution; y++) {
      for (const slots of postings) {
        for (const id of slots[y] ?? []) {
          counts.set(id, (counts.get(id) ?? 0) + 1);
          if (counts.get(id) === postings.length && out.push(id) === limit) return out;
        }
      }
    }
    return out;
  }

  it('answers like the plain intersection, call after call (its scratch space is reset each time)', () => {
    const next = random(11);
    for (let call = 0; call < 300; call++) {
      const resolution = 1 + Math.floor(next() * 5);
      const terms = 2 + Math.floor(next() * 3);
      const span = call % 50 === 0 ? 5000 : 60;
      const postings = Array.from({ length: terms }, () => {
        const used = new Set<number>();
        return Array.from({ length: resolution }, () => {
          if (next() < 0.2) return undefined;
          const ids = Array.from({ length: Math.floor(next() * 30) }, () => Math.floor(next() * span)).filter((id) => !used.has(id) && used.add(id));
          return ids;
        });
      });
      const limit = 1 + Math.floor(next() * 40);
      expect(intersect(postings, resolution, limit), `call ${call}`).toEqual(reference(postings, resolution, limit));
    }
  });

  it('finds nothing when a term has no postings', () => {
    expect(intersect([[[1, 2]], undefined], 1, 10)).toEqual([]);
    expect(intersect([[[1, 2]], []], 1, 10)).toEqual([]);
  });
});
