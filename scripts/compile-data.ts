/** Build step: compiles seeds/ into the data the extension ships (public/data/, not committed). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { compile } from '../core/compile';
import { packageData } from '../core/package-data';
import { readSources } from './read-sources';

const seeds = process.argv[2] ?? 'seeds';
const out = process.argv[3] ?? 'public/data';
const started = performance.now();
const { sources, problems: readProblems } = readSources([seeds]);
const compiled = compile(sources);
for (const p of [...readProblems, ...compiled.problems]) console.error(`${p.file}:${p.line}: ${p.message}`);
const { data, matcher } = await packageData(compiled, process.env.SOURCE_DATE_EPOCH ? new Date(+process.env.SOURCE_DATE_EPOCH * 1000).toISOString() : new Date().toISOString());
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/package.json`, JSON.stringify(data));
writeFileSync(`${out}/matcher.json`, JSON.stringify(matcher));
console.log(`compiled ${data.meta.events} events, ${data.meta.entities} entities, ${matcher.count} names from ${sources.length} files in ${Math.round(performance.now() - started)} ms → ${out}/`);
