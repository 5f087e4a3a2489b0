import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../core/build/compile';
import { parseSource } from '../../core/build/parse-source';
import { seedFiles } from './helpers';

const good = () => seedFiles()[0];
const withLines = (text: string, edit: (lines: string[]) => void) => {
  const lines = text.split('\n');
  edit(lines);
  return lines.join('\n');
};

describe('bad input never stops the build', () => {
  it('an empty file is reported and the others still load', () => {
    const out = compile([{ file: 'empty.txt', text: '' }, ...seedFiles()]);
    expect(out.problems).toEqual([{ file: 'empty.txt', line: 1, message: 'empty file: no event in it' }]);
    expect(out.events).toHaveLength(35);
  });
  it('a missing section is reported with its file', () => {
    const text = good().text.replace('### Source:', '').replace(/^1\. \[Reuters\].*$/m, '');
    const { problems, sightings } = parseSource({ file: 'no-source.txt', text });
    expect(problems.map((p) => p.message)).toContain('missing "### Source:" section');
    expect(sightings).toHaveLength(11);
  });
  it('a bad date skips only the own event, with its line', () => {
    const text = good().text.replace('[2017-01-30]', '[2017-02-31]');
    const { problems, sightings } = parseSource({ file: 'bad-date.txt', text });
    expect(problems).toEqual([{ file: 'bad-date.txt', line: 1, message: 'bad date "2017-02-31": expected YYYY-MM-D; the page\'s own event is skipped' }]);
    expect(sightings).toHaveLength(10);
  });
  it('a truncated link is reported with its line and the rest of the page loads', () => {
    const text = withLines(good().text, (lines) => {
      const i = lines.findIndex((l) => l.startsWith('3. ['));
      lines[i] = lines[i].slice(0, 120);
    });
    const { problems, sightings } = parseSource({ file: 'cut.txt', text });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'cut.txt', line: 16 });
    expect(problems[0].message).toMatch(/^truncated or malformed related link/);
    expect(sightings).toHaveLength(10);
  });
  it('a non-UTF-8 byte is reported on its line and the line still loads', () => {
    const bytes = Buffer.from(good().text, 'utf8');
    const at = bytes.indexOf('Deir ez-Zor Governorate');
    bytes[at + 1] = 0xff;
    const text = new TextDecoder().decode(bytes);
    const { problems, sightings } = parseSource({ file: 'latin1.txt', text });
    expect(problems).toEqual([{ file: 'latin1.txt', line: 3, message: 'invalid UTF-8 byte(s); the line was read with replacement characters' }]);
    expect(sightings).toHaveLength(11);
  });
  it('a malformed JSON line is reported and the next lines load', () => {
    const line = (id: string) => JSON.stringify({ id, date: '2021-03-04', category: 'x', stories: [], text: `Event ${id} happens in Syria today.`, entities: [{ surface: 'Syria', title: 'Syria' }], sources: [] });
    const text = [line('a'), '{"id": "b", "date": "2021-03-04", "te', line('c'), JSON.stringify({ id: 'd', date: '2021-02-30', text: 'x' }), ''].join('\n');
    const out = compile([{ file: 'x.jsonl', text }]);
    expect(out.events.map((e) => e.id)).toEqual(['a', 'c']);
    expect(out.problems.map((p) => [p.file, p.line])).toEqual([['x.jsonl', 2], ['x.jsonl', 4]]);
    expect(out.problems[0].message).toMatch(/^not valid JSON/);
    expect(out.problems[1].message).toBe('bad or missing date "2021-02-30"');
  });
  it('a JSON line\'s source may be a name without an address, and one with neither is dropped', () => {
    const sources = [{ name: 'BBC News' }, { name: 'Reuters', url: 'https://reuters.com/x' }, { note: 'nothing' }];
    const text = JSON.stringify({ id: 'a', date: '2021-03-04', stories: [], text: 'Event a happens in Syria today.', entities: [], sources });
    expect(compile([{ file: 'x.jsonl', text }]).events[0].sources).toEqual([{ name: 'BBC News', url: '' }, { name: 'Reuters', url: 'https://reuters.com/x' }]);
  });
  it('a page that is not in the format at all says so', () => {
    const { problems, sightings } = parseSource({ file: 'notes.txt', text: 'just some notes\nnothing else\n' });
    expect(sightings).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining(['text before the headline; skipped', expect.stringMatching(/^missing date line/)]));
  });
});

describe('day pages', () => {
  const day = { file: 'news/2017/06/16/index.md', text: readFileSync('tests/fixtures/data/day-2017-06-16-index.md', 'utf8') };
  it('lists the day\'s events with their own entities or summaries', () => {
    const { sightings, problems } = parseSource(day);
    expect(problems).toEqual([]);
    expect(sightings).toHaveLength(2);
    expect(sightings[0].entities).toEqual(['Abu Bakr al-Baghdadi', 'Islamic State of Iraq and the Levant', 'Ministry of Defence (Russia)', 'Raqqa']);
    expect(sightings[1]).toMatchObject({ date: '2017-06-16', summary: 'Many of the victims were trapped in their cars as the fire swept across a road.' });
  });
  it('merges a day page event with the same event from the seed pages', () => {
    const out = compile([...seedFiles(), day]);
    expect(out.events).toHaveLength(36);
    const e = out.events.find((x) => x.text.startsWith('The Russian Ministry of Defence says'))!;
    expect(e.entities).toEqual(expect.arrayContaining(['Raqqa', 'Abu Bakr al-Baghdadi']));
  });
});
