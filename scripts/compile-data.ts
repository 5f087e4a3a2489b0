/** Build step: compiles seeds/ into the data the extension ships (public/data/, not committed). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { decodeHead, encodeHead } from '../core/library/head-file';
import { fileNames } from '../core/library/library-files';
import { decodeSearch, encodeSearch } from '../core/library/search-file';
import { compile } from '../core/build/compile';
import { packageData } from '../core/build/package';
import { splitPackage } from '../core/build/split-package';
import { utf8 } from '../worker/utf8';
import { readSources } from './read-sources';

const seeds = process.argv[2] ?? 'seeds';
const out = process.argv[3] ?? 'public/data';
const started = performance.now();
const { sources, problems: readProblems } = readSources([seeds]);
const compiled = compile(sources);
for (const p of [...readProblems, ...compiled.problems]) console.error(`${p.file}:${p.line}: ${p.message}`);
const { data, matcher } = packageData(compiled, process.env.SOURCE_DATE_EPOCH ? new Date(+process.env.SOURCE_DATE_EPOCH * 1000).toISOString() : new Date().toISOString());
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// The worker's data split by when it is needed (core/library/library-files.ts): head, event shards, full-text index.
const files = splitPackage(data);
const head = encodeHead(files.head, utf8);
decodeHead(head, utf8, `${out}/${fileNames.head}`); // what the worker will read: checked before it ships
writeFileSync(`${out}/${fileNames.head}`, head);
writeFileSync(`${out}/${fileNames.ids}`, JSON.stringify(files.ids));
files.shards.forEach((shard, k) => writeFileSync(`${out}/${fileNames.shard(k)}`, shard));
writeFileSync(`${out}/${fileNames.vocabulary}`, JSON.stringify(files.vocabulary));
const search = encodeSearch(files.search, data.meta.events, utf8);
// What the worker will read, checked before it ships: the terms too (a term that is not well-formed UTF-16 would
// come back changed, and never be found).
const readBack = decodeSearch(search, data.meta.events, utf8, `${out}/${fileNames.search}`);
files.search.forEach((f, i) => {
  const odd = f.terms.find((t, j) => readBack[i].terms[j] !== t);
  if (odd !== undefined) throw new Error(`${out}/${fileNames.search}: the term ${JSON.stringify(odd)} does not survive UTF-8`);
});
writeFileSync(`${out}/${fileNames.search}`, search);
writeFileSync(`${out}/matcher.json`, JSON.stringify(matcher));
console.log(`compiled ${data.meta.events} events, ${data.meta.entities} entities, ${matcher.count} names from ${sources.length} files in ${Math.round(performance.now() - started)} ms → ${out}/`);
