import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../core/build/compile';
import { learnStoryTree, parseDayYaml, readDay } from '../../core/build/parse-day-yaml';
import { kindsOf, lineKind } from '../../core/build/day-yaml/line-kind';
import { sectionKind } from '../../core/build/day-yaml/sections';
import { sectionStories } from '../../core/build/day-yaml/section-stories';
import { chainAfter, type StoryTree } from '../../core/build/day-yaml/story-tree';
import type { SourceFile } from '../../core/types';

const DIR = 'tests/fixtures/yaml';
const day = (name: string): SourceFile => ({ file: name, text: readFileSync(join(DIR, name), 'utf8') });
const parse = (name: string) => parseDayYaml(name, day(name).text);

describe('portal day YAML: lines', () => {
  it('tells headings from events, keeps source names and title parentheses', () => {
    expect(lineKind('War in Afghanistan (2001–2021)')).toEqual({ kind: 'heading', titles: ['War in Afghanistan (2001–2021)'] });
    expect(lineKind('War in Afghanistan, Afghan peace process')).toEqual({ kind: 'heading', titles: ['War in Afghanistan', 'Afghan peace process'] });
    expect(lineKind('Tanzanian general election, 2015')).toEqual({ kind: 'heading', titles: ['Tanzanian general election, 2015'] });
    expect(lineKind('COVID-19 pandemic in Washington, D.C.')).toEqual({ kind: 'heading', titles: ['COVID-19 pandemic in Washington, D.C.'] });
    expect(lineKind('Criticism of Tesla, Inc.')).toEqual({ kind: 'heading', titles: ['Criticism of Tesla, Inc.'] });
    expect(lineKind('E. Jean Carroll v. Donald J. Trump')).toMatchObject({ kind: 'heading' });
    expect(lineKind('Peres dies at the age of 93. (The Jerusalem Post), (BBC)')).toEqual({ kind: 'event', text: 'Peres dies at the age of 93.', sources: [{ name: 'The Jerusalem Post', url: '' }, { name: 'BBC', url: '' }], stories: [] });
    expect(lineKind('In China, a dynamite explosion kills 20 people, most of them schoolchildren (Xinhua) (BBC)')).toMatchObject({ kind: 'event', text: 'In China, a dynamite explosion kills 20 people, most of them schoolchildren', sources: [{ name: 'Xinhua' }, { name: 'BBC' }] });
    expect(lineKind('Tornadoes strike North Texas as part of an outbreak (CNN)')).toMatchObject({ kind: 'event', sources: [{ name: 'CNN' }] });
    expect(lineKind('Islamic State in Iraq and the Levant (ISIL)')).toMatchObject({ kind: 'heading' });
    expect(lineKind('Over 100 people die in several bomb attacks in Nigeria. (Vanguard (Nigeria))')).toMatchObject({ kind: 'event', sources: [{ name: 'Vanguard (Nigeria)' }] });
    expect(lineKind('Saboteurs cause explosions in Iraq.')).toEqual({ kind: 'event', text: 'Saboteurs cause explosions in Iraq.', sources: [], stories: [] });
  });
  it('reads a long title that ends a section as an event: no story can follow it', () => {
    const last = (text: string) => kindsOf([{ text: 'Gaza war', line: 4 }, { text, line: 5 }])[1];
    expect(last("Saint Patrick's Day celebrations take place worldwide")).toEqual({ kind: 'event', text: "Saint Patrick's Day celebrations take place worldwide", sources: [], stories: [], line: 5 });
    expect(last('Hurricane Felix')).toEqual({ kind: 'heading', titles: ['Hurricane Felix'], line: 5 });
  });
  it('reads a story named inline before a colon, not before a full stop', () => {
    expect(lineKind('Sinai insurgency: July 2015 Sinai attacks')).toEqual({ kind: 'heading', titles: ['Sinai insurgency', 'July 2015 Sinai attacks'] });
    expect(lineKind('2003 Iraq war: The 2003 invasion of Iraq begins as land troops attack.')).toMatchObject({ kind: 'event', text: 'The 2003 invasion of Iraq begins as land troops attack.', stories: ['2003 Iraq war'] });
    expect(lineKind('Whiting Petroleum Corporation declares bankruptcy. Whiting was once a large oil producer. (Reuters)')).toMatchObject({ kind: 'event', text: 'Whiting Petroleum Corporation declares bankruptcy. Whiting was once a large oil producer.', stories: [] });
  });
  it('reads sections as categories, variants included, or as stories', () => {
    expect(sectionKind('Sport')).toEqual({ category: 'Sports' });
    expect(sectionKind('Armed conflict and attacks')).toEqual({ category: 'Armed conflicts and attacks' });
    expect(sectionKind('Law & crime')).toEqual({ category: 'Law and crime' });
    expect(sectionKind('Religion')).toEqual({ category: 'Religion' });
    expect(sectionKind('Uncategorized')).toEqual({});
    expect(sectionKind('Politics of Japan')).toEqual({ story: 'Politics of Japan' });
    expect(sectionKind('Syrian civil war')).toEqual({ story: 'Syrian civil war' });
  });
});

