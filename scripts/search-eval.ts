/**
 * npm run search-eval [-- --verbose] [--queries FILE]
 * Judges the search on a set of judged queries (docs/judgements/search-queries.json; how they were judged:
 * docs/judgements/search-queries.md), through the library's one search (the popup's, the card's, `cli search`'s),
 * beside plain BM25 over the same events in the same run (scripts/search-eval/bm25.ts). Prints per kind:
 * describing an event (success@1, success@5, MRR), filters (the same), names (precision@10: results tagged with the
 * name; the judged defining events among the top 5), typos (on the right name; top 10 shared with the correct
 * spelling's), and queries nothing should match (no results). --verbose prints each query's ranks. --cache FILE keeps
 * the compiled events in FILE and reuses them on the next run (for trying a ranking: the search's code and the event
 * weights are read anew each run, the events and postings are not; delete FILE after changing the build).
 */
import { readFileSync } from 'node:fs';
import { openLibrary } from '../core/build/package';
import type { Library } from '../core/library/library';
import { parseQuery } from '../core/library/query-syntax';
import type { NewsEvent } from '../core/types';
import { optionValue } from './args';
import { Bm25 } from './search-eval/bm25';
import { compiled } from './search-eval/compiled';
import { firstRelevant, hitFigures, means, overlap, precisionAt } from './search-eval/metrics';

type Judged =
  | { id: string; kind: 'describe' | 'filter'; query: string; relevant: string[]; note?: string }
  | { id: string; kind: 'name'; query: string; entity: string; defining: string[] }
  | { id: string; kind: 'typo'; query: string; entity: string; correct: string }
  | { id: string; kind: 'none'; query: string; note?: string };

type Engine = (query: string) => Promise<NewsEvent[]>;

const LIMIT = 10;

function engines(library: Library, bm25: Bm25): Record<'backstory' | 'bm25', Engine> {
  const filters = (query: string) => {
    const { text, from, to } = parseQuery(query);
    return { text, ...(from && { from }), ...(to && { to }) };
  };
  return {
    backstory: async (query) => {
      const { text, ...range } = filters(query);
      return text || range.from || range.to ? (await library.search(text, { limit: LIMIT, ...range })).events : [];
    },
    bm25: async (query) => {
      const { text, ...range } = filters(query);
      return bm25.search(text, { limit: LIMIT, ...range });
    },
  };
}

const fixed = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(2));

async function main(argv: string[]): Promise<number> {
  const file = optionValue(argv, '--queries') || 'docs/judgements/search-queries.json';
  const verbose = argv.includes('--verbose');
  const judged = JSON.parse(readFileSync(file, 'utf8')) as Judged[];
  const started = performance.now();
  const data = compiled(optionValue(argv, '--cache'));
  const library = openLibrary(data);
  const all = engines(library, new Bm25(data.events));
  process.stderr.write(`search-eval: ${data.events.length} events, ${judged.length} queries from ${file} (${Math.round(performance.now() - started)} ms to build)\n`);
  const lines: string[] = [];
  const columns: Array<Array<[string, string]>> = [];
  for (const [name, search] of Object.entries(all)) {
    const hits: Record<'describe' | 'filter', Array<{ at1: number; at5: number; rr: number }>> = { describe: [], filter: [] };
    const names: Array<{ p10: number; defining5: number }> = [];
    const typos: Array<{ right: number; shared: number }> = [];
    const none: Array<{ empty: number }> = [];
    for (const q of judged) {
      const ranked = await search(q.query);
      const ids = ranked.map((e) => e.id);
      let verdict: string;
      if (q.kind === 'describe' || q.kind === 'filter') {
        const relevant = new Set(q.relevant);
        hits[q.kind].push(hitFigures(ids, relevant));
        verdict = `rank ${firstRelevant(ids, relevant) || '–'}`;
      } else if (q.kind === 'name') {
        const p10 = precisionAt(ranked.map((e) => e.entities.includes(q.entity)), LIMIT);
        const defining = ids.slice(0, 5).filter((id) => q.defining.includes(id)).length;
        names.push({ p10, defining5: defining / Math.min(5, q.defining.length) });
        verdict = `precision@10 ${fixed(p10)}, defining in the top 5: ${defining}`;
      } else if (q.kind === 'typo') {
        const right = precisionAt(ranked.map((e) => e.entities.includes(q.entity)), LIMIT) >= 0.5 ? 1 : 0;
        const shared = overlap(ids, (await search(q.correct)).map((e) => e.id));
        typos.push({ right, shared });
        verdict = `${right ? 'right name' : 'WRONG name'}, top 10 shared with "${q.correct}": ${fixed(shared)}`;
      } else {
        none.push({ empty: Number(ranked.length === 0) });
        verdict = `${ranked.length} results`;
      }
      lines.push(`${name}\t${q.id}\t${q.query}\t${verdict}`);
    }
    const d = means(hits.describe, ['at1', 'at5', 'rr']);
    const f = means(hits.filter, ['at1', 'at5', 'rr']);
    const n = means(names, ['p10', 'defining5']);
    const t = means(typos, ['right', 'shared']);
    const x = means(none, ['empty']);
    columns.push([
      [`describing an event (${hits.describe.length}): success@1`, fixed(d.at1)],
      ['  success@5', fixed(d.at5)],
      ['  MRR', fixed(d.rr)],
      [`with filters (${hits.filter.length}): success@5`, fixed(f.at5)],
      ['  MRR', fixed(f.rr)],
      [`names (${names.length}): precision@10`, fixed(n.p10)],
      ['  judged defining events in the top 5', fixed(n.defining5)],
      [`typos and variants (${typos.length}): on the right name`, `${typos.filter((r) => r.right).length}/${typos.length}`],
      ['  top 10 shared with the correct spelling', fixed(t.shared)],
      [`nothing to find (${none.length}): no results`, fixed(x.empty)],
    ]);
  }
  const names = Object.keys(all);
  const width = Math.max(...columns[0].map(([label]) => label.length));
  process.stdout.write(`${'figure'.padEnd(width)}  ${names.map((n) => n.padStart(9)).join('  ')}\n`);
  columns[0].forEach(([label], i) => process.stdout.write(`${label.padEnd(width)}  ${columns.map((c) => c[i][1].padStart(9)).join('  ')}\n`));
  if (verbose) process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
