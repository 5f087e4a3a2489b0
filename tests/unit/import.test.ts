import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compile } from '../../core/build/compile';
import { importDays } from '../../scripts/import-days';

const FIXTURES = 'tests/fixtures/yaml';
let work: string;

/** A clone of the day-file layout holding these fixture days, and an empty seeds folder. */
function clone(days: string[]): { dir: string; seeds: string } {
  work = mkdtempSync(join(tmpdir(), 'backstory-import-'));
  for (const name of days) {
    const [year, month] = name.split('-');
    mkdirSync(join(work, 'clone', year, month), { recursive: true });
    cpSync(join(FIXTURES, name), join(work, 'clone', year, month, name));
  }
  mkdirSync(join(work, 'seeds'));
  return { dir: join(work, 'clone'), seeds: join(work, 'seeds') };
}

/** Every file the importer wrote, by name. */
function written(seeds: string): Record<string, string> {
  const out = join(seeds, 'portal-days');
  return Object.fromEntries(readdirSync(out).sort().map((name) => [name, readFileSync(join(out, name), 'utf8')]));
}

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('npm run import', () => {
  it('writes one JSON Lines file per year and the list of days, in the linked corpus\'s record shape', () => {
    const { dir, seeds } = clone(['2003-03-20.yaml', '2020-04-01.yaml', '2026-01-07.yaml', '2026-03-18.yaml']);
    const report = importDays(dir, seeds);
    expect(report.days).toBe(4);
    expect(report.problems.map((p) => p.file.split('/').pop())).toEqual(['2026-01-07.yaml', '2026-03-18.yaml']);
    const files = written(seeds);
    expect(Object.keys(files)).toEqual(['2003.jsonl', '2020.jsonl', 'days.tsv']);
    expect(files['days.tsv'].trim().split('\n').map((l) => l.split('\t')[0])).toEqual(['2003-03-20', '2020-04-01', '2026-01-07', '2026-03-18']);
    const record = JSON.parse(files['2020.jsonl'].split('\n')[0]);
    expect(Object.keys(record).filter((k) => k !== 'category')).toEqual(['id', 'date', 'stories', 'text', 'sources']);
    expect(record.id).toBe('2020-04-01-y001');
    // What it wrote builds: the same events as the day files themselves.
    const fromSeeds = compile(Object.entries(files).filter(([n]) => n.endsWith('.jsonl')).map(([n, text]) => ({ file: n, text })));
    expect(fromSeeds.problems).toEqual([]);
    expect(fromSeeds.events.length).toBe(report.events);
  });

  it('changes nothing when run again, and only the new or changed days with a newer clone', () => {
    const { dir, seeds } = clone(['2003-03-20.yaml', '2020-04-01.yaml']);
    importDays(dir, seeds);
    const first = written(seeds);
    expect(importDays(dir, seeds)).toMatchObject({ days: 2, changed: 0, events: 0 });
    expect(written(seeds)).toEqual(first);

    // A newer clone: a new day, and an edited one.
    mkdirSync(join(dir, '2020', '04'), { recursive: true });
    cpSync(join(FIXTURES, '2020-04-02.yaml'), join(dir, '2020', '04', '2020-04-02.yaml'));
    const edited = join(dir, '2003', '03', '2003-03-20.yaml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n$/, '\n  - A new event is added to the day. (Reuters)\n'));
    const report = importDays(dir, seeds);
    expect(report.changed).toBe(2);
    const second = written(seeds);
    const lines = (text: string) => text.trim().split('\n');
    expect(lines(second['2020.jsonl']).filter((l) => l.includes('"2020-04-01"'))).toEqual(lines(first['2020.jsonl']));
    expect(lines(second['2020.jsonl']).some((l) => l.includes('"2020-04-02"'))).toBe(true);
    expect(lines(second['2003.jsonl']).length).toBe(lines(first['2003.jsonl']).length + 1);

    // After a change to the reader, --all reads every day again (with the story tree of the whole clone): twice, the same.
    expect(importDays(dir, seeds, { all: true })).toMatchObject({ days: 3, changed: 3 });
    const third = written(seeds);
    expect(lines(third['2003.jsonl'])).toEqual(lines(second['2003.jsonl']));
    importDays(dir, seeds, { all: true });
    expect(written(seeds)).toEqual(third);
  });
});
