/**
 * Backstory's command line, for people, scripts and checks:
 *   cli corpus PATH...        the normalised corpus as JSON (problems also on stderr)
 *   cli match [--lines]       mentions of known names in stdin, against the catalogue built from seeds/
 *   cli search QUERY...       the top events as JSON
 */
import { readFileSync } from 'node:fs';
import { compile } from '../core/build/compile';
import { Matcher, compileMatcher } from '../core/names/matcher';
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
    const matcher = new Matcher(compileMatcher(load(['seeds']).catalogue));
    const input = readFileSync(0, 'utf8');
    const mentions = (text: string) => matcher.match(text).map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), title: m.title }));
    if (args.includes('--lines')) {
      const lines = input.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      for (const line of lines) process.stdout.write(JSON.stringify(mentions(line)) + '\n');
    } else process.stdout.write(JSON.stringify(mentions(input)) + '\n');
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

function usage(why: string): number {
  process.stderr.write(`cli: ${why}\nusage: cli corpus PATH... | cli match [--lines] < text | cli search QUERY\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
