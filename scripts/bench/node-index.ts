/** The index part alone, in Node on core/library.ts: load (parse + import), warm lookups, search per keystroke. */
import { readFileSync } from 'node:fs';
import { Library, type DataPackage } from '../../core/library';
import { ENTITIES, QUERIES } from './queries';

export interface NodeIndexFigures {
  parseMs: number;
  importMs: number;
  lookupMs: number[];
  keystrokeMs: number[];
}

export function measureIndexInNode(packageFile: string): NodeIndexFigures {
  const text = readFileSync(packageFile, 'utf8');
  let t0 = performance.now();
  const data = JSON.parse(text) as DataPackage;
  const parseMs = performance.now() - t0;
  t0 = performance.now();
  const library = new Library(data);
  const importMs = performance.now() - t0;
  const lookupMs: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const title of ENTITIES) {
      t0 = performance.now();
      library.card(title, { limit: 5, context: ENTITIES.slice(0, 8) });
      library.entityEvents(title, { limit: 10 });
      lookupMs.push(performance.now() - t0);
    }
  }
  const keystrokeMs: number[] = [];
  for (const q of QUERIES) {
    for (let i = 1; i <= q.length; i++) {
      t0 = performance.now();
      library.search(q.slice(0, i), { limit: 20 });
      keystrokeMs.push(performance.now() - t0);
    }
  }
  return { parseMs, importMs, lookupMs, keystrokeMs };
}
