/**
 * Backstory's command line, for people, scripts and checks:
 *   cli corpus PATH...        the normalised corpus as JSON (problems also on stderr)
 *   cli match [--lines] [--site HOST]
 *                             what a page holding stdin's text would mark (each line a block of it; with --lines each
 *                             line a page of its own), against the catalogue built from seeds/
 *   cli search QUERY...       the top events as JSON
 */
import { readFileSync } from 'node:fs';
import { compile } from '../core/build/compile';
import { compileMatcher } from '../core/build/compile-matcher';
import { markPage } from '../core/names/marks';
import { Matcher } from '../core/names/matcher';
import { siteLabel } from '../core/names/site-name';
import { openLibrary, packageData } from '../core/build/package';
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
  if (command === 'search') {
    const query = args.filter((a) => !a.startsWith('--')).join(' ');
    if (!query.trim()) return usage('search needs a QUERY');
    const { data } = packageData(load(['seeds']), new Date().toISOString());
    const result = await openLibrary(data).search(query, { limit: 10 });
    process.stdout.write(JSON.stringify(result.events) + '\n');
    return 0;
  }
  return usage(command ? `unknown command "${command}"` : 'no command');
}

/** The value after `--name` ('' when absent, null when the flag has none). */
function optionValue(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  if (i < 0) return '';
  const value = args[i + 1];
  return value && !value.startsWith('--') ? value : null;
}

function usage(why: string): number {
  process.stderr.write(`cli: ${why}\nusage: cli corpus PATH... | cli match [--lines] [--site HOST] < text | cli search QUERY\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
