/**
 * Backstory's command line, for people, scripts and checks:
 *   cli corpus PATH...        the normalised corpus as JSON (problems also on stderr)
 *   cli match [--lines] [--site HOST]
 *                             what a page holding stdin's text would mark (each line a block of it; with --lines each
 *                             line a page of its own), against the catalogue built from seeds/
 *   cli search [--limit N] [--sort date] QUERY...
 *                             the top events as JSON, for a query in the popup's syntax (from:, to:, year:)
 *   cli search --lines [--limit N] [--sort date]
 *                             one query a line on stdin, one JSON array a line out (one start for a batch)
 */
import { readFileSync } from 'node:fs';
import type { NewsEvent } from '../core/types';
import { compile } from '../core/build/compile';
import { compileMatcher } from '../core/build/compile-matcher';
import { markPage } from '../core/names/marks';
import { Matcher } from '../core/names/matcher';
import { siteLabel } from '../core/names/site-name';
import { openLibrary, packageData } from '../core/build/package';
import type { Library } from '../core/library/library';
import { parseQuery } from '../core/library/query-syntax';
import { optionValue, positionals } from './args';
import { readSources } from './read-sources';

function load(paths: string[]) {
  const { sources, problems } = readSources(paths);
  const compiled = compile(sources);
  compiled.problems.unshift(...problems);
  for (const p of compiled.problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
  return compiled;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'corpus') {
    if (!args.length) return usage('corpus needs at least one PATH');
    const { events, catalogue, problems } = load(args);
    const out = {
      events: events.map((e) => ({ id: e.id, date: e.date, topics: e.topics, text: e.text, summary: e.summary ?? null, sources: e.sources, entities: e.entities, related: e.related })),
      entities: catalogue.entities.map((e) => ({ title: e.title, aliases: e.aliases.map((a) => a.text).filter((a) => a !== e.title), events: e.events.length })),
      problems,
    };
    process.stdout.write(JSON.stringify(out) + '\n');
    return 0;
  }
  if (command === 'match') {
    const site = optionValue(args, '--site');
    if (site === null) return usage('--site needs a HOST');
    const matcher = new Matcher(compileMatcher(load(['seeds']).catalogue));
    const context = { siteLabel: site ? siteLabel(site) : '' };
    const lines = readFileSync(0, 'utf8').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const found = (texts: string[]) => markPage(matcher, texts, context).map((marks, i) => marks.map((m) => ({ start: m.start, end: m.end, text: texts[i].slice(m.start, m.end), title: m.title })));
    if (args.includes('--lines')) {
      for (const line of lines) process.stdout.write(JSON.stringify(found([line])[0]) + '\n');
    } else {
      // One page: offsets into the whole input, as before the lines were read as blocks.
      let at = 0;
      const all = found(lines).flatMap((marks, i) => {
        const shifted = marks.map((m) => ({ ...m, start: m.start + at, end: m.end + at }));
        at += lines[i].length + 1;
        return shifted;
      });
      process.stdout.write(JSON.stringify(all) + '\n');
    }
    return 0;
  }
  if (command === 'search') return search(args);
  return usage(command ? `unknown command "${command}"` : 'no command');
}

/** What `cli search` prints of an event. */
const shown = (e: NewsEvent) => ({ id: e.id, date: e.date, text: e.text, stories: e.topics, entities: e.entities });

/** One query in the popup's syntax, through the library's one search; its unreadable filters go to stderr. */
async function answer(library: Library, input: string, options: { limit: number; sort?: 'date' }): Promise<ReturnType<typeof shown>[]> {
  const { text, from, to, problems } = parseQuery(input);
  for (const p of problems) process.stderr.write(`cli search: ${p}\n`);
  if (!text && !from && !to) return [];
  const result = await library.search(text, { ...options, ...(from && { from }), ...(to && { to }) });
  return result.events.map(shown);
}

async function search(args: string[]): Promise<number> {
  const limit = optionValue(args, '--limit');
  const sort = optionValue(args, '--sort');
  if (limit === null || (limit && !/^[1-9]\d{0,3}$/.test(limit))) return usage('--limit needs a number from 1 to 9999');
  if (sort === null || (sort && sort !== 'date' && sort !== 'relevance')) return usage('--sort takes "date" or "relevance"');
  const options = { limit: limit ? Number(limit) : 10, ...(sort === 'date' && { sort: 'date' as const }) };
  const words = positionals(args, ['--limit', '--sort']);
  const lines = args.includes('--lines');
  if (!lines && !words.join(' ').trim()) return usage('search needs a QUERY, or --lines and queries on stdin');
  const { data } = packageData(load(['seeds']), new Date().toISOString());
  const library = openLibrary(data);
  if (!lines) {
    process.stdout.write(JSON.stringify(await answer(library, words.join(' '), options)) + '\n');
    return 0;
  }
  const queries = readFileSync(0, 'utf8').split('\n');
  if (queries[queries.length - 1] === '') queries.pop();
  for (const q of queries) process.stdout.write(JSON.stringify(await answer(library, q, options)) + '\n');
  return 0;
}

function usage(why: string): number {
  process.stderr.write(`cli: ${why}\nusage: cli corpus PATH... | cli match [--lines] [--site HOST] < text | cli search [--limit N] [--sort date] QUERY | cli search --lines [--limit N] < queries\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