describe('portal day YAML: a day', () => {
  const { sightings, problems } = parse('2020-04-01.yaml');
  const by = (start: string) => sightings.find((s) => s.text?.startsWith(start))!;
  it('reads every event with its line, category, sources and an id by its place in the day', () => {
    expect(problems).toEqual([]);
    expect(sightings.map((s) => s.id)).toEqual(['2020-04-01-y001', '2020-04-01-y002', '2020-04-01-y003', '2020-04-01-y004', '2020-04-01-y005', '2020-04-01-y006', '2020-04-01-y007', '2020-04-01-y008']);
    expect(by('Israeli').line).toBe(23);
    expect(by('GNA forces')).toMatchObject({ file: '2020-04-01.yaml', line: 9, date: '2020-04-01', category: 'Armed conflicts and attacks', sources: [{ name: 'Libya Observer', url: '' }], entities: [], mentions: [] });
    expect(by("Yemen's").sources.map((s) => s.name)).toEqual(['The National', 'Reuters']);
    expect(by('Wimbledon').category).toBe('Sports');
  });
  it('rebuilds story chains from the headings, outermost first', () => {
    expect(by('A Turkish').topics).toEqual(['Second Libyan Civil War', 'Turkish military intervention in the Second Libyan Civil War']);
    expect(by('GNA forces').topics).toEqual(['Second Libyan Civil War', 'Turkish military intervention in the Second Libyan Civil War']);
    expect(by('Whiting').topics).toEqual([]);
    expect(by('Hobby Lobby').topics).toEqual(['COVID-19 pandemic in the United States']);
    expect(by('China reports').topics).toEqual(['COVID-19 pandemic', 'COVID-19 pandemic in Asia', 'COVID-19 pandemic in mainland China']);
    expect(by("Yemen's").topics).toEqual(['COVID-19 pandemic in Yemen', 'Impact of the COVID-19 pandemic on prisons']);
  });
  it('places a heading after an event under its usual parent, learnt over all days', () => {
    const tree = learnStoryTree(['2020-04-01.yaml', '2020-04-02.yaml'].map((f) => readDay(f, day(f).text)));
    expect(tree.parents.get('COVID-19 pandemic in Israel')).toEqual(['COVID-19 pandemic in Asia']);
    const israel = (t?: typeof tree) => parseDayYaml('2020-04-01.yaml', day('2020-04-01.yaml').text, t).sightings.find((s) => s.text?.startsWith('Israeli'))!.topics;
    expect(israel()).toEqual(['COVID-19 pandemic in Israel']);
    expect(israel(tree)).toEqual(['COVID-19 pandemic', 'COVID-19 pandemic in Asia', 'COVID-19 pandemic in Israel']);
  });
  it('takes a story-named section as the outermost story, and ends a story at an event that names nothing of it', () => {
    const { sightings: early } = parse('2003-03-20.yaml');
    expect(early.map((s) => [s.topics, s.category])).toEqual([
      [[], undefined],
      [['2003 Iraq war'], undefined],
      [['Syrian civil war'], undefined],
      [['Syrian civil war', 'Tanzanian general election, 2015'], undefined],
      [['Syrian civil war'], undefined],
    ]);
    expect(early[0]).toMatchObject({ text: "Mary Ann Wright, a U.S. diplomat in Mongolia, resigned out of disagreement with George W. Bush's Mideast policy.", sources: [], line: 5 });
  });
});

describe('portal day YAML: story chains', () => {
  const tree: StoryTree = {
    parents: new Map([['Kursk offensive', ['Russian invasion of Ukraine', 'Russo-Ukrainian war']], ['Russian invasion of Ukraine', ['Russo-Ukrainian war']], ['Battle of Sudzha', ['Kursk offensive']]]),
    common: new Set(['kille']),
  };
  const heading = (...titles: string[]) => ({ kind: 'heading' as const, titles });
  const event = (text: string) => ({ kind: 'event' as const, text, sources: [], stories: [] });
  it('places a heading after an event under its usual parent, else another known parent, else an ancestor of its usual parent', () => {
    expect(chainAfter(['Russian invasion of Ukraine', 'Russo-Ukrainian war'], ['Kursk offensive'], false, [], tree)).toEqual(['Russian invasion of Ukraine', 'Kursk offensive']);
    expect(chainAfter(['Russo-Ukrainian war', 'Siege of Mariupol'], ['Kursk offensive'], false, [], tree)).toEqual(['Russo-Ukrainian war', 'Kursk offensive']);
    expect(chainAfter(['Russo-Ukrainian war', 'Siege of Mariupol'], ['Battle of Sudzha'], false, [], tree)).toEqual(['Russo-Ukrainian war', 'Battle of Sudzha']);
    expect(chainAfter(['Gaza war'], ['Kursk offensive'], false, [], tree)).toEqual(['Kursk offensive']);
    expect(chainAfter(['Gaza war'], ['Kursk offensive'], true, [], tree)).toEqual(['Gaza war', 'Kursk offensive']);
    expect(chainAfter(['Russo-Ukrainian war', 'Kursk offensive', 'Battle of Sudzha'], ['Kursk offensive'], false, [], tree)).toEqual(['Russo-Ukrainian war', 'Kursk offensive']);
  });
  it('ends a story at an event that shares no uncommon word with it, and keeps the chain to place the next heading', () => {
    const topics = sectionStories([
      heading('Russo-Ukrainian war'), heading('Kursk offensive'),
      event('Ukraine says it holds 1,000 square kilometres of Kursk Oblast.'),
      event('Ukrainian drones hit a depot in Kursk.'),
      event('Two people are killed in a bus crash in Peru.'),
      event('Peru declares a day of mourning.'),
      heading('Battle of Sudzha'),
      event('Russian forces retake Sudzha.'),
    ], [], tree);
    const war = ['Russo-Ukrainian war', 'Kursk offensive'];
    expect(topics).toEqual([war, war, [], [], [...war, 'Battle of Sudzha']]);
  });
});

describe('portal day YAML: bad input', () => {
  it('skips a file in another schema and says why', () => {
    expect(parse('2026-01-07.yaml')).toEqual({ sightings: [], links: [], problems: [{ file: '2026-01-07.yaml', line: 1, message: 'not a portal day: another schema (keys: date, dataset, events); skipped' }] });
  });
  it('reports invalid YAML with the line the YAML library gives', () => {
    const { sightings, problems } = parse('2026-03-18.yaml');
    expect(sightings).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '2026-03-18.yaml', line: 19 });
    expect(problems[0].message).toMatch(/^not valid YAML \(/);
  });
  it('reports a bad date, a section that is no list and lines that are no text, with their lines; the rest loads', () => {
    const { sightings, problems } = parse('bad-2021-02-28.yaml');
    expect(problems).toEqual([
      { file: 'bad-2021-02-28.yaml', line: 1, message: 'bad `Date` "2021-02-30"; the file name\'s date 2021-02-28 is used' },
      { file: 'bad-2021-02-28.yaml', line: 6, message: 'a line of section "Law and crime" is not text; skipped' },
      { file: 'bad-2021-02-28.yaml', line: 7, message: 'a line of section "Law and crime" is not text; skipped' },
      { file: 'bad-2021-02-28.yaml', line: 8, message: 'section "Politics and elections" is not a list of lines; skipped' },
    ]);
    expect(sightings.map((s) => [s.id, s.line, s.topics, s.category])).toEqual([
      ['2021-02-28-y001', 5, ['Crime in Belgium'], 'Law and crime'],
      ['2021-02-28-y002', 10, [], 'Sports'],
    ]);
  });
  it('compiles a folder of day files: the good days load, each bad file is named once', () => {
    const files = readdirSync(DIR).sort().map(day);
    const out = compile(files);
    expect(out.problems.map((p) => p.file)).toEqual(['2026-01-07.yaml', '2026-03-18.yaml', 'bad-2021-02-28.yaml', 'bad-2021-02-28.yaml', 'bad-2021-02-28.yaml', 'bad-2021-02-28.yaml']);
    expect(out.events).toHaveLength(17);
    expect(out.events.find((e) => e.text.startsWith('Israeli'))!.topics).toEqual(['COVID-19 pandemic', 'COVID-19 pandemic in Asia', 'COVID-19 pandemic in Israel']);
  });
});
